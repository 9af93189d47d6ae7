#pragma once

#include "i18n/Translations.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace outpost::gui {

// The interface's language, switched while the app runs: Outpost's and Qt's translations,
// the locale of dates and numbers, and the layout direction (right to left for Arabic).
// Installing the translations sends QEvent::LanguageChange to every widget; each view
// retranslates its texts in changeEvent().
class AppLanguage : public QObject
{
    Q_OBJECT
public:
    explicit AppLanguage(QObject *parent = nullptr);

    // `requested` is a language code ("fr", "pt_BR", "pseudo") or empty for the system's.
    // Returns the language now in use ("en" when nothing shipped matches).
    QString apply(const QString &requested);
    // What is in use ("en", "fr", "pseudo") and what was asked for ("" for the system's).
    QString current() const { return m_translations.current(); }
    QString requested() const { return m_requested; }

    // The languages a person can choose in the settings, in menu order (English first, then
    // by code); the pseudo-locale is for developers and not among them.
    static QStringList choices();
    // "Français", "العربية": each language by its own name.
    static QString nativeName(const QString &language);

Q_SIGNALS:
    void changed(const QString &language);

private:
    i18n::Translations m_translations;
    QString m_requested;
};

} // namespace outpost::gui
