#pragma once

#include <QPalette>
#include <QPixmap>
#include <QString>

namespace outpost::gui {

// A person's avatar while pictures of people are not downloaded: their initial on a colour
// taken from their username, so the same person always looks the same.
class Avatar
{
public:
    static QPixmap forUser(const QString &username, const QString &name, int size,
                           qreal devicePixelRatio, const QPalette &palette);
    static QColor colourFor(const QString &username, const QPalette &palette);
};

} // namespace outpost::gui
