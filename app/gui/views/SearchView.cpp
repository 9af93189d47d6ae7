#include "views/SearchView.h"

#include "AppContext.h"
#include "Clock.h"
#include "ForumSession.h"
#include "store/SearchIndex.h"
#include "style/PostStyle.h"
#include "style/TimeText.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace outpost::gui {

namespace {

constexpr qint64 kAllCategories = -1;
constexpr qint64 kFollowedCategories = -2;

// Title and snippet come with markers around the matched words; they are drawn with a
// QTextLayout of as many lines as fit, the matches bold on a soft marker. (A QTextDocument
// per text, with its HTML and style sheet parsed on every paint, made painting a page of
// results cost as much as the search itself.)
class SearchResultDelegate : public QStyledItemDelegate
{
public:
    SearchResultDelegate(std::function<QDateTime()> now, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_now(std::move(now))
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics metrics(option.font);
        return QSize(200, metrics.height() * 5 + 22);
    }

    // Draws `marked` in at most `maxLines` lines from `topLeft`; returns the height used.
    static int drawMarked(QPainter *painter, const QString &marked, const QPoint &topLeft,
                          int width, const QFont &font, const QColor &colour, const QColor &marker,
                          Qt::LayoutDirection direction, int maxLines)
    {
        QString text;
        text.reserve(marked.size());
        QList<QTextLayout::FormatRange> matches;
        QTextCharFormat match;
        match.setFontWeight(QFont::Bold);
        if (marker.isValid())
            match.setBackground(marker);
        for (const QChar c : marked) {
            if (c == QChar(store::highlightStart)) {
                matches.append({int(text.size()), 0, match});
            } else if (c == QChar(store::highlightEnd)) {
                if (!matches.isEmpty())
                    matches.last().length = int(text.size()) - matches.last().start;
            } else {
                text.append(c == u'\n' ? QChar(u' ') : c);
            }
        }
        QTextLayout layout(text, font);
        QTextOption textOption;
        textOption.setTextDirection(direction);
        textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(textOption);
        layout.setFormats(matches);
        layout.beginLayout();
        qreal height = 0;
        for (int lines = 0; lines < maxLines; ++lines) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();
        painter->save();
        painter->setPen(colour);
        layout.draw(painter, topLeft);
        painter->restore();
        return int(std::ceil(height));
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, option.widget);
        const bool selected = option.state & QStyle::State_Selected;
        const PostStyle colours(option.palette, option.font);
        // Matched words: bold on a soft marker, which reads on both palettes.
        const QColor marker =
                selected ? QColor()
                         : PostStyle::mix(option.palette.color(QPalette::Base), QColor(255, 210, 0),
                                          colours.isDark() ? 0.30 : 0.40);
        const QColor text =
                option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted = selected ? text : colours.mutedText();
        const QRect area = option.rect.adjusted(12, 8, -12, -8);
        const QFontMetrics metrics(option.font);

        QFont titleFont = option.font;
        titleFont.setWeight(QFont::DemiBold);
        int y = area.top();
        y += drawMarked(painter, index.data(SearchResultsModel::TitleMarkedRole).toString(),
                        QPoint(area.left(), y), area.width(), titleFont, text, marker,
                        option.direction, 1);
        y += 2;
        const QString meta =
                QCoreApplication::translate("outpost::gui::SearchView",
                                            "%1  ·  @%2  ·  %3  ·  post %4")
                        .arg(index.data(SearchResultsModel::CategoryNameRole).toString(),
                             index.data(SearchResultsModel::UsernameRole).toString(),
                             TimeText::compact(
                                     index.data(SearchResultsModel::CreatedAtRole).toDateTime(),
                                     m_now()))
                        .arg(index.data(SearchResultsModel::PostNumberRole).toInt());
        painter->save();
        painter->setPen(muted);
        painter->drawText(
                QRect(area.left(), y, area.width(), metrics.height()),
                QStyle::visualAlignment(option.direction, Qt::AlignLeft | Qt::AlignVCenter),
                metrics.elidedText(meta, Qt::ElideRight, area.width()));
        painter->restore();
        y += metrics.height() + 3;
        drawMarked(painter, index.data(SearchResultsModel::SnippetMarkedRole).toString(),
                   QPoint(area.left(), y), area.width(), option.font, text, marker,
                   option.direction, 2);
        painter->fillRect(
                QRect(option.rect.left() + 12, option.rect.bottom(), option.rect.width() - 24, 1),
                colours.separator());
    }

private:
    std::function<QDateTime()> m_now;
};

} // namespace

