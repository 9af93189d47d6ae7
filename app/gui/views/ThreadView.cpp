#include "views/ThreadView.h"

#include "AppContext.h"
#include "Clock.h"
#include "ForumSession.h"
#include "store/CacheReader.h"
#include "store/StoreError.h"
#include "style/PostStyle.h"
#include "style/TimeText.h"
#include "views/PostWidget.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outpost::gui {

// The title block above the posts: the topic's title, where it is, how much of it is here.
class TopicHeader : public QWidget
{
public:
    explicit TopicHeader(QWidget *parent)
        : QWidget(parent)
        , title(new QLabel(this))
        , meta(new QLabel(this))
        , notice(new QLabel(this))
        , download(new QPushButton(this))
    {
        setObjectName(u"topicHeader"_s);
        title->setObjectName(u"topicTitle"_s);
        title->setWordWrap(true);
        title->setTextFormat(Qt::PlainText);
        title->setTextInteractionFlags(Qt::TextSelectableByMouse);
        meta->setObjectName(u"topicMeta"_s);
        meta->setWordWrap(true);
        meta->setTextFormat(Qt::PlainText);
        notice->setObjectName(u"topicNotice"_s);
        notice->setWordWrap(true);
        notice->setTextFormat(Qt::PlainText);
        download->setObjectName(u"downloadTopicButton"_s);
        auto *noticeRow = new QHBoxLayout;
        noticeRow->setContentsMargins(0, 0, 0, 0);
        noticeRow->addWidget(notice, 1);
        noticeRow->addWidget(download, 0, Qt::AlignVCenter);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(12, 4, 12, 8);
        layout->setSpacing(6);
        layout->addWidget(title);
        layout->addWidget(meta);
        layout->addLayout(noticeRow);
    }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return layout()->totalHeightForWidth(width); }

    QLabel *title;
    QLabel *meta;
    QLabel *notice;
    QPushButton *download;
};

ThreadView::ThreadView(AppContext &context, ImageController &images, QWidget *parent)
    : QScrollArea(parent)
    , m_context(context)
    , m_images(images)
    , m_canvas(new QWidget)
    , m_header(new TopicHeader(m_canvas))
    , m_earlier(new QPushButton(m_canvas))
    , m_footer(new QWidget(m_canvas))
    , m_footerText(new QLabel(m_footer))
    , m_empty(new QLabel(m_canvas))
{
    setObjectName(u"threadView"_s);
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    m_canvas->setObjectName(u"threadCanvas"_s);
    m_canvas->setBackgroundRole(QPalette::Base);
    m_canvas->setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setWidget(m_canvas);
    verticalScrollBar()->setSingleStep(40);

    connect(m_header->download, &QPushButton::clicked, this, [this] {
        if (m_model.hasTopic())
            Q_EMIT downloadTopicRequested(m_model.topicId());
    });
    m_earlier->setObjectName(u"earlierPostsButton"_s);
    m_earlier->setFlat(true);
    connect(m_earlier, &QPushButton::clicked, this, [this] {
        const Anchor anchor = captureAnchor();
        if (m_firstRow == 0)
            m_model.fetchEarlier();
        for (int i = 0; i < ThreadModel::defaultPageSize && m_firstRow > 0; ++i)
            prependPost();
        relayout();
        restoreAnchor(anchor);
    });
    m_footer->setObjectName(u"threadFooter"_s);
    m_footerText->setObjectName(u"threadFooterText"_s);
    m_footerText->setWordWrap(true);
    m_footerText->setAlignment(Qt::AlignCenter);
    auto *footerLayout = new QVBoxLayout(m_footer);
    footerLayout->setContentsMargins(12, 16, 12, 16);
    footerLayout->addWidget(m_footerText);
    m_empty->setObjectName(u"threadEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    retranslateUi();

    rebuildStyle();

    connect(&m_model, &QAbstractItemModel::modelReset, this, &ThreadView::rebuildPosts);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { insertPosts(first, last); });
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { removePosts(first, last); });
    connect(&m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                updatePosts(from.row(), to.row());
            });
    connect(&m_model, &ThreadModel::topicChanged, this, &ThreadView::updateFooter);

    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(500);
    connect(&m_readTimer, &QTimer::timeout, this, &ThreadView::flushRead);
    m_fillTimer.setSingleShot(true);
    m_fillTimer.setInterval(0);
    connect(&m_fillTimer, &QTimer::timeout, this, &ThreadView::fillSome);
    m_canvas->installEventFilter(this); // the fill starts once the first screen is painted
    rebuildPosts();
}

