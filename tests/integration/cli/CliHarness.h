#pragma once

// Runs outpost-cli ($OUTPOST_CLI) and outpost-devserver ($OUTPOST_DEVSERVER) as programs, the
// way a person or a cron job does: real processes, real sockets, real files.

#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace outpost::clitest {

struct CliResult
{
    int exitCode = -1; // -2: crashed or killed
    QByteArray out;
    QByteArray err;
    QString text() const { return QString::fromUtf8(out); }
    QString errors() const { return QString::fromUtf8(err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// One outpost-cli run with the profile directory in $OUTPOST_PROFILE. `modifier` runs in the
// child before exec (e.g. to set a resource limit).
CliResult runCli(const QString &profileDir, const QStringList &args,
                 const QStringList &extraEnvironment = {}, int timeoutMs = 120'000,
                 std::function<void()> modifier = {});

// Starts outpost-cli without waiting (for tests that signal or kill it).
std::unique_ptr<QProcess> startCli(const QString &profileDir, const QStringList &args,
                                   const QStringList &extraEnvironment = {});

class DevserverProcess
{
public:
    ~DevserverProcess();

    // outpost-devserver --port 0 --control --quiet ARGS; false (and why) when it did not
    // start listening.
    bool start(const QStringList &args, QString *error);
    void stop();
    bool isRunning() const;
    QString url() const { return m_url; }
    quint16 port() const { return m_port; }

    // The control API (/__devserver/...): JSON in and out; an invalid document on failure.
    QJsonDocument control(const QByteArray &method, const QByteArray &path,
                          const QJsonDocument &body = {});
    // The request log from `sinceSeq` on, and the highest sequence number so far.
    QJsonArray requestsSince(qint64 sinceSeq);
    qint64 lastSeq();

private:
    std::unique_ptr<QProcess> m_process;
    QString m_url;
    quint16 m_port = 0;
};

} // namespace outpost::clitest
