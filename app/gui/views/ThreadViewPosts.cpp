// ThreadView: which posts of the model's window exist as widgets, and where they stand.
//
// Building a post (its widgets, the sanitized HTML, the rich-text layout) is what opening a
// long thread costs: about 5 to 15 ms a post. So the screen's posts are built before the
// first paint and the rest of the window after it, a slice of a few milliseconds at a time,
// nearest first. A scroll or a jump to posts not built yet builds them at once. The built
// posts are always one contiguous run of model rows.

#include "AppContext.h"
#include "Clock.h"
#include "ForumSession.h"
#include "style/PostStyle.h"
#include "views/PostWidget.h"
#include "views/ThreadView.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QScrollBar>

namespace outpost::gui {

namespace {
// How long one slice of the after-paint building may hold the GUI thread.
constexpr int kFillSliceMs = 8;
// Rows this close to the built run are built up to it; farther ones start a new run.
constexpr int kJoinRows = 3;
} // namespace

PostWidget *ThreadView::createPost(int row)
{
    auto *widget = new PostWidget(&m_images, m_canvas);
    const int width = columnWidth();
    // Sized and shown while still empty: the rich-text engine then lays the post out once,
    // at the column's width. Filled first, it would lay it out again when shown and again
    // when resized to the column.
    widget->setGeometry(0, 0, width, 1);
    widget->show();
    const ForumSession *session = m_session.data(); // GCC cannot follow QPointer's check
    const QUrl base(session ? session->forum().baseUrl : QString());
    widget->setPost(m_model.postAt(row), base, m_now, *m_style);
    widget->setCurrent(m_currentPost > 0 && widget->postNumber() == m_currentPost);
    widget->resize(width, widget->heightForWidth(width));
    connect(widget, &PostWidget::linkActivated, this, &ThreadView::linkActivated);
    connect(widget, &PostWidget::heightChanged, this, [this] {
        if (m_relayoutPending)
            return;
        m_relayoutPending = true;
        QMetaObject::invokeMethod(
                this,
                [this] {
                    m_relayoutPending = false;
                    const Anchor anchor = captureAnchor();
                    relayout();
                    restoreAnchor(anchor);
                },
                Qt::QueuedConnection);
    });
    return widget;
}

PostWidget *ThreadView::appendPost()
{
    PostWidget *widget = createPost(builtEnd());
    m_posts.append(widget);
    return widget;
}

PostWidget *ThreadView::prependPost()
{
    PostWidget *widget = createPost(m_firstRow - 1);
    m_posts.prepend(widget);
    --m_firstRow;
    return widget;
}

void ThreadView::clearPosts()
{
    qDeleteAll(m_posts);
    m_posts.clear();
    m_firstRow = 0;
}

void ThreadView::rebuildPosts()
{
    m_fillTimer.stop();
    clearPosts();
    m_currentPost = 0;
    m_now = m_context.clock().nowUtc();
    // Whoever reset the model builds the screen it wants; the rest comes after the paint.
    m_fillAfterPaint = true;
    updateFooter();
    relayout();
}

void ThreadView::insertPosts(int first, int last)
{
    const int count = last - first + 1;
    if (m_posts.isEmpty()) {
        m_firstRow = 0;
    } else if (first <= m_firstRow) {
        m_firstRow += count; // earlier posts: built later, above what is shown
    } else if (first < builtEnd()) {
        // Inside the built run (the model does not do this today): keep the run whole.
        for (int row = first; row <= last; ++row)
            m_posts.insert(row - m_firstRow, createPost(row));
        relayout();
    }
    if (!m_fillAfterPaint)
        m_fillTimer.start();
}

void ThreadView::removePosts(int first, int last)
{
    bool removed = false;
    for (int row = std::min(last, builtEnd() - 1); row >= std::max(first, m_firstRow); --row) {
        delete m_posts.takeAt(row - m_firstRow);
        removed = true;
    }
    m_firstRow -= std::max(0, std::min(last, m_firstRow - 1) - first + 1);
    if (m_posts.isEmpty())
        m_firstRow = 0;
    if (removed)
        relayout();
}

void ThreadView::updatePosts(int first, int last)
{
    bool changed = false;
    for (int row = std::max(first, m_firstRow); row <= last && row < builtEnd(); ++row) {
        const store::CachedPost &now = m_model.postAt(row);
        PostWidget *widget = m_posts.at(row - m_firstRow);
        const store::CachedPost &shown = widget->post();
        // Read marks alone keep the post as it was drawn when the topic opened: the bar
        // shows what was new in this reading.
        if (now.post.version != shown.post.version || now.post.cooked != shown.post.cooked) {
            const ForumSession *session = m_session.data();
            const QUrl base(session ? session->forum().baseUrl : QString());
            widget->setPost(now, base, m_now, *m_style);
            changed = true;
        }
    }
    if (changed)
        relayout();
}

void ThreadView::buildScreenAt(int row, int offset)
{
    if (row < 0 || row >= m_model.rowCount())
        return;
    if (!isBuilt(row)) {
        if (m_posts.isEmpty() || row < m_firstRow - kJoinRows || row >= builtEnd() + kJoinRows) {
            // A jump away from what is built: start a new run there.
            clearPosts();
            m_firstRow = row;
            appendPost();
        }
        while (row < m_firstRow)
            prependPost();
        while (row >= builtEnd())
            appendPost();
    }
    const int need = viewport()->height() + viewport()->height() / 4 + std::max(0, offset);
    int below = 0;
    for (int i = row - m_firstRow; i < m_posts.size(); ++i)
        below += m_posts.at(i)->height();
    while (below < need) {
        if (builtEnd() >= m_model.rowCount()) {
            if (!m_model.canFetchMore({}))
                break;
            m_model.loadMore();
            if (builtEnd() >= m_model.rowCount())
                break;
        }
        below += appendPost()->height();
    }
    // Near the topic's end the posts below cannot fill the screen: the posts above do.
    int above = 0;
    for (int i = 0; i < row - m_firstRow; ++i)
        above += m_posts.at(i)->height();
    while (below + above < need) {
        if (m_firstRow == 0 && (!m_model.canFetchEarlier() || m_model.fetchEarlier() == 0))
            break;
        above += prependPost()->height();
    }
}

void ThreadView::buildVisible()
{
    if (m_posts.isEmpty())
        return;
    QScrollBar *bar = verticalScrollBar();
    const int viewHeight = viewport()->height();
    // Below: the screen and a screen more, so a scroll keeps finding posts.
    const int wanted = bar->value() + 2 * viewHeight;
    int bottom = m_posts.constLast()->geometry().bottom();
    bool grew = false;
    while (bottom < wanted) {
        if (builtEnd() >= m_model.rowCount()) {
            if (!m_model.canFetchMore({}))
                break;
            m_model.loadMore();
            if (builtEnd() >= m_model.rowCount())
                break;
        }
        bottom += appendPost()->height();
        grew = true;
    }
    if (grew)
        relayout();
    // Above: near the top of what is built, a screen of earlier posts (what is seen stays).
    if (bar->value() < viewHeight && (m_firstRow > 0 || m_model.canFetchEarlier())) {
        const Anchor anchor = captureAnchor();
        int added = 0;
        while (added < viewHeight) {
            if (m_firstRow == 0 && (!m_model.canFetchEarlier() || m_model.fetchEarlier() == 0))
                break;
            added += prependPost()->height();
        }
        relayout();
        restoreAnchor(anchor);
    }
}

void ThreadView::prefetch()
{
    if (!m_model.hasTopic())
        return;
    const int top = verticalScrollBar()->value();
    const int viewHeight = viewport()->height();
    if (builtEnd() >= m_model.rowCount() && m_model.canFetchMore({}) &&
        m_canvas->height() - (top + viewHeight) < viewHeight * 2)
        m_model.loadMore();
    // Rows read before the window stay unbuilt until the fill or a scroll reaches them.
    if (m_firstRow == 0 && top < viewHeight && m_model.canFetchEarlier())
        m_model.fetchEarlier();
}

void ThreadView::fillSome()
{
    if (!m_model.hasTopic() || m_posts.isEmpty())
        return;
    const bool wasLoading = m_loading;
    m_loading = true;
    if (builtEnd() >= m_model.rowCount() && m_firstRow == 0)
        prefetch();
    QElapsedTimer slice;
    slice.start();
    const Anchor anchor = captureAnchor();
    bool built = false;
    // The rest of the window below first (reading goes down), then above.
    while (slice.elapsed() < kFillSliceMs) {
        if (builtEnd() < m_model.rowCount())
            appendPost();
        else if (m_firstRow > 0)
            prependPost();
        else
            break;
        built = true;
    }
    if (built) {
        relayout();
        restoreAnchor(anchor);
        updateFooter();
        m_fillTimer.start();
    }
    m_loading = wasLoading;
}

bool ThreadView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && event->type() == QEvent::Paint && m_fillAfterPaint) {
        m_fillAfterPaint = false;
        m_fillTimer.start();
    }
    return QScrollArea::eventFilter(watched, event);
}

} // namespace outpost::gui
