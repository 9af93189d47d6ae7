// The outpost-resources library the GUI links: the icon at every size, the credits and the
// licence, under the resource paths AppIdentity.h promises; and the hicolor PNGs that the
// package installs are the size their folder says.

#include "AppIcon.h"
#include "AppIdentity.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QList<int> kBundledSizes = {16, 22, 24, 32, 48, 64, 128, 256};

QJsonObject readCredits()
{
    QFile file(QString::fromLatin1(outpost::kCreditsResource));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(file.readAll(), &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

} // namespace

class TestAppResources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySizeIsBundled()
    {
        for (const int size : kBundledSizes) {
            const QString path = QStringLiteral(":/outpost/icons/outpost-%1.png").arg(size);
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(size, size));
            QVERIFY(image.hasAlphaChannel());
        }
        QVERIFY(QFile::exists(QStringLiteral(":/outpost/icons/outpost.svg")));
    }

    void appIconOffersEverySize()
    {
        const QIcon icon = outpost::appIcon();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        for (const int size : kBundledSizes)
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
        QCOMPARE(icon.pixmap(QSize(48, 48)).size(), QSize(48, 48));
    }

    void installedPngsMatchTheirFolder()
    {
        const QDir hicolor(QStringLiteral(OUTPOST_SOURCE_RESOURCES "/icons/hicolor"));
        const QStringList sizes = QStringLiteral(OUTPOST_ICON_SIZES).split(u',');
        QCOMPARE(hicolor.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), sizes.size());
        for (const QString &size : sizes) {
            const QString path = hicolor.filePath(
                    QStringLiteral("%1x%1/apps/%2.png").arg(size, QLatin1String(outpost::kAppId)));
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(size.toInt(), size.toInt()));
        }
    }

    void scalableIconIsSquareSvg()
    {
        QFile file(QStringLiteral(OUTPOST_SOURCE_RESOURCES "/icons/%1.svg")
                           .arg(QLatin1String(outpost::kAppId)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
        const QStringList box =
                xml.attributes().value(QLatin1String("viewBox")).toString().split(u' ');
        QCOMPARE(box.size(), 4);
        QCOMPARE(box[2], box[3]);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    void creditsAreComplete()
    {
        const QJsonObject credits = readCredits();
        QVERIFY2(!credits.isEmpty(), "credits.json is missing or not valid JSON");
        QCOMPARE(credits.value(u"license").toString(), QLatin1String(outpost::kLicenseSpdx));
        QVERIFY(!credits.value(u"copyright").toString().isEmpty());
        QVERIFY(!credits.value(u"authors").toArray().isEmpty());
        for (const auto author : credits.value(u"authors").toArray())
            QVERIFY(!author.toObject().value(u"name").toString().isEmpty());

        // Translators, by language code; the About dialog names each language in itself.
        const QJsonObject translators = credits.value(u"translators").toObject();
        QVERIFY(!translators.isEmpty());
        for (auto it = translators.begin(); it != translators.end(); ++it) {
            QVERIFY2(QLocale(it.key()).language() != QLocale::C, qPrintable(it.key()));
            QVERIFY2(it.value().isArray(), qPrintable(it.key()));
            for (const auto name : it.value().toArray())
                QVERIFY2(!name.toString().trimmed().isEmpty(), qPrintable(it.key()));
        }

        const QJsonArray components = credits.value(u"components").toArray();
        QVERIFY(components.size() >= 6);
        for (const auto c : components) {
            for (const char16_t *key : {u"name", u"license", u"url"})
                QVERIFY(!c.toObject().value(QStringView(key)).toString().isEmpty());
        }
    }

    void licenceIsBundled()
    {
        QFile file(QString::fromLatin1(outpost::kLicenseResource));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("GNU GENERAL PUBLIC LICENSE"));
        QVERIFY(text.contains("Version 3, 29 June 2007"));
    }
};

QTEST_MAIN(TestAppResources)
#include "tst_app_resources.moc"
