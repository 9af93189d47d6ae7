// The man pages CMake fills from packaging/*.1.in: groff and man-db read them without a single
// warning, and outpost-cli(1) documents every command and global option the program has.

#include "ExternalTool.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

const ExternalTool kGroff{QStringLiteral("groff"), QStringLiteral("groff-base")};
const ExternalTool kLexgrog{QStringLiteral("lexgrog"), QStringLiteral("man-db")};

QString manPagePath(const QString &name)
{
    return QStringLiteral(OUTPOST_MAN_DIR "/%1.1").arg(name);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The man page's source with troff's escaped hyphens and fonts undone, so that a command
// written `.BI "new\-topic \-\-category " ID` reads "new-topic --category ID".
QString plainSource(const QString &source)
{
    QString text = source;
    text.replace(QLatin1String("\\-"), QLatin1String("-"));
    text.remove(QRegularExpression(QStringLiteral(R"(\\f[BIRP])")));
    text.remove(u'"');
    return text;
}

} // namespace

class TestManPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesAreClean_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList pages = QStringLiteral(OUTPOST_MAN_PAGES).split(u',');
        for (const QString &page : pages)
            QTest::newRow(qPrintable(page)) << page;
    }

    void pagesAreClean()
    {
        QFETCH(QString, name);
        const QString path = manPagePath(name);
        QVERIFY2(QFile::exists(path), qPrintable(path));

        // -ww: every warning groff knows; -z: check only, no output.
        RUN_TOOL(groff, kGroff,
                 {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                  QStringLiteral("-z"), path});
        QVERIFY2(groff.err.isEmpty(), qPrintable(groff.err));
        QCOMPARE(groff.exitCode, 0);

        // lexgrog reads the NAME section the way mandb does for whatis and apropos.
        RUN_TOOL(lexgrog, kLexgrog, {path});
        QCOMPARE(lexgrog.exitCode, 0);
        QVERIFY2(lexgrog.out.contains(QStringLiteral(": \"%1 - ").arg(name)),
                 qPrintable(lexgrog.out));
    }

    void pagesCarryTheVersion_data() { pagesAreClean_data(); }

    void pagesCarryTheVersion()
    {
        QFETCH(QString, name);
        const QString source = readText(manPagePath(name));
        const QRegularExpression th(
                QStringLiteral("^\\.TH (\\S+) 1 \"(\\d{4}-\\d\\d-\\d\\d)\" \"Outpost ([^\"]+)\""),
                QRegularExpression::MultilineOption);
        const auto match = th.match(source);
        QVERIFY2(match.hasMatch(), "no .TH line with a date and the version");
        QCOMPARE(match.captured(1), name.toUpper());
        QCOMPARE(match.captured(3), QStringLiteral(OUTPOST_VERSION));
        QVERIFY(!source.contains(u'@')); // nothing left unconfigured
    }

    void cliPageDocumentsEveryCommandAndOption()
    {
        const QString cli = qEnvironmentVariable("OUTPOST_CLI");
        QVERIFY2(!cli.isEmpty(), "OUTPOST_CLI is not set (run through ctest)");
        const ExternalTool tool{cli, QStringLiteral("outpost-cli (this build)")};
        RUN_TOOL(help, tool, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);

        const QString page = plainSource(readText(manPagePath(QStringLiteral("outpost-cli"))));
        QVERIFY(!page.isEmpty());

        // `outpost-cli --help` lists commands as "  name   summary" under "Commands:", and
        // options under "Global options:".
        const QStringList lines = help.out.split(u'\n');
        QString section;
        int commands = 0;
        int options = 0;
        for (const QString &line : lines) {
            if (!line.startsWith(u' ')) {
                section = line.trimmed();
                continue;
            }
            if (section == QLatin1String("Commands:")) {
                const QString command = line.trimmed().section(u' ', 0, 0);
                const QRegularExpression documented(
                        QStringLiteral(R"(^\.(B|BI|BR) %1\b)")
                                .arg(QRegularExpression::escape(command)),
                        QRegularExpression::MultilineOption);
                QVERIFY2(documented.match(page).hasMatch(),
                         qPrintable(QStringLiteral("command '%1' is not in outpost-cli.1")
                                            .arg(command)));
                ++commands;
            } else if (section == QLatin1String("Global options:")) {
                const auto tokens =
                        QRegularExpression(QStringLiteral(R"(--[a-z][a-z-]*)")).globalMatch(line);
                for (auto it = tokens; it.hasNext();) {
                    const QString option = it.next().captured();
                    QVERIFY2(page.contains(option),
                             qPrintable(QStringLiteral("option '%1' is not in outpost-cli.1")
                                                .arg(option)));
                    ++options;
                }
            }
        }
        // The options are always there; commands arrive as the CLI grows. Make sure the help
        // text was understood at all.
        QVERIFY2(options >= 5, qPrintable(help.out));
        qInfo("outpost-cli --help lists %d commands, all documented", commands);
    }
};

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_man_pages.moc"
