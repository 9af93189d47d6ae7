#include "CliHarness.h"

#include "HttpProbe.h"

#include <QJsonArray>
#include <QJsonObject>

#include <csignal>

namespace outpost::clitest {

namespace {

QProcessEnvironment cliEnvironment(const QString &profileDir, const QStringList &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OUTPOST_PROFILE"), profileDir);
    // No keychain in the tests: the key, when a test wants one, comes from the environment.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    env.remove(QStringLiteral("OUTPOST_USER_API_KEY"));
    for (const QString &entry : extra)
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    return env;
}

} // namespace

CliResult runCli(const QString &profileDir, const QStringList &args,
                 const QStringList &extraEnvironment, int timeoutMs, std::function<void()> modifier)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(profileDir, extraEnvironment));
    if (modifier)
        process.setChildProcessModifier(modifier);
    process.start(qEnvironmentVariable("OUTPOST_CLI"), args);
    CliResult result;
    if (!process.waitForStarted(10'000))
        return result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

std::unique_ptr<QProcess> startCli(const QString &profileDir, const QStringList &args,
                                   const QStringList &extraEnvironment)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(cliEnvironment(profileDir, extraEnvironment));
    process->start(qEnvironmentVariable("OUTPOST_CLI"), args);
    process->waitForStarted(10'000);
    return process;
}

DevserverProcess::~DevserverProcess()
{
    stop();
}

bool DevserverProcess::start(const QStringList &args, QString *error)
{
    m_process = std::make_unique<QProcess>();
    // The request lines would fill the pipe of a test that never reads it.
    m_process->setStandardErrorFile(QProcess::nullDevice());
    m_process->start(qEnvironmentVariable("OUTPOST_DEVSERVER"),
                     QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                 QStringLiteral("--control"), QStringLiteral("--quiet")} +
                             args);
    if (!m_process->waitForStarted(10'000)) {
        *error = QStringLiteral("outpost-devserver did not start: ") + m_process->errorString();
        return false;
    }
    while (!m_process->canReadLine() && m_process->waitForReadyRead(60'000)) {
    }
    const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
    if (!line.startsWith(QLatin1String("listening on "))) {
        *error = QStringLiteral("unexpected first line: ") + line;
        return false;
    }
    m_url = line.mid(13);
    m_port = quint16(m_url.section(u':', -1).toUInt());
    return true;
}

void DevserverProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(10'000)) {
        m_process->kill();
        m_process->waitForFinished(5'000);
    }
}

bool DevserverProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QJsonDocument DevserverProcess::control(const QByteArray &method, const QByteArray &path,
                                        const QJsonDocument &body)
{
    HttpProbe probe(m_port);
    const QByteArray payload = body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact);
    const ProbeResponse response =
            probe.request(method, path, {{"Content-Type", "application/json"}}, payload);
    return response.status >= 200 && response.status < 300 ? response.json() : QJsonDocument();
}

QJsonArray DevserverProcess::requestsSince(qint64 sinceSeq)
{
    return control("GET", "/__devserver/requests?since=" + QByteArray::number(sinceSeq))
            .object()
            .value(QStringLiteral("requests"))
            .toArray();
}

qint64 DevserverProcess::lastSeq()
{
    qint64 last = 0;
    for (const QJsonValue &record : requestsSince(0))
        last = std::max(last, qint64(record.toObject().value(QStringLiteral("seq")).toDouble()));
    return last;
}

} // namespace outpost::clitest
