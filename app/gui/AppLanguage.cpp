#include "AppLanguage.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace outpost::gui {

AppLanguage::AppLanguage(QObject *parent)
    : QObject(parent)
{}

QString AppLanguage::apply(const QString &requested)
{
    m_requested = requested.trimmed();
    const QString language = m_translations.apply(m_requested);
    // Set rather than left to Qt's guess from the translation (QT_LAYOUT_DIRECTION), so an
    // Arabic interface mirrors even before its translators reach that string, and English
    // flips back at once.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(i18n::Translations::layoutDirection(language));
    Q_EMIT changed(language);
    return language;
}

QStringList AppLanguage::choices()
{
    QStringList languages = i18n::availableLanguages();
    languages.removeAll(u"pseudo"_s);
    return languages;
}

QString AppLanguage::nativeName(const QString &language)
{
    return i18n::Translations::nativeName(language);
}

} // namespace outpost::gui
