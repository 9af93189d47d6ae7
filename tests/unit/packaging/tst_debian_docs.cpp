// The files Debian wants in /usr/share/doc/outpost: a changelog made from the metainfo's
// <releases> that dpkg can parse, a machine-readable copyright file, and gzip files (the
// changelog, the man pages) made reproducibly, without a name or a timestamp inside.

#include "ExternalTool.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

const ExternalTool kParseChangelog{QStringLiteral("dpkg-parsechangelog"),
                                   QStringLiteral("dpkg-dev")};

const QString kChangelog = QStringLiteral(OUTPOST_PACKAGING_BINARY_DIR "/debian/changelog.Debian");

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList metainfoReleaseVersions()
{
    const QString xml = QString::fromUtf8(readBytes(QStringLiteral(OUTPOST_METAINFO_TEMPLATE)));
    QStringList versions;
    auto it = QRegularExpression(QStringLiteral("<release [^>]*version=\"([^\"]+)\""))
                      .globalMatch(xml);
    while (it.hasNext())
        versions.append(it.next().captured(1));
    return versions;
}

} // namespace

class TestDebianDocs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changelogParses()
    {
        RUN_TOOL(
                source, kParseChangelog,
                {QStringLiteral("-l"), kChangelog, QStringLiteral("-S"), QStringLiteral("Source")});
        QVERIFY2(source.exitCode == 0, qPrintable(source.err));
        QVERIFY2(source.err.isEmpty(), qPrintable(source.err));
        QCOMPARE(source.out.trimmed(), QStringLiteral("outpost"));

        RUN_TOOL(versions, kParseChangelog,
                 {QStringLiteral("-l"), kChangelog, QStringLiteral("--all"), QStringLiteral("-S"),
                  QStringLiteral("Version")});
        QCOMPARE(versions.exitCode, 0);
        QStringList expected;
        for (const QString &v : metainfoReleaseVersions())
            expected.append(v + QLatin1String("-1"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(versions.out.trimmed().split(QStringLiteral(", ")), expected);
        QCOMPARE(expected.first(), QStringLiteral(OUTPOST_VERSION "-1"));
    }

    void changelogLinesFitAndItemsAreBullets()
    {
        const QString text = QString::fromUtf8(readBytes(kChangelog));
        QVERIFY(!text.isEmpty());
        int bullets = 0;
        for (const QString &line : text.split(u'\n')) {
            QVERIFY2(line.size() <= 80 || line.startsWith(QLatin1String(" -- ")), qPrintable(line));
            if (line.startsWith(QLatin1String("  * ")))
                ++bullets;
        }
        QVERIFY(bullets >= 1);
        // Entities are decoded, tags are gone.
        QVERIFY(!text.contains(QLatin1String("&amp;")));
        QVERIFY(!text.contains(QLatin1String("<li>")));
    }

    void copyrightIsMachineReadable()
    {
        const QString text = QString::fromUtf8(readBytes(QStringLiteral(OUTPOST_DEBIAN_COPYRIGHT)));
        QVERIFY(text.startsWith(QLatin1String(
                "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")));
        // Paragraphs are separated by blank lines. A Files paragraph names its licence; every
        // licence named has a stand-alone paragraph with its text.
        QSet<QString> used;
        QSet<QString> defined;
        bool everythingElse = false;
        for (const QString &paragraph : text.split(QStringLiteral("\n\n"))) {
            const QString first = paragraph.section(u'\n', 0, 0);
            const auto license = QRegularExpression(QStringLiteral(R"(^License: (\S+)$)"),
                                                    QRegularExpression::MultilineOption)
                                         .match(paragraph);
            if (first.startsWith(QLatin1String("Files:"))) {
                QVERIFY2(license.hasMatch(), qPrintable(paragraph));
                used.insert(license.captured(1));
                if (first == QLatin1String("Files: *")) {
                    everythingElse = true;
                    QCOMPARE(license.captured(1), QStringLiteral("GPL-3+"));
                }
            } else if (first.startsWith(QLatin1String("License:"))) {
                QVERIFY2(paragraph.count(u'\n') >= 2, qPrintable(first)); // the text follows
                defined.insert(first.mid(9).trimmed());
            }
        }
        QVERIFY(everythingElse);
        for (const QString &name : std::as_const(used))
            QVERIFY2(defined.contains(name), qPrintable(name));
    }

    void gzipFilesAreReproducible_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("changelog") << kChangelog + QLatin1String(".gz");
        for (const QString &page : QStringLiteral(OUTPOST_MAN_PAGES).split(u','))
            QTest::newRow(qPrintable(page))
                    << QStringLiteral(OUTPOST_PACKAGING_BINARY_DIR "/%1.1.gz").arg(page);
    }

    void gzipFilesAreReproducible()
    {
        QFETCH(QString, path);
        const QByteArray gz = readBytes(path);
        QVERIFY2(gz.size() > 18, qPrintable(path + QLatin1String(" is missing: build first")));
        QCOMPARE(quint8(gz[0]), quint8(0x1f));
        QCOMPARE(quint8(gz[1]), quint8(0x8b));
        const quint8 flags = quint8(gz[3]);
        QVERIFY2(!(flags & 0x08), "the file name is stored (gzip without -n)");
        QCOMPARE(gz.mid(4, 4), QByteArray(4, '\0')); // no modification time
        QCOMPARE(quint8(gz[8]), quint8(2));          // -9: best compression
    }
};

QTEST_GUILESS_MAIN(TestDebianDocs)
#include "tst_debian_docs.moc"
