#include "style/Avatar.h"

#include <QPainter>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace outpost::gui {

QColor Avatar::colourFor(const QString &username, const QPalette &palette)
{
    // FNV-1a over the UTF-16 of the name: the same person gets the same colour in every
    // session and on every machine (qHash is seeded per process).
    quint32 hash = 2166136261u;
    for (const QChar c : username.toLower()) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    const int hue = int(hash % 360);
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return QColor::fromHsl(hue, dark ? 110 : 120, dark ? 120 : 105);
}

QPixmap Avatar::forUser(const QString &username, const QString &name, int size,
                        qreal devicePixelRatio, const QPalette &palette)
{
    const QColor colour = colourFor(username, palette);
    const QString key = u"outpost-avatar:%1:%2:%3:%4"_s.arg(username)
                                .arg(size)
                                .arg(devicePixelRatio)
                                .arg(colour.rgb());
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = QPixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(0, 0, size, size));
    const QString source = name.trimmed().isEmpty() ? username : name.trimmed();
    QString initial = source.isEmpty() ? u"?"_s : source.left(1).toUpper();
    if (initial.at(0).isHighSurrogate())
        initial = source.left(2);
    QFont font = painter.font();
    font.setPixelSize(int(size * 0.46));
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initial);
    painter.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

} // namespace outpost::gui
