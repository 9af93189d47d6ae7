#pragma once

namespace outpost::gui {

// Loads the interface's translations into the running application. Today that is the English
// plural forms of the %n strings ("1 reply", "5 replies"), compiled in from
// translations/outpost_en.ts; the languages of issue 7 install on top of it here. Safe to call
// more than once.
void installTranslations();

} // namespace outpost::gui
