// The desktop entry and AppStream metainfo that CMake fills from resources/*.in: they pass the
// freedesktop validators and say the same things as the build (app id, programs, version).

#include "ExternalTool.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTest>
#include <QVersionNumber>
#include <QXmlStreamReader>

namespace {

const ExternalTool kDesktopFileValidate{QStringLiteral("desktop-file-validate"),
                                        QStringLiteral("desktop-file-utils")};
const ExternalTool kAppstreamCli{QStringLiteral("appstreamcli"), QStringLiteral("appstream")};

const QString kAppId = QStringLiteral(OUTPOST_APP_ID);

// The [Desktop Entry] group as key -> value, keys with their [locale] suffix.
QHash<QString, QString> readDesktopEntry(const QString &path)
{
    QHash<QString, QString> entry;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entry;
    bool inGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('[')))
            inGroup = line == QLatin1String("[Desktop Entry]");
        else if (inGroup && !line.startsWith(QLatin1Char('#')) && line.contains(QLatin1Char('=')))
            entry.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    }
    return entry;
}

bool hasArabicLetters(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Arabic)
            return true;
    }
    return false;
}

struct Release
{
    QString version;
    QString date;
};

struct Metainfo
{
    QString id;
    QString launchable;
    QString projectLicense;
    QString homepage;
    QStringList binaries;
    QHash<QString, QString> summaries; // "" is the untranslated one
    QString contentRatingType;
    QStringList screenshotImages;
    int defaultScreenshots = 0;
    QList<Release> releases;
    QString error;
};

Metainfo readMetainfo(const QString &path)
{
    Metainfo m;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m.error = file.errorString();
        return m;
    }
    QXmlStreamReader xml(&file);
    QStringList stack;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            stack.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        const QString parent = stack.isEmpty() ? QString() : stack.last();
        const auto attrs = xml.attributes();
        stack.append(name);
        if (name == QLatin1String("release") && parent == QLatin1String("releases")) {
            m.releases.append(Release{attrs.value(QLatin1String("version")).toString(),
                                      attrs.value(QLatin1String("date")).toString()});
        } else if (name == QLatin1String("content_rating")) {
            m.contentRatingType = attrs.value(QLatin1String("type")).toString();
        } else if (name == QLatin1String("screenshot")) {
            if (attrs.value(QLatin1String("type")) == QLatin1String("default"))
                ++m.defaultScreenshots;
        } else if (parent == QLatin1String("component")) {
            const bool homepage = name == QLatin1String("url") &&
                                  attrs.value(QLatin1String("type")) == QLatin1String("homepage");
            const QString lang = attrs.value(QLatin1String("xml:lang")).toString();
            const bool wanted = name == QLatin1String("id") ||
                                name == QLatin1String("launchable") ||
                                name == QLatin1String("project_license") ||
                                name == QLatin1String("summary") || homepage;
            if (!wanted)
                continue;
            const QString text = xml.readElementText();
            stack.removeLast(); // readElementText consumed the end element
            if (name == QLatin1String("id"))
                m.id = text;
            else if (name == QLatin1String("launchable"))
                m.launchable = text;
            else if (name == QLatin1String("project_license"))
                m.projectLicense = text;
            else if (name == QLatin1String("summary"))
                m.summaries.insert(lang, text);
            else
                m.homepage = text;
        } else if (name == QLatin1String("binary") && parent == QLatin1String("provides")) {
            m.binaries.append(xml.readElementText());
            stack.removeLast();
        } else if (name == QLatin1String("image") && parent == QLatin1String("screenshot")) {
            m.screenshotImages.append(xml.readElementText());
            stack.removeLast();
        }
    }
    if (xml.hasError())
        m.error = xml.errorString();
    return m;
}

} // namespace

