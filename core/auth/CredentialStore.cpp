#include "CredentialStore.h"

#include <QEventLoop>
#include <QUrl>
#include <qt6keychain/keychain.h>

namespace outpost::auth {

namespace {

bool keychainUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::OtherError;
}

QString memoryOnlyMessage()
{
    return CredentialStore::tr(
            "No system keychain is available, so your sign-in is kept in memory for this run "
            "only. You will need to sign in again next time. Outpost never writes it to a file.");
}

// Why the jobs above have no parent: QtKeychain's libsecret backend calls back into its job
// when the Secret Service answers, however long that takes; a job deleted with its parent
// before then (a window closed, a store destroyed) crashes the program in that callback. So
// each job deletes itself once finished (autoDelete), and our `finished` handlers are
// connected with this store as context, so they are dropped when the store goes first.

QString failedMessage(const QString &detail)
{
    //: %1 is the keychain's own error text
    return CredentialStore::tr("The system keychain refused to keep your sign-in (%1).")
            .arg(detail);
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString CredentialStore::entryName(const QString &forumUrl)
{
    // One entry per forum however its URL was typed: lower-case host, no trailing slash.
    QUrl url = QUrl(forumUrl.trimmed()).adjusted(QUrl::NormalizePathSegments);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setHost(url.host().toLower());
    return QStringLiteral("user-api-key ") + url.toString(QUrl::FullyEncoded);
}

void CredentialStore::store(const QString &forumUrl, const QByteArray &key,
                            std::function<void(Outcome)> done)
{
    // No parent: a job is never deleted while it runs (see above failedMessage()).
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text settings file
    job->setKey(entryName(forumUrl));
    job->setBinaryData(key);
    const QString name = entryName(forumUrl);
    connect(job, &QKeychain::Job::finished, this, [this, job, name, key, done = std::move(done)] {
        Outcome outcome;
        if (job->error() == QKeychain::NoError) {
            QMutexLocker lock(&m_memoryMutex);
            m_memory.remove(name);
        } else if (keychainUnavailable(job->error())) {
            QMutexLocker lock(&m_memoryMutex);
            m_memory.insert(name, key);
            outcome = {Status::MemoryOnly, memoryOnlyMessage()};
        } else {
            outcome = {Status::Failed, failedMessage(job->errorString())};
        }
        done(outcome);
    });
    job->start();
}

void CredentialStore::load(const QString &forumUrl,
                           std::function<void(std::optional<QByteArray>, Outcome)> done)
{
    const QString name = entryName(forumUrl);
    {
        QMutexLocker lock(&m_memoryMutex);
        const auto it = m_memory.constFind(name);
        if (it != m_memory.constEnd()) {
            const QByteArray key = *it;
            lock.unlock();
            done(key, {Status::MemoryOnly, memoryOnlyMessage()});
            return;
        }
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(job->binaryData(), {});
        } else if (job->error() == QKeychain::EntryNotFound || keychainUnavailable(job->error())) {
            done(std::nullopt, {Status::NotFound, QString()});
        } else {
            done(std::nullopt, {Status::Failed, failedMessage(job->errorString())});
        }
    });
    job->start();
}

void CredentialStore::remove(const QString &forumUrl, std::function<void(Outcome)> done)
{
    const QString name = entryName(forumUrl);
    {
        QMutexLocker lock(&m_memoryMutex);
        m_memory.remove(name);
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound ||
            keychainUnavailable(job->error())) {
            done({});
        } else {
            done({Status::Failed, failedMessage(job->errorString())});
        }
    });
    job->start();
}

CredentialStore::Outcome CredentialStore::storeBlocking(const QString &forumUrl,
                                                        const QByteArray &key)
{
    QEventLoop loop;
    Outcome result;
    store(forumUrl, key, [&](Outcome outcome) {
        result = std::move(outcome);
        loop.quit();
    });
    loop.exec();
    return result;
}

std::pair<std::optional<QByteArray>, CredentialStore::Outcome>
CredentialStore::loadBlocking(const QString &forumUrl)
{
    QEventLoop loop;
    std::pair<std::optional<QByteArray>, Outcome> result;
    bool finished = false;
    load(forumUrl, [&](std::optional<QByteArray> key, Outcome outcome) {
        result = {std::move(key), std::move(outcome)};
        finished = true;
        loop.quit();
    });
    if (!finished) // the in-memory path answers synchronously
        loop.exec();
    return result;
}

CredentialStore::Outcome CredentialStore::removeBlocking(const QString &forumUrl)
{
    QEventLoop loop;
    Outcome result;
    remove(forumUrl, [&](Outcome outcome) {
        result = std::move(outcome);
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace outpost::auth
