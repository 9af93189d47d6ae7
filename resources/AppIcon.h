#pragma once

#include <QIcon>

namespace outpost {

// Outpost's application icon at every size it ships (16 to 256 px), for window icons and the
// About dialog. Needs the outpost-resources library linked in.
QIcon appIcon();

} // namespace outpost