class TestDesktopMetadata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void desktopEntryPassesTheValidator()
    {
        RUN_TOOL(r, kDesktopFileValidate, {QStringLiteral(OUTPOST_DESKTOP_FILE)});
        // Hints and warnings are printed too: a clean entry prints nothing at all.
        QVERIFY2(r.out.isEmpty() && r.err.isEmpty(), qPrintable(r.out + r.err));
        QCOMPARE(r.exitCode, 0);
    }

    void desktopEntryNamesTheApp()
    {
        const QString path = QStringLiteral(OUTPOST_DESKTOP_FILE);
        QCOMPARE(QFileInfo(path).fileName(), kAppId + QLatin1String(".desktop"));
        const auto entry = readDesktopEntry(path);
        QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(entry.value(QStringLiteral("Name")), QStringLiteral("Outpost"));
        QCOMPARE(entry.value(QStringLiteral("Icon")), kAppId);
        QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("outpost"));
        QCOMPARE(entry.value(QStringLiteral("TryExec")), QStringLiteral("outpost"));
        QVERIFY(entry.value(QStringLiteral("Categories")).split(u';').contains(u"Network"));
        QVERIFY(!entry.value(QStringLiteral("Comment")).isEmpty());
    }

    void desktopEntryIsTranslated_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char *locale : {"ar", "es", "fr", "pt", "pt_BR"})
            QTest::newRow(locale) << QString::fromLatin1(locale);
    }

    void desktopEntryIsTranslated()
    {
        QFETCH(QString, locale);
        const auto entry = readDesktopEntry(QStringLiteral(OUTPOST_DESKTOP_FILE));
        for (const char *key : {"GenericName", "Comment", "Keywords"}) {
            const QString english = entry.value(QString::fromLatin1(key));
            const QString translated =
                    entry.value(QStringLiteral("%1[%2]").arg(QLatin1String(key), locale));
            QVERIFY2(!translated.isEmpty(), key);
            QVERIFY2(translated != english, key);
            if (locale == QLatin1String("ar"))
                QVERIFY2(hasArabicLetters(translated), key);
        }
        QVERIFY(entry.value(QStringLiteral("Keywords[%1]").arg(locale)).endsWith(u';'));
    }

    void metainfoPassesTheValidator()
    {
        RUN_TOOL(r, kAppstreamCli,
                 {QStringLiteral("validate"), QStringLiteral("--no-net"),
                  QStringLiteral("--no-color"), QStringLiteral(OUTPOST_METAINFO_FILE)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // Warnings and infos do not change the exit code; they fail here all the same. Only
        // pedantic remarks pass (the app id's capital letter is the reverse-DNS convention).
        for (const QString &line : r.out.split(u'\n')) {
            const bool remark = line.startsWith(QLatin1String("E:")) ||
                                line.startsWith(QLatin1String("W:")) ||
                                line.startsWith(QLatin1String("I:"));
            QVERIFY2(!remark, qPrintable(line));
        }
    }

    void metainfoDescribesTheApp()
    {
        const Metainfo m = readMetainfo(QStringLiteral(OUTPOST_METAINFO_FILE));
        QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
        QCOMPARE(m.id, kAppId);
        QCOMPARE(m.launchable, kAppId + QLatin1String(".desktop"));
        QCOMPARE(m.projectLicense, QStringLiteral("GPL-3.0-or-later"));
        QCOMPARE(m.homepage, QStringLiteral(OUTPOST_REPOSITORY_URL));
        QVERIFY(m.binaries.contains(u"outpost"));
        QVERIFY(m.binaries.contains(u"outpost-cli"));
        QCOMPARE(m.contentRatingType, QStringLiteral("oars-1.1"));
        for (const char *locale : {"", "ar", "es", "fr", "pt", "pt_BR"})
            QVERIFY2(!m.summaries.value(QString::fromLatin1(locale)).isEmpty(), locale);
    }

    void screenshotsComeFromTheConfiguredPlace()
    {
        const Metainfo m = readMetainfo(QStringLiteral(OUTPOST_METAINFO_FILE));
        QCOMPARE(m.defaultScreenshots, 1);
        QVERIFY(!m.screenshotImages.isEmpty());
        const QString base = QStringLiteral(OUTPOST_SCREENSHOT_BASE_URL "/");
        for (const QString &url : m.screenshotImages) {
            QVERIFY2(url.startsWith(base), qPrintable(url));
            QVERIFY2(url.endsWith(QLatin1String(".png")), qPrintable(url));
            // docs/screenshots/README.md lists the names the screenshot script must make.
            QVERIFY2(!url.mid(base.size()).contains(u'/'), qPrintable(url));
        }
    }

    void newestReleaseIsTheProjectVersion()
    {
        const Metainfo m = readMetainfo(QStringLiteral(OUTPOST_METAINFO_FILE));
        QVERIFY(!m.releases.isEmpty());
        QCOMPARE(m.releases.first().version, QStringLiteral(OUTPOST_VERSION));
        for (qsizetype i = 0; i < m.releases.size(); ++i) {
            const Release &r = m.releases[i];
            QVERIFY2(QDate::fromString(r.date, Qt::ISODate).isValid(), qPrintable(r.date));
            if (i == 0)
                continue;
            const Release &newer = m.releases[i - 1];
            QVERIFY2(QVersionNumber::fromString(newer.version) >
                             QVersionNumber::fromString(r.version),
                     qPrintable(newer.version + QLatin1String(" after ") + r.version));
            QVERIFY2(newer.date >= r.date,
                     qPrintable(newer.date + QLatin1String(" before ") + r.date));
        }
    }
};

QTEST_GUILESS_MAIN(TestDesktopMetadata)
#include "tst_desktop_metadata.moc"
