#include "AppIcon.h"

#include "AppIdentity.h"

namespace outpost {

QIcon appIcon()
{
    QIcon bundled;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        bundled.addFile(QStringLiteral(":/outpost/icons/outpost-%1.png").arg(size),
                        QSize(size, size));
    }
    // An icon theme may restyle the installed icon; the window should then match the menu
    // entry. Uninstalled, and on Windows and macOS, the bundled sizes are used.
    return QIcon::fromTheme(QLatin1String(kAppId), bundled);
}

} // namespace outpost
