// ThreadView: where the reader is. The post at the top of the view and the anchor that keeps
// it there across a relayout, the keyboard's current post and its moves, and the posts seen
// to their end that become read.

#include "ForumSession.h"
#include "views/PostWidget.h"
#include "views/ThreadView.h"

#include <QKeyEvent>
#include <QScrollBar>

#include <algorithm>

namespace outpost::gui {

int ThreadView::builtIndexAt(int y) const
{
    // Posts are stacked top to bottom: the last one starting at or above y.
    auto it = std::upper_bound(m_posts.cbegin(), m_posts.cend(), y,
                               [](int value, const PostWidget *w) { return value < w->y(); });
    if (it == m_posts.cbegin())
        return m_posts.isEmpty() ? -1 : 0;
    return int(it - m_posts.cbegin()) - 1;
}

ThreadView::Anchor ThreadView::captureAnchor() const
{
    const int value = verticalScrollBar()->value();
    const int row = builtIndexAt(value);
    if (row < 0)
        return {};
    const PostWidget *post = m_posts.at(row);
    return {post->postNumber(), value - post->y()};
}

void ThreadView::restoreAnchor(const Anchor &anchor)
{
    if (anchor.postNumber > 0)
        scrollToPost(anchor.postNumber, anchor.offset);
}

void ThreadView::scrollToPost(int postNumber, int offset)
{
    if (m_model.rowOfPostNumber(postNumber) < 0)
        return;
    const bool wasLoading = m_loading;
    m_loading = true; // a programmatic scroll must not load or trim under itself
    buildScreenAt(m_model.rowOfPostNumber(postNumber), offset);
    relayout();
    // Building may have read earlier posts into the model: the row moves.
    const int row = m_model.rowOfPostNumber(postNumber);
    if (isBuilt(row)) {
        // The first post: show the topic's title above it too.
        const bool atStart = row == 0 && offset == 0 && !m_model.canFetchEarlier();
        verticalScrollBar()->setValue(atStart ? 0 : m_posts.at(row - m_firstRow)->y() + offset);
    }
    m_loading = wasLoading;
}

int ThreadView::currentPostNumber() const
{
    // The post the keyboard or a jump is on, while it is on screen (a jump near the end of a
    // topic cannot bring its post to the top); otherwise the post at the top.
    if (const PostWidget *current = postWidget(m_currentPost)) {
        const int top = verticalScrollBar()->value();
        if (current->geometry().bottom() > top && current->y() < top + viewport()->height())
            return m_currentPost;
    }
    const int row = builtIndexAt(verticalScrollBar()->value() + 2);
    return row >= 0 ? m_posts.at(row)->postNumber() : 0;
}

PostWidget *ThreadView::postWidget(int postNumber) const
{
    const int row = m_model.rowOfPostNumber(postNumber);
    return row >= 0 && isBuilt(row) ? m_posts.at(row - m_firstRow) : nullptr;
}

void ThreadView::collectSeen()
{
    if (!m_model.hasTopic() || m_posts.isEmpty())
        return;
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    const int first = std::max(0, builtIndexAt(top));
    for (int row = first; row < m_posts.size(); ++row) {
        const PostWidget *post = m_posts.at(row);
        if (post->y() > bottom)
            break;
        // Seen when its end came into view: a long post counts once read to the end.
        if (post->geometry().bottom() <= bottom + 8 && !m_model.postAt(m_firstRow + row).read)
            m_seen.insert(post->postNumber());
    }
    if (!m_seen.isEmpty() && !m_readTimer.isActive())
        m_readTimer.start();
}

void ThreadView::flushRead()
{
    m_readTimer.stop();
    if (m_seen.isEmpty() || !m_session || !m_model.hasTopic()) {
        m_seen.clear();
        return;
    }
    QList<int> rows;
    for (int number : std::as_const(m_seen)) {
        const int row = m_model.rowOfPostNumber(number);
        if (row >= 0)
            rows.append(row);
    }
    m_seen.clear();
    const QList<int> numbers = m_model.markRowsRead(rows);
    m_session->markRead(m_model.topicId(), numbers);
}

void ThreadView::setCurrentPost(int postNumber)
{
    if (PostWidget *old = postWidget(m_currentPost))
        old->setCurrent(false);
    m_currentPost = postNumber;
    if (PostWidget *now = postWidget(postNumber))
        now->setCurrent(true);
}

void ThreadView::jumpToPost(int postNumber)
{
    if (!m_model.hasTopic())
        return;
    if (m_model.rowOfPostNumber(postNumber) < 0) {
        m_loading = true;
        m_model.openTopic(m_model.topicId(), postNumber);
        m_loading = false;
    }
    scrollToPost(postNumber);
    setCurrentPost(postNumber);
    loadAround();
    collectSeen();
}

void ThreadView::nextPost()
{
    if (!m_model.hasTopic())
        return;
    const int current = m_currentPost > 0 ? m_currentPost : currentPostNumber();
    int row = m_model.rowOfPostNumber(current);
    if (row + 1 >= m_model.rowCount() && m_model.canFetchMore({}))
        m_model.loadMore();
    row = m_model.rowOfPostNumber(current);
    if (row >= 0 && row + 1 < m_model.rowCount())
        jumpToPost(m_model.postAt(row + 1).post.postNumber);
}

void ThreadView::previousPost()
{
    if (!m_model.hasTopic())
        return;
    const int current = m_currentPost > 0 ? m_currentPost : currentPostNumber();
    if (m_model.rowOfPostNumber(current) == 0 && m_model.canFetchEarlier())
        m_model.fetchEarlier(); // built by the jump below
    const int row = m_model.rowOfPostNumber(current);
    if (row > 0)
        jumpToPost(m_model.postAt(row - 1).post.postNumber);
}

void ThreadView::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *bar = verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Space:
        bar->triggerAction(event->modifiers() & Qt::ShiftModifier
                                   ? QAbstractSlider::SliderPageStepSub
                                   : QAbstractSlider::SliderPageStepAdd);
        return;
    case Qt::Key_Home:
        if (m_model.hasTopic() && m_model.topic().firstCachedPostNumber)
            jumpToPost(*m_model.topic().firstCachedPostNumber);
        return;
    case Qt::Key_End:
        if (m_model.hasTopic() && m_model.topic().lastCachedPostNumber)
            jumpToPost(*m_model.topic().lastCachedPostNumber);
        return;
    default:
        QScrollArea::keyPressEvent(event);
    }
}

} // namespace outpost::gui
