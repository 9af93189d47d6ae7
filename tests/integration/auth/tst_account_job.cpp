// session::AccountJob, the two requests the desktop app makes with a person's key, against the
// devserver over loopback with the real libcurl transport: reading /session/current.json
// (whose key is it? which categories do they watch?) and revoking the key.
#include "Clock.h"
#include "devserver/ServerThread.h"
#include "session/AccountJob.h"
#include "store/ForumRepository.h"
#include "store/Profile.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outpost;

class TestAccountJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void checkKeyThenRevokeIt();
    void unreachableForumSaysWhy();
    void revokeIsTriedOnce();
    void jobDeliversOnItsThread();

private:
    session::AccountRequest request(const QUrl &base, session::AccountRequest::Action action,
                                    const QByteArray &key);

    std::unique_ptr<devserver::ServerThread> m_server;
    QTemporaryDir m_profile;
    store::Forum m_forum;
};

void TestAccountJob::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    devserver::ServerThread::Config config;
    config.spec = *devserver::GenerateSpec::parse(u"categories=3,topics=10,posts=30"_s, nullptr);
    config.settings.limits.enabled = false;
    m_server = std::make_unique<devserver::ServerThread>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    SystemClock clock;
    store::Profile profile = store::Profile::open(m_profile.path());
    m_forum = store::ForumRepository(profile.userDatabase(), clock)
                      .add(m_server->baseUrl().toString(), u"Devserver"_s);
    // As the app does when it opens the forum, before anyone can sign in to it.
    profile.openCache(m_forum.id);
}

session::AccountRequest TestAccountJob::request(const QUrl &base,
                                                session::AccountRequest::Action action,
                                                const QByteArray &key)
{
    session::AccountRequest r;
    r.action = action;
    r.profileDirectory = m_profile.path();
    r.forum = m_forum;
    r.forum.baseUrl = base.toString();
    r.credentials.kind = discourse::Credentials::UserApiKey;
    r.credentials.key = key;
    r.credentials.clientId = "account-job-test";
    return r;
}

void TestAccountJob::checkKeyThenRevokeIt()
{
    struct Minted
    {
        QByteArray key;
        QString username;
    };
    const Minted minted = m_server->invoke([](devserver::Server &s) {
        const devserver::User &user = s.forum().users().at(1);
        s.settings().watchedCategoryIds.insert(user.username, {2});
        return Minted{s.auth().mintUserApiKey(user.id, u"account-job-test"_s, u"Outpost"_s,
                                              {u"read"_s, u"write"_s}, s.clock().nowMs()),
                      user.username};
    });
    const QUrl base = m_server->baseUrl();
    using Action = session::AccountRequest::Action;
    using Outcome = session::AccountResult::Outcome;

    session::AccountResult result =
            session::performAccountRequest(request(base, Action::CheckKey, minted.key), {});
    QVERIFY2(result.outcome == Outcome::Done, qPrintable(result.message + u' ' + result.detail));
    QCOMPARE(result.user.username, minted.username);
    QCOMPARE(result.user.watchedCategoryIds, QList<qint64>{2});
    QVERIFY(result.message.isEmpty());

    result = session::performAccountRequest(request(base, Action::Revoke, minted.key), {});
    QCOMPARE(result.outcome, Outcome::Done);

    // The forum no longer accepts it: refused, with a sentence and no key in the detail.
    result = session::performAccountRequest(request(base, Action::CheckKey, minted.key), {});
    QCOMPARE(result.outcome, Outcome::Refused);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!result.detail.toUtf8().contains(minted.key));
    // Revoking a key the forum no longer knows is as good as done.
    result = session::performAccountRequest(request(base, Action::Revoke, minted.key), {});
    QCOMPARE(result.outcome, Outcome::Done);
}

void TestAccountJob::unreachableForumSaysWhy()
{
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    const QUrl closed(u"http://127.0.0.1:%1"_s.arg(reserve.serverPort()));
    reserve.close();
    const session::AccountResult result = session::performAccountRequest(
            request(closed, session::AccountRequest::Action::Revoke, "some-key"), {});
    QCOMPARE(result.outcome, session::AccountResult::Outcome::Failed);
    QVERIFY(!result.message.isEmpty());
}

namespace {
QStringList g_netLines;
QtMessageHandler g_previousHandler = nullptr;
void keepNetLines(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "outpost.net")
        g_netLines.append(message);
    g_previousHandler(type, context, message);
}
} // namespace

// Signing out waits on the revoke: a forum that cannot be reached is tried once, not through
// the link's five attempts with their backoff, and the answer says why.
void TestAccountJob::revokeIsTriedOnce()
{
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    const QUrl closed(u"http://127.0.0.1:%1"_s.arg(reserve.serverPort()));
    reserve.close();
    g_netLines.clear();
    g_previousHandler = qInstallMessageHandler(keepNetLines);
    const session::AccountResult result = session::performAccountRequest(
            request(closed, session::AccountRequest::Action::Revoke, "some-key"), {});
    qInstallMessageHandler(g_previousHandler);
    QCOMPARE(result.outcome, session::AccountResult::Outcome::Failed);
    QVERIFY(!result.message.isEmpty());
    // The runner logs every attempt ("POST …/user-api-key/revoke … attempt=1/1").
    const QStringList attempts = g_netLines.filter(u"/user-api-key/revoke"_s);
    QCOMPARE(attempts.size(), 1);
    QVERIFY2(attempts.first().contains(u"attempt=1/1"_s), qPrintable(attempts.first()));
}

void TestAccountJob::jobDeliversOnItsThread()
{
    const QByteArray key = m_server->invoke([](devserver::Server &s) {
        return s.auth().mintUserApiKey(s.forum().users().at(1).id, u"account-job-test"_s,
                                       u"Outpost"_s, {u"read"_s, u"write"_s}, s.clock().nowMs());
    });
    session::AccountJob job(
            request(m_server->baseUrl(), session::AccountRequest::Action::CheckKey, key));
    QSignalSpy finished(&job, &session::AccountJob::finished);
    job.start();
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(30'000));
    QVERIFY(!job.isRunning());
    const auto result = finished.first().first().value<session::AccountResult>();
    QCOMPARE(result.outcome, session::AccountResult::Outcome::Done);
    QVERIFY(!result.user.username.isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountJob)
#include "tst_account_job.moc"
