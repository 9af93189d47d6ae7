#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

#include <functional>

namespace outpost::gui {

// Draws a topic of TopicListModel (or of the digest) on two lines: its title (bold while it
// has something new for the person, with a "new" badge or the number of unread posts) and the
// time of its last activity; below, its category, replies, how much of it is downloaded, and
// pinned/closed marks. Digest section rows are drawn as headings. Right-to-left layouts are
// mirrored.
class TopicDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TopicDelegate(std::function<QDateTime()> now, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintSection(QPainter *painter, const QStyleOptionViewItem &option,
                      const QModelIndex &index) const;
    std::function<QDateTime()> m_now;
};

// A rounded label ("new", "3") drawn at `rect`'s leading or trailing end; returns its width.
int paintBadge(QPainter *painter, const QRect &rect, const QString &text, const QColor &fill,
               const QColor &textColour, Qt::LayoutDirection direction, bool atTrailingEnd);

} // namespace outpost::gui