ThreadView::~ThreadView()
{
    saveState();
}

void ThreadView::setSession(ForumSession *session)
{
    saveState();
    m_session = session;
    m_model.setSession(session);
    if (session)
        connect(session, &ForumSession::cacheChanged, this, [this] {
            if (!m_model.hasTopic())
                return;
            const Anchor anchor = captureAnchor();
            m_model.refresh();
            relayout();
            restoreAnchor(anchor);
            loadAround(); // new posts at the end come in if the person is near it
        });
}

void ThreadView::rebuildStyle()
{
    m_style = std::make_unique<PostStyle>(palette(), font());
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setWeight(QFont::DemiBold);
    m_header->title->setFont(titleFont);
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, m_style->mutedText());
    m_header->meta->setPalette(muted);
    m_header->notice->setPalette(muted);
    m_footerText->setPalette(muted);
    m_empty->setPalette(muted);
}

int ThreadView::columnWidth() const
{
    return std::max(200, std::min(viewport()->width() - 24, m_style->maxReadingWidth()));
}

void ThreadView::updateFooter()
{
    if (!m_model.hasTopic()) {
        m_header->hide();
        m_footer->hide();
        m_earlier->hide();
        m_empty->show();
        return;
    }
    m_empty->hide();
    m_header->show();
    const store::TopicSummary &t = m_model.topic();
    m_header->title->setText(t.topic.title);
    QStringList meta;
    if (m_session) {
        const QString category = m_session->categoryName(t.topic.categoryId);
        if (!category.isEmpty())
            meta << category;
    }
    meta << tr("%n reply(s)", nullptr, t.topic.replies());
    if (t.topic.views > 0)
        meta << tr("%n view(s)", nullptr, t.topic.views);
    meta << tr("last activity %1").arg(TimeText::relative(t.topic.bumpedAt, m_now));
    if (t.topic.pinned)
        meta << tr("pinned");
    if (t.topic.closed)
        meta << tr("closed");
    if (t.topic.archived)
        meta << tr("archived");
    // The interface's direction, whatever the category's name is written in.
    const QChar mark = layoutDirection() == Qt::RightToLeft ? QChar(0x200F) : QChar(0x200E);
    m_header->meta->setText(mark + meta.join(mark + u"  ·  "_s + mark) + mark);
    const int missing = std::max(0, t.topic.postsCount - t.postsCached);
    m_header->notice->setVisible(missing > 0);
    m_header->download->setVisible(missing > 0);
    if (missing > 0)
        //: %1 is how many posts of the topic are in the offline copy, %n how many it has
        m_header->notice->setText(tr("Downloaded: %1 of %n post(s).", nullptr, t.topic.postsCount)
                                          .arg(t.postsCached));
    m_earlier->setVisible(m_firstRow > 0 || m_model.canFetchEarlier());
    m_footer->show();
    if (m_model.hasMoreAfter())
        m_footerText->setText(tr("Loading more posts…"));
    else if (missing > 0)
        m_footerText->setText(tr("The rest of this topic is not downloaded yet."));
    else
        //: Shown below the last post of a topic
        m_footerText->setText(tr("That’s the whole topic."));
}

void ThreadView::relayout()
{
    const int viewWidth = viewport()->width();
    const int width = columnWidth();
    const int x = std::max(0, (viewWidth - width) / 2);
    int y = 20;
    if (!m_model.hasTopic()) {
        m_empty->setGeometry(0, 0, viewWidth, viewport()->height());
        m_canvas->resize(viewWidth, viewport()->height());
        return;
    }
    const int headerHeight = m_header->heightForWidth(width);
    m_header->setGeometry(x, y, width, headerHeight);
    y += headerHeight + 6;
    m_earlier->setVisible(m_firstRow > 0 || m_model.canFetchEarlier());
    if (m_earlier->isVisible()) {
        const QSize hint = m_earlier->sizeHint();
        m_earlier->setGeometry(x + (width - hint.width()) / 2, y, hint.width(), hint.height());
        y += hint.height() + 6;
    }
    for (PostWidget *post : std::as_const(m_posts)) {
        const int h = post->heightForWidth(width);
        post->setGeometry(x, y, width, h);
        y += h;
    }
    const int footerHeight = m_footer->layout()->totalHeightForWidth(width);
    m_footer->setGeometry(x, y, width, footerHeight);
    y += footerHeight + 24;
    m_canvas->resize(viewWidth, std::max(y, viewport()->height()));
}

