// core/i18n with the real compiled translations: which languages are shipped, how a requested
// or system language resolves, the locale and direction each brings, and the English plural
// forms under every language.

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QtTest>

using namespace Qt::StringLiterals;
using outpost::i18n::Translations;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::system()); }

    void shippedLanguages()
    {
        const QStringList languages = outpost::i18n::availableLanguages();
        QCOMPARE(languages.first(), u"en"_s);
        for (const QString &code : {u"fr"_s, u"es"_s, u"pt"_s, u"ar"_s, u"pseudo"_s})
            QVERIFY2(languages.contains(code), qPrintable(languages.join(u' ')));
        QCOMPARE(languages.count(u"en"_s), 1); // outpost_en.qm is plural forms, not a language
        QCOMPARE(languages.last(), u"pseudo"_s);
    }

    void requestedLanguagesResolve_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("plain") << u"fr"_s << u"fr"_s;
        QTest::newRow("with country") << u"pt_BR"_s << u"pt"_s;
        QTest::newRow("BCP 47") << u"pt-BR"_s << u"pt"_s;
        QTest::newRow("upper case") << u"AR"_s << u"ar"_s;
        QTest::newRow("not shipped") << u"sw"_s << u"en"_s;
        QTest::newRow("pseudo") << u"pseudo"_s << u"pseudo"_s;
        // ctest runs in the C locale: the system's language is none Outpost has.
        QTest::newRow("system") << QString() << u"en"_s;
    }

    void requestedLanguagesResolve()
    {
        QFETCH(QString, requested);
        QFETCH(QString, resolved);
        QCOMPARE(outpost::i18n::resolveLanguage(requested), resolved);
    }

    void languageBringsItsLocaleAndDirection()
    {
        Translations translations;
        QCOMPARE(translations.apply(u"ar"_s), u"ar"_s);
        QCOMPARE(QLocale().language(), QLocale::Arabic);
        QCOMPARE(Translations::layoutDirection(u"ar"_s), Qt::RightToLeft);
        QCOMPARE(translations.apply(u"fr_CA"_s), u"fr"_s);
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(Translations::layoutDirection(u"fr"_s), Qt::LeftToRight);
        QCOMPARE(Translations::layoutDirection(u"pseudo"_s), Qt::LeftToRight);
        QCOMPARE(translations.current(), u"fr"_s);
    }

    void nativeNames()
    {
        QCOMPARE(Translations::nativeName(u"en"_s), u"English"_s);
        QCOMPARE(Translations::nativeName(u"fr"_s), u"Français"_s);
        QCOMPARE(Translations::nativeName(u"ar"_s), u"العربية"_s);
    }

    void pseudoLocaleTranslatesEverything()
    {
        Translations translations;
        translations.apply(u"pseudo"_s);
        const QString help =
                QCoreApplication::translate("outpost::cli::CliApplication", "Show this help.");
        QVERIFY2(help.startsWith(u"[Šĥöŵ"_s) && help.endsWith(u']'), qPrintable(help));
        translations.apply(u"en"_s);
        QCOMPARE(QCoreApplication::translate("outpost::cli::CliApplication", "Show this help."),
                 u"Show this help."_s);
    }

    void englishPluralsUnderEveryLanguage()
    {
        Translations translations;
        for (const QString &language : {u"en"_s, u"fr"_s, u"es"_s, u"pt"_s, u"ar"_s}) {
            translations.apply(language);
            const QString one = QCoreApplication::translate("outpost::gui::ThreadView",
                                                            "%n reply(s)", nullptr, 1);
            QVERIFY2(!one.contains(u"(s)"_s), qPrintable(language + u": "_s + one));
        }
        // Another instance going away takes only its own translators with it.
        {
            Translations scoped;
            scoped.apply(u"fr"_s);
        }
        translations.apply(u"en"_s);
        QCOMPARE(QCoreApplication::translate("outpost::gui::ThreadView", "%n reply(s)", nullptr, 2),
                 u"2 replies"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_i18n_translations.moc"