SearchView::SearchView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_summary(new QLabel(this))
    , m_category(new QComboBox(this))
    , m_list(new QListView(this))
{
    setObjectName(u"searchPane"_s);
    m_summary->setObjectName(u"searchSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont font = m_summary->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setWeight(QFont::DemiBold);
    m_summary->setFont(font);
    m_category->setObjectName(u"searchCategory"_s);
    m_list->setObjectName(u"searchResults"_s);
    m_list->setModel(&m_model);
    m_list->setItemDelegate(
            new SearchResultDelegate([this] { return m_context.clock().nowUtc(); }, m_list));
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFrameShape(QFrame::NoFrame);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_summary, 1);
    controls->addWidget(m_category);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(12, 0, 12, 0);
    header->addLayout(controls);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);

    connect(m_category, &QComboBox::activated, this, [this] { search(m_text); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT resultChosen(current.data(SearchResultsModel::TopicIdRole).toLongLong(),
                                        current.data(SearchResultsModel::PostNumberRole).toInt());
            });
    retranslateUi();
}

void SearchView::retranslateUi()
{
    m_category->setAccessibleName(tr("Search in"));
    m_list->setAccessibleName(tr("Search results"));
    fillCategories();
    updateSummary();
}

void SearchView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SearchView::setSession(ForumSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_model.setSession(session);
    if (session)
        connect(session, &ForumSession::cacheChanged, this, &SearchView::fillCategories);
    fillCategories();
}

void SearchView::fillCategories()
{
    const qint64 chosen = m_category->currentData().isValid()
                                  ? m_category->currentData().toLongLong()
                                  : kAllCategories;
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), kAllCategories);
    m_category->addItem(tr("Followed categories"), kFollowedCategories);
    if (m_session) {
        QList<discourse::Category> categories = m_session->categories().values();
        std::sort(categories.begin(), categories.end(),
                  [](const auto &a, const auto &b) { return a.position < b.position; });
        for (const discourse::Category &c : std::as_const(categories))
            m_category->addItem(c.name, c.id);
    }
    const int again = m_category->findData(chosen);
    m_category->setCurrentIndex(again >= 0 ? again : 0);
}

QList<qint64> SearchView::chosenCategories() const
{
    const qint64 chosen = m_category->currentData().toLongLong();
    if (chosen == kAllCategories || !m_session)
        return {};
    if (chosen == kFollowedCategories) {
        QList<qint64> ids = m_session->followedIds();
        // Nothing followed: search nothing rather than everything.
        return ids.isEmpty() ? QList<qint64>{0} : ids;
    }
    return {chosen};
}

void SearchView::search(const QString &text)
{
    m_text = text;
    m_model.search(text, chosenCategories());
    updateSummary();
}

void SearchView::updateSummary()
{
    if (m_text.trimmed().isEmpty()) {
        m_summary->setText(tr("Type to search everything you have downloaded."));
        return;
    }
    const int count = m_model.rowCount();
    if (count == 0)
        m_summary->setText(tr("Nothing downloaded matches “%1”.").arg(m_text.trimmed()));
    else if (m_model.canFetchMore({}))
        m_summary->setText(tr("Best matches for “%1”").arg(m_text.trimmed()));
    else
        m_summary->setText(tr("%n post(s) match “%1”", nullptr, count).arg(m_text.trimmed()));
}

} // namespace outpost::gui
