#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

// Runs one of the validators a Debian machine gets from packaging/install-deps.sh
// (desktop-file-validate, appstreamcli, groff, lexgrog, dpkg-parsechangelog) and keeps what it
// said. A missing tool is a failure that names its package, never a skipped check.
struct ExternalTool
{
    QString program;
    QString package;

    struct Result
    {
        bool found = false;
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        Result r;
        const QString path = QStandardPaths::findExecutable(program);
        if (path.isEmpty())
            return r;
        r.found = true;
        QProcess process;
        process.start(path, arguments);
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60'000);
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    QByteArray missing() const
    {
        return QStringLiteral("%1 is not installed (Debian package %2; packaging/install-deps.sh "
                              "installs it)")
                .arg(program, package)
                .toUtf8();
    }
};

#define RUN_TOOL(result, tool, ...)                                                                \
    const ExternalTool::Result result = (tool).run(__VA_ARGS__);                                   \
    if (!result.found)                                                                             \
        QFAIL((tool).missing().constData());
