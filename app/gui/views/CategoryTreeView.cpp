#include "views/CategoryTreeView.h"

#include "style/PostStyle.h"
#include "views/TopicDelegate.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace outpost::gui {

namespace {

using NodeKind = CategoryTreeModel::NodeKind;

QRect starRect(const QStyleOptionViewItem &option)
{
    const int size = std::min(option.rect.height() - 8, 18);
    QRect star(option.rect.right() - size - 6,
               option.rect.top() + (option.rect.height() - size) / 2, size, size);
    return QStyle::visualRect(option.direction, option.rect, star);
}

QPainterPath starPath(const QRectF &rect)
{
    QPainterPath path;
    const QPointF c = rect.center();
    const qreal outer = rect.width() / 2.0;
    const qreal inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const qreal r = (i % 2 == 0) ? outer : inner;
        const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF p(c.x() + r * qCos(angle), c.y() + r * qSin(angle));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

class CategoryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), QFontMetrics(option.font).height() + 14));
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
        opt.icon = QIcon();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const PostStyle colours(option.palette, option.font);
        const bool selected = option.state & QStyle::State_Selected;
        const QColor text =
                option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted = selected ? text : colours.mutedText();
        const auto kind = index.data(CategoryTreeModel::NodeKindRole).value<NodeKind>();
        const bool isCategory = kind == NodeKind::Category;
        const bool followed = index.data(CategoryTreeModel::FollowedRole).toBool();
        const Qt::LayoutDirection dir = option.direction;

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QRect content = option.rect.adjusted(6, 0, -6, 0);
        // Leading mark: the category's colour.
        const int square = 10;
        if (isCategory) {
            const QColor colour = index.data(CategoryTreeModel::ColorRole).value<QColor>();
            const QRect dot(content.left(), content.top() + (content.height() - square) / 2, square,
                            square);
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour.isValid() ? colour : muted);
            painter->drawRoundedRect(QStyle::visualRect(dir, option.rect, dot), 3, 3);
        }
        content.setLeft(content.left() + square + 8);

        // Trailing: the follow star, then counts before it.
        int trailing = 0;
        if (isCategory) {
            const QRect star = starRect(option);
            const QPainterPath path = starPath(QRectF(star).adjusted(1, 1, -1, -1));
            painter->setPen(QPen(followed ? colours.accent() : muted, 1.3));
            painter->setBrush(followed ? colours.accent() : Qt::transparent);
            painter->drawPath(path);
            trailing = star.width() + 10;
        }
        QRect countArea = content.adjusted(0, 0, -trailing, 0);
        const int fresh = index.data(CategoryTreeModel::NewCountRole).toInt();
        const int unread = index.data(CategoryTreeModel::UnreadCountRole).toInt();
        const QRect countsVisual = QStyle::visualRect(dir, option.rect, countArea);
        int used = 0;
        if (unread > 0) {
            used += paintBadge(painter, countsVisual, QLocale().toString(unread),
                               PostStyle::mix(colours.accent(),
                                              option.palette.color(QPalette::Base), 0.75),
                               option.palette.color(QPalette::Text), dir, true) +
                    4;
        }
        if (fresh > 0) {
            // New topics in the accent colour; the tooltip and screen readers say "new".
            QRect shifted = countArea.adjusted(0, 0, -used, 0);
            used += paintBadge(painter, QStyle::visualRect(dir, option.rect, shifted),
                               QLocale().toString(fresh), colours.accent(), colours.onAccent(), dir,
                               true) +
                    4;
        }
        QRect nameRect = content.adjusted(0, 0, -(trailing + used + 4), 0);
        QFont font = option.font;
        if (!isCategory || followed)
            font.setWeight(QFont::DemiBold);
        painter->setFont(font);
        painter->setPen(isCategory && !followed ? muted : text);
        painter->drawText(QStyle::visualRect(dir, option.rect, nameRect),
                          QStyle::visualAlignment(dir, Qt::AlignLeft | Qt::AlignVCenter),
                          QFontMetrics(font).elidedText(name, Qt::ElideRight, nameRect.width()));
        painter->restore();
    }

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        if (!(index.flags() & Qt::ItemIsUserCheckable))
            return false;
        const auto toggle = [&] {
            const bool followed = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            return model->setData(index, followed ? Qt::Unchecked : Qt::Checked,
                                  Qt::CheckStateRole);
        };
        if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton &&
                starRect(option).adjusted(-4, -4, 4, 4).contains(mouse->position().toPoint()))
                return toggle();
        } else if (event->type() == QEvent::MouseButtonPress ||
                   event->type() == QEvent::MouseButtonDblClick) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            return starRect(option).adjusted(-4, -4, 4, 4).contains(mouse->position().toPoint());
        } else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Space || key == Qt::Key_Select)
                return toggle();
        }
        return false;
    }
};

} // namespace

CategoryTreeView::CategoryTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(u"categoryTree"_s);
    setAccessibleName(tr("Categories"));
    setModel(&m_model);
    setItemDelegate(new CategoryDelegate(this));
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setIndentation(14);
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMouseTracking(true);

    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { announce(current); });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        expandAll();
        // Keep the person where they were across a reload.
        const QModelIndex again = m_model.indexOfNode(m_selectedKind, m_selectedCategory);
        if (again.isValid()) {
            const QSignalBlocker blocker(selectionModel());
            setCurrentIndex(again);
        }
    });
}

void CategoryTreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Categories"));
        // The model words its rows as it is asked: repaint them, and resize for longer words.
        scheduleDelayedItemsLayout();
    }
    QTreeView::changeEvent(event);
}

void CategoryTreeView::announce(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_selectedKind = index.data(CategoryTreeModel::NodeKindRole).value<NodeKind>();
    m_selectedCategory = index.data(CategoryTreeModel::CategoryIdRole).toLongLong();
    switch (m_selectedKind) {
    case NodeKind::Digest:
        Q_EMIT digestChosen();
        break;
    case NodeKind::Followed:
        Q_EMIT followedChosen();
        break;
    case NodeKind::Category:
        Q_EMIT categoryChosen(m_selectedCategory);
        break;
    }
}

void CategoryTreeView::selectNode(CategoryTreeModel::NodeKind kind, qint64 categoryId)
{
    const QModelIndex index = m_model.indexOfNode(kind, categoryId);
    if (!index.isValid())
        return;
    m_selectedKind = kind;
    m_selectedCategory = categoryId;
    const QSignalBlocker blocker(selectionModel());
    setCurrentIndex(index);
    scrollTo(index);
}

void CategoryTreeView::toggleFollowCurrent()
{
    const QModelIndex index = currentIndex();
    if (!index.isValid() || !(index.flags() & Qt::ItemIsUserCheckable))
        return;
    const bool followed = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    m_model.setData(index, followed ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

void CategoryTreeView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid() || !(index.flags() & Qt::ItemIsUserCheckable))
        return;
    const bool followed = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    QMenu menu(this);
    QAction *action = menu.addAction(followed ? tr("Stop following this category")
                                              : tr("Follow this category"));
    connect(action, &QAction::triggered, this, [this, index, followed] {
        m_model.setData(index, followed ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    menu.exec(event->globalPos());
}

} // namespace outpost::gui
