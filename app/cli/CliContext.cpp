#include "CliContext.h"

#include "Clock.h"
#include "auth/CredentialStore.h"
#include "session/ForumConnection.h"
#include "store/ForumRepository.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

#include <cstdio>

namespace outpost::cli {

CliContext::CliContext(const QCommandLineParser &parser)
    : m_parser(parser)
    , m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

bool CliContext::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

QString CliContext::profileDir() const
{
    QString dir = m_parser.value(QStringLiteral("profile"));
    if (dir.isEmpty())
        dir = qEnvironmentVariable("OUTPOST_PROFILE");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir::cleanPath(QDir(dir).absolutePath());
}

QString CliContext::forumSelector() const
{
    return m_parser.value(QStringLiteral("forum"));
}

store::Profile &CliContext::profile()
{
    if (!m_profile)
        m_profile.emplace(store::Profile::open(profileDir()));
    return *m_profile;
}

std::optional<store::Forum> CliContext::selectForum(QString *error)
{
    SystemClock clock;
    store::ForumRepository forums(profile().userDatabase(), clock);
    const QList<store::Forum> all = forums.all();
    const QString selector = forumSelector();
    if (all.isEmpty()) {
        *error = tr("no forum has been added yet; add one with 'outpost-cli forum add URL'");
        return std::nullopt;
    }
    if (selector.isEmpty())
        return all.first();
    const auto normal = [](const QString &url) {
        QString text = QUrl(url.trimmed()).adjusted(QUrl::StripTrailingSlash).toString();
        return text.toLower();
    };
    for (const store::Forum &forum : all) {
        if (forum.name.compare(selector, Qt::CaseInsensitive) == 0 ||
            normal(forum.baseUrl) == normal(selector) || QString::number(forum.id) == selector)
            return forum;
    }
    *error = tr("there is no forum '%1'; 'outpost-cli forum list' shows the forums").arg(selector);
    return std::nullopt;
}

discourse::Credentials CliContext::credentialsFor(const store::Forum &forum)
{
    discourse::Credentials credentials;
    SystemClock clock;
    QByteArray key = qgetenv("OUTPOST_USER_API_KEY");
    if (key.isEmpty()) {
        auth::CredentialStore keychain;
        key = keychain.loadBlocking(forum.baseUrl).first.value_or(QByteArray());
    }
    if (key.isEmpty())
        return credentials;
    credentials.kind = discourse::Credentials::UserApiKey;
    credentials.key = key;
    credentials.clientId = session::installationClientId(profile().userDatabase(), clock);
    return credentials;
}

void CliContext::printJson(const QJsonDocument &doc)
{
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

ExitCode CliContext::fail(const QString &message)
{
    m_out.flush();
    //: Prefix of every error message of the command-line program; %1 is the message.
    m_err << tr("outpost-cli: %1").arg(message) << Qt::endl;
    return ExitCode::Failed;
}

ExitCode CliContext::usageError(const QString &message)
{
    m_out.flush();
    m_err << tr("outpost-cli: %1").arg(message) << Qt::endl
          << tr("Try 'outpost-cli --help' for more information.") << Qt::endl;
    return ExitCode::Usage;
}

} // namespace outpost::cli
