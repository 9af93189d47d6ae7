#include "views/TopicDelegate.h"

#include "models/DigestModel.h"
#include "models/TopicListModel.h"
#include "style/PostStyle.h"
#include "style/TimeText.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace outpost::gui {

namespace {
constexpr int kPadding = 10;
constexpr int kLineGap = 3;

// Text in `rect` aligned to the interface's leading or trailing side. `uiDirection` lays the
// text out in the interface's direction (lists of mixed words: "العربية · 4 replies");
// otherwise the text keeps its own direction (a title).
void drawText(QPainter *painter, const QRect &rect, const QString &text, Qt::Alignment alignment,
              Qt::LayoutDirection direction, bool uiDirection)
{
    QTextOption option(QStyle::visualAlignment(direction, alignment | Qt::AlignVCenter));
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(uiDirection ? direction : Qt::LayoutDirectionAuto);
    painter->drawText(QRectF(rect), text, option);
}

QFont smallerFont(const QFont &font)
{
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.92);
    return f;
}
} // namespace

int paintBadge(QPainter *painter, const QRect &rect, const QString &text, const QColor &fill,
               const QColor &textColour, Qt::LayoutDirection direction, bool atTrailingEnd)
{
    QFont font = smallerFont(painter->font());
    font.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 12;
    const int height = metrics.height() + 2;
    const bool right = (direction == Qt::RightToLeft) != atTrailingEnd;
    QRect badge(right ? rect.right() - width + 1 : rect.left(),
                rect.top() + (rect.height() - height) / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge), height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    painter->setFont(font);
    painter->setPen(textColour);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
    return width;
}

TopicDelegate::TopicDelegate(std::function<QDateTime()> now, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_now(std::move(now))
{}

QSize TopicDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    if (index.data(DigestModel::IsSectionRole).toBool())
        return QSize(200, int(metrics.height() * 1.3) + 2 * kPadding + 6);
    const QFontMetrics small(smallerFont(option.font));
    return QSize(200, metrics.height() + small.height() + kLineGap + 2 * kPadding);
}

void TopicDelegate::paintSection(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    painter->save();
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setWeight(QFont::DemiBold);
    painter->setFont(font);
    const QRect text = option.rect.adjusted(kPadding, kPadding + 6, -kPadding, -kPadding);
    painter->setPen(option.palette.color(QPalette::Text));
    const int count = index.data(DigestModel::SectionCountRole).toInt();
    drawText(painter, text, index.data(Qt::DisplayRole).toString(), Qt::AlignLeft, option.direction,
             true);
    const PostStyle style(option.palette, option.font);
    painter->setFont(smallerFont(option.font));
    painter->setPen(style.mutedText());
    drawText(painter, text, tr("%n topic(s)", nullptr, count), Qt::AlignRight, option.direction,
             true);
    painter->fillRect(QRect(option.rect.left() + kPadding, option.rect.bottom(),
                            option.rect.width() - 2 * kPadding, 1),
                      style.separator());
    painter->restore();
}

void TopicDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    if (index.data(DigestModel::IsSectionRole).toBool()) {
        paintSection(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const PostStyle colours(option.palette, option.font);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = selected ? option.palette.color(QPalette::HighlightedText)
                                 : option.palette.color(QPalette::Text);
    const QColor muted =
            selected ? option.palette.color(QPalette::HighlightedText) : colours.mutedText();
    const Qt::LayoutDirection dir = option.direction;

    const bool isNew = index.data(TopicListModel::IsNewRole).toBool();
    const int unread = index.data(TopicListModel::UnreadPostsRole).toInt();
    const QString title = index.data(TopicListModel::TitleRole).toString();
    const QDateTime bumped = index.data(TopicListModel::BumpedAtRole).toDateTime();

    QRect area = option.rect.adjusted(kPadding + 4, kPadding, -kPadding, -kPadding);
    const QFontMetrics metrics(option.font);
    const QFont small = smallerFont(option.font);
    const QFontMetrics smallMetrics(small);
    QRect line1(area.left(), area.top(), area.width(), metrics.height());
    QRect line2(area.left(), line1.bottom() + 1 + kLineGap, area.width(), smallMetrics.height());

    painter->save();
    // Trailing end of line 1: when it last moved.
    painter->setFont(small);
    painter->setPen(muted);
    const QString when = TimeText::compact(bumped, m_now());
    const int whenWidth = smallMetrics.horizontalAdvance(when);
    drawText(painter, QStyle::visualRect(dir, option.rect, line1), when, Qt::AlignRight, dir, true);
    QRect titleRect = line1.adjusted(0, 0, -(whenWidth + 12), 0);

    // Badge after the time: "new", or the number of unread posts.
    QString badge;
    if (isNew)
        //: Badge on a topic the person has never opened
        badge = tr("new");
    else if (unread > 0)
        badge = QLocale().toString(unread);
    if (!badge.isEmpty()) {
        const int w = paintBadge(painter, QStyle::visualRect(dir, option.rect, titleRect), badge,
                                 colours.accent(), colours.onAccent(), dir, true);
        titleRect.adjust(0, 0, -(w + 8), 0);
    }

    QFont titleFont = option.font;
    if (isNew || unread > 0)
        titleFont.setWeight(QFont::DemiBold);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QFontMetrics titleMetrics(titleFont);
    drawText(painter, QStyle::visualRect(dir, option.rect, titleRect),
             titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()), Qt::AlignLeft, dir,
             false);

    // Line 2: category, replies, downloaded share, marks.
    int x = line2.left();
    const QColor categoryColour = index.data(TopicListModel::CategoryColorRole).value<QColor>();
    const QString category = index.data(TopicListModel::CategoryNameRole).toString();
    painter->setFont(small);
    if (!category.isEmpty()) {
        const int square = smallMetrics.ascent() - 2;
        const QRect dot(x, line2.top() + (line2.height() - square) / 2, square, square);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(categoryColour.isValid() ? categoryColour : muted);
        painter->drawRoundedRect(QStyle::visualRect(dir, option.rect, dot), 2, 2);
        x += square + 6;
    }
    QStringList parts;
    if (!category.isEmpty())
        parts << category;
    const int posts = index.data(TopicListModel::PostsCountRole).toInt();
    const int cached = index.data(TopicListModel::PostsCachedRole).toInt();
    parts << tr("%n reply(s)", nullptr, std::max(0, posts - 1));
    if (cached < posts)
        //: How much of a topic is downloaded: %1 posts of %2
        parts << tr("%1 of %2 downloaded").arg(cached).arg(posts);
    if (index.data(TopicListModel::PinnedRole).toBool())
        parts << tr("pinned");
    if (index.data(TopicListModel::ClosedRole).toBool())
        parts << tr("closed");
    else if (index.data(TopicListModel::ArchivedRole).toBool())
        parts << tr("archived");
    const QRect meta(x, line2.top(), line2.right() - x, line2.height());
    painter->setPen(muted);
    // Each part keeps its place in the interface's order, whatever script it is in.
    const QChar order = dir == Qt::RightToLeft ? QChar(0x200F) : QChar(0x200E);
    drawText(painter, QStyle::visualRect(dir, option.rect, meta),
             smallMetrics.elidedText(parts.join(order + u"  ·  "_s + order) + order, Qt::ElideRight,
                                     meta.width()),
             Qt::AlignLeft, dir, true);

    if (isNew || unread > 0) {
        // A dot on the leading edge: something here is new to the person.
        const int d = 6;
        const QRect mark(option.rect.left() + 4, line1.top() + (line1.height() - d) / 2, d, d);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? muted : colours.accent());
        painter->drawEllipse(QStyle::visualRect(dir, option.rect, mark));
    }
    painter->restore();
}

} // namespace outpost::gui
