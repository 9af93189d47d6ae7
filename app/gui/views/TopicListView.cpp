#include "views/TopicListView.h"

#include "AppContext.h"
#include "Clock.h"
#include "ForumSession.h"
#include "style/PostStyle.h"
#include "views/TopicDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outpost::gui {

TopicListView::TopicListView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_sort(new QComboBox(this))
    , m_filter(new QComboBox(this))
    , m_filterText(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_emptyPage(new QWidget(this))
    , m_emptyText(new QLabel(m_emptyPage))
    , m_emptyAction(new QPushButton(m_emptyPage))
{
    setObjectName(u"topicListPane"_s);
    m_title->setObjectName(u"topicListTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_subtitle->setObjectName(u"topicListSubtitle"_s);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);

    m_sort->setObjectName(u"topicSort"_s);
    for (const auto sort :
         {TopicListModel::Sort::Activity, TopicListModel::Sort::Created,
          TopicListModel::Sort::Replies, TopicListModel::Sort::Views, TopicListModel::Sort::Title})
        m_sort->addItem(QString(), QVariant::fromValue(sort));
    m_filter->setObjectName(u"topicFilter"_s);
    for (const auto filter : {TopicListModel::Filter::All, TopicListModel::Filter::Unread,
                              TopicListModel::Filter::New, TopicListModel::Filter::NotDownloaded})
        m_filter->addItem(QString(), QVariant::fromValue(filter));
    m_filterText->setObjectName(u"topicFilterText"_s);
    m_filterText->setClearButtonEnabled(true);

    m_list->setObjectName(u"topicList"_s);
    m_list->setModel(&m_model);
    m_list->setItemDelegate(
            new TopicDelegate([this] { return m_context.clock().nowUtc(); }, m_list));
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true);

    m_emptyPage->setObjectName(u"topicListEmpty"_s);
    m_emptyText->setObjectName(u"topicListEmptyText"_s);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyAction->setObjectName(u"topicListEmptyAction"_s);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    auto *controls = new QHBoxLayout;
    controls->setSpacing(6);
    controls->addWidget(m_filterText, 1);
    controls->addWidget(m_filter);
    controls->addWidget(m_sort);

    auto *body = new QWidget(this);
    m_stack = new QStackedLayout(body);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_emptyPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    auto *headerLayout = new QVBoxLayout;
    headerLayout->setContentsMargins(12, 0, 12, 0);
    headerLayout->setSpacing(2);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_subtitle);
    headerLayout->addSpacing(4);
    headerLayout->addLayout(controls);
    layout->addLayout(headerLayout);
    layout->addWidget(body, 1);

    connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this] { m_model.setSort(m_sort->currentData().value<TopicListModel::Sort>()); });
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_model.setFilter(m_filter->currentData().value<TopicListModel::Filter>()); });
    auto *textTimer = new QTimer(this);
    textTimer->setSingleShot(true);
    textTimer->setInterval(120);
    connect(m_filterText, &QLineEdit::textChanged, textTimer, qOverload<>(&QTimer::start));
    connect(textTimer, &QTimer::timeout, this,
            [this] { m_model.setTextFilter(m_filterText->text()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT topicChosen(current.data(TopicListModel::TopicIdRole).toLongLong());
            });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &TopicListView::updateEmptyState);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &TopicListView::updateEmptyState);
    connect(m_emptyAction, &QPushButton::clicked, this, [this] {
        if (!m_followed && m_categoryId > 0)
            Q_EMIT followRequested(m_categoryId);
    });

    const PostStyle style(palette(), font());
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, style.mutedText());
    m_subtitle->setPalette(muted);
    m_emptyText->setPalette(muted);
    retranslateUi();
}

void TopicListView::retranslateUi()
{
    m_sort->setAccessibleName(tr("Sort topics"));
    m_sort->setItemText(0, tr("Latest activity"));
    m_sort->setItemText(1, tr("Newest topics"));
    m_sort->setItemText(2, tr("Most replies"));
    m_sort->setItemText(3, tr("Most views"));
    m_sort->setItemText(4, tr("Title"));
    m_filter->setAccessibleName(tr("Show topics"));
    m_filter->setItemText(0, tr("All topics"));
    m_filter->setItemText(1, tr("Unread"));
    m_filter->setItemText(2, tr("New"));
    m_filter->setItemText(3, tr("Not fully downloaded"));
    m_filterText->setPlaceholderText(tr("Filter by title"));
    m_filterText->setAccessibleName(tr("Filter topics by title"));
    if (auto *clear = m_filterText->findChild<QAction *>(u"_q_qlineeditclearaction"_s))
        clear->setText(tr("Clear the filter"));
    m_list->setAccessibleName(tr("Topics"));
    refreshHeader();
    updateEmptyState();
}

void TopicListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TopicListView::setSession(ForumSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_model.setSession(session);
    if (session) {
        connect(session, &ForumSession::followsChanged, this, [this] {
            if (m_followed)
                showFollowed();
            else
                refreshHeader();
            updateEmptyState();
        });
        connect(session, &ForumSession::cacheChanged, this, &TopicListView::refreshHeader);
    }
    showFollowed();
}

void TopicListView::showFollowed()
{
    const qint64 keep = currentTopicId();
    m_followed = true;
    m_categoryId = 0;
    m_model.showCategories(m_session ? m_session->followedIds() : QList<qint64>());
    refreshHeader();
    if (keep)
        selectTopic(keep);
}

void TopicListView::showCategory(qint64 categoryId)
{
    m_followed = false;
    m_categoryId = categoryId;
    m_model.showCategories({categoryId});
    refreshHeader();
}

void TopicListView::refreshHeader()
{
    // A plain pointer: GCC cannot follow QPointer's null check at -O2.
    const ForumSession *session = m_session.data();
    if (!session) {
        m_title->setText(tr("Topics"));
        m_subtitle->clear();
        return;
    }
    if (m_followed) {
        m_title->setText(tr("Followed topics"));
        m_subtitle->setText(tr("The newest topics of the %n categories you follow.", nullptr,
                               int(session->followed().size())));
    } else {
        const discourse::Category category = session->categories().value(m_categoryId);
        m_title->setText(category.name);
        m_subtitle->setText(category.descriptionText.left(240));
    }
    updateEmptyState();
}

void TopicListView::updateEmptyState()
{
    // A plain pointer: GCC cannot follow QPointer's null check at -O2.
    const ForumSession *session = m_session.data();
    const bool empty = m_model.rowCount() == 0;
    m_stack->setCurrentWidget(empty ? m_emptyPage : static_cast<QWidget *>(m_list));
    m_emptyAction->hide();
    if (!empty)
        return;
    const bool filtered =
            m_model.filter() != TopicListModel::Filter::All || !m_model.textFilter().isEmpty();
    if (!session) {
        m_emptyText->setText(tr("No forum is open."));
    } else if (filtered) {
        m_emptyText->setText(tr("No downloaded topic matches."));
    } else if (m_followed && session->followed().isEmpty()) {
        m_emptyText->setText(tr("You do not follow any category yet. Mark the categories you "
                                "care about with the star in the sidebar, then sync."));
    } else if (!m_followed && !session->isFollowed(m_categoryId)) {
        m_emptyText->setText(tr("You do not follow this category, so its topics are not "
                                "downloaded. Follow it and they will be at the next sync."));
        m_emptyAction->setText(tr("Follow this category"));
        m_emptyAction->show();
    } else {
        m_emptyText->setText(tr("Nothing is downloaded here yet. Sync to download the topics."));
    }
}

qint64 TopicListView::currentTopicId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(TopicListModel::TopicIdRole).toLongLong() : 0;
}

bool TopicListView::selectTopic(qint64 topicId)
{
    const int row = m_model.rowOfTopic(topicId);
    if (row < 0)
        return false;
    const QSignalBlocker blocker(m_list->selectionModel());
    m_list->setCurrentIndex(m_model.index(row));
    m_list->scrollTo(m_model.index(row));
    m_list->viewport()->update();
    return true;
}

void TopicListView::selectRow(int row)
{
    if (row < 0 || row >= m_model.rowCount())
        return;
    const QModelIndex index = m_model.index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void TopicListView::nextTopic()
{
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() + 1 : 0;
    if (row >= m_model.rowCount() && m_model.canFetchMore({}))
        m_model.loadMore();
    selectRow(row);
}

void TopicListView::previousTopic()
{
    const QModelIndex current = m_list->currentIndex();
    selectRow(current.isValid() ? current.row() - 1 : 0);
}

} // namespace outpost::gui
