#include "CliContext.h"

#include <QDir>
#include <QStandardPaths>

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
