#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace outpost::i18n {

// The languages Outpost speaks: English (the source language) plus those whose translations are
// compiled in (":/i18n/outpost_<code>.qm"), and "pseudo" for testing. Codes like "fr", "pt".
QStringList availableLanguages();

// The shipped language to use for `requested` ("fr", "fr_CA", "pt-BR", …), or for the system's
// UI languages when `requested` is empty. "en" when nothing matches.
QString resolveLanguage(const QString &requested);

// Loads Outpost's translation and Qt's own (qtbase) for a language into the application (over
// the English plural forms of outpost_en.qm, which English itself uses), and
// switches them at runtime: installing new translators sends QEvent::LanguageChange to every
// widget, which retranslates. Dates and numbers follow: the default QLocale is set to match.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(outpost::i18n::Translations)
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // `language` as for resolveLanguage(). Returns the language now in use.
    QString apply(const QString &language);
    QString current() const { return m_current; }

    // The language's own name for itself ("Français", "العربية"), for a settings menu.
    static QString nativeName(const QString &language);
    // The locale dates and numbers follow in a language: the system's when it speaks it.
    static QLocale localeFor(const QString &language);
    // Right to left for Arabic and the like; the pseudo-locale reads left to right.
    static Qt::LayoutDirection layoutDirection(const QString &language);

private:
    void removeInstalled();

    QString m_current;
    std::unique_ptr<QTranslator> m_outpost;
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_english;
};

} // namespace outpost::i18n
