#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace outpost::gui {

void installTranslations()
{
    static QTranslator *english = nullptr;
    if (english || !QCoreApplication::instance())
        return;
    english = new QTranslator(QCoreApplication::instance());
    // Source strings are English already; this file adds only their plural forms.
    if (english->load(u":/i18n/outpost_en.qm"_s))
        QCoreApplication::installTranslator(english);
}

} // namespace outpost::gui