bool ThreadView::openTopic(qint64 topicId, std::optional<int> postNumber)
{
    saveState();
    if (!m_session)
        return false;
    int target = 1;
    int offset = 0;
    if (postNumber) {
        target = *postNumber;
    } else if (auto saved = m_session->readingPosition(topicId)) {
        target = saved->postNumber;
        offset = saved->offset;
    } else {
        try {
            if (auto topic = m_session->reader().topic(topicId)) {
                const int lastRead = topic->lastReadPostNumber;
                if (lastRead > 0 && topic->lastCachedPostNumber &&
                    lastRead < *topic->lastCachedPostNumber)
                    target = lastRead + 1;
            }
        } catch (const store::StoreError &error) {
            m_session->reportStoreError(error);
        }
    }
    m_now = m_context.clock().nowUtc();
    m_loading = true;
    const bool found = m_model.openTopic(topicId, target);
    m_loading = false;
    if (!found) {
        updateFooter();
        relayout();
        return false;
    }
    // Listed, but none of its posts downloaded yet: the header and the footer say so (and
    // offer the download); there is no post to scroll to.
    if (m_model.rowCount() == 0) {
        updateFooter();
        relayout();
        Q_EMIT topicOpened(topicId);
        return true;
    }
    const int shown =
            m_model.rowOfPostNumber(target) >= 0 ? target : m_model.postAt(0).post.postNumber;
    // Only the screen's posts are built now; the rest of the window after the first paint.
    scrollToPost(shown, offset);
    m_currentPost = 0;
    setCurrentPost(postNumber ? shown : currentPostNumber());
    updateFooter();
    Q_EMIT topicOpened(topicId);
    return true;
}

void ThreadView::closeTopic()
{
    saveState();
    m_model.close();
    Q_EMIT topicClosed();
}

void ThreadView::saveState()
{
    collectSeen();
    flushRead();
    if (!m_session || !m_model.hasTopic() || m_posts.isEmpty())
        return;
    const Anchor anchor = captureAnchor();
    if (anchor.postNumber > 0)
        m_session->setReadingPosition(m_model.topicId(), {anchor.postNumber, anchor.offset});
}

void ThreadView::loadAround()
{
    if (m_loading || !m_model.hasTopic())
        return;
    m_loading = true;
    buildVisible();
    prefetch();
    QScrollBar *bar = verticalScrollBar();
    if (m_model.rowCount() > maxLoadedPosts) {
        const int row = m_firstRow + std::max(0, builtIndexAt(bar->value()));
        const Anchor anchor = captureAnchor();
        if (row > m_model.rowCount() / 2)
            m_model.trim(std::max(0, row - ThreadModel::defaultPageSize), m_model.rowCount() - 1);
        else
            m_model.trim(0, row + maxLoadedPosts / 2);
        relayout();
        restoreAnchor(anchor);
    }
    updateFooter();
    m_loading = false;
    if (!m_fillAfterPaint && (m_firstRow > 0 || builtEnd() < m_model.rowCount()))
        m_fillTimer.start();
}

void ThreadView::viewMoved()
{
    collectSeen();
    loadAround();
}

void ThreadView::scrollContentsBy(int dx, int dy)
{
    QScrollArea::scrollContentsBy(dx, dy);
    if (!m_loading)
        viewMoved();
}

void ThreadView::resizeEvent(QResizeEvent *event)
{
    // At the very top of the topic the person sees its title: it stays in view, however the
    // title wraps at the new width.
    const bool atTitle = verticalScrollBar()->value() == 0 && m_firstRow == 0 &&
                         m_model.hasTopic() && !m_model.canFetchEarlier();
    const Anchor anchor = captureAnchor();
    QScrollArea::resizeEvent(event);
    relayout();
    if (!atTitle)
        restoreAnchor(anchor);
    if (!m_loading)
        viewMoved();
}

void ThreadView::retranslateUi()
{
    setAccessibleName(tr("Topic"));
    m_header->download->setText(tr("Download all posts"));
    m_header->download->setAccessibleName(tr("Download all posts of this topic"));
    m_earlier->setText(tr("Show earlier posts"));
    m_empty->setText(tr("Choose a topic to read it here."));
}

void ThreadView::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange) {
        // The posts say "edited", "#12", "5 minutes ago" and the like in the new language.
        retranslateUi();
        const Anchor anchor = captureAnchor();
        rebuildPosts();
        restoreAnchor(anchor);
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        rebuildStyle();
        const Anchor anchor = captureAnchor();
        rebuildPosts();
        restoreAnchor(anchor);
    }
}

} // namespace outpost::gui
