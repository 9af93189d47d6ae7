#pragma once

#include "models/ThreadModel.h"

#include <QDateTime>
#include <QPointer>
#include <QScrollArea>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace outpost::gui {

class AppContext;
class ForumSession;
class ImageController;
class PostStyle;
class PostWidget;
class TopicHeader;

// A topic as a column of posts. Only a window of the thread is read from the cache: it opens
// at the reading position, grows a page at a time as the person scrolls either way (keeping
// what they look at in place), and drops far-away posts. Of that window, only the posts on
// the screen are built as widgets before the first paint; the rest follow in short slices
// after it, or at once when the person scrolls or jumps to them. Posts whose end came into
// view are marked read; where the person stopped is kept per topic.
class ThreadView : public QScrollArea
{
    Q_OBJECT
public:
    ThreadView(AppContext &context, ImageController &images, QWidget *parent = nullptr);
    ~ThreadView() override;

    void setSession(ForumSession *session);
    ThreadModel *model() { return &m_model; }

    // Opens a topic at `postNumber`, or where the person left it, or at its first unread post.
    bool openTopic(qint64 topicId, std::optional<int> postNumber = std::nullopt);
    void closeTopic();
    qint64 topicId() const { return m_model.topicId(); }
    // The post at the top of the view.
    int currentPostNumber() const;

    void nextPost();
    void previousPost();
    void jumpToPost(int postNumber);

    // For tests and the benchmark: the posts that exist as widgets.
    int postWidgetCount() const { return int(m_posts.size()); }
    PostWidget *postWidget(int postNumber) const;
    QWidget *canvas() const { return m_canvas; }
    // Stores the reading position and pending read marks now (the view also does it itself).
    void saveState();

    static constexpr int maxLoadedPosts = 100;

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void downloadTopicRequested(qint64 topicId);
    void topicOpened(qint64 topicId);
    void topicClosed();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Anchor
    {
        int postNumber = 0;
        int offset = 0;
    };
    void retranslateUi();
    void rebuildPosts();
    void insertPosts(int first, int last);
    void removePosts(int first, int last);
    void updatePosts(int first, int last);
    PostWidget *createPost(int row);
    // The built posts are the model rows [m_firstRow, builtEnd()), one widget each.
    int builtEnd() const { return m_firstRow + int(m_posts.size()); }
    bool isBuilt(int row) const { return row >= m_firstRow && row < builtEnd(); }
    PostWidget *appendPost();
    PostWidget *prependPost();
    void clearPosts();
    // Builds the post of `row` and the posts that fill a screen from `offset` pixels into it.
    void buildScreenAt(int row, int offset);
    // The screen's posts, built now when the person scrolls to where none are.
    void buildVisible();
    // Reads a page more from the cache when what is built ends within two screens.
    void prefetch();
    void fillSome();
    void relayout();
    Anchor captureAnchor() const;
    void restoreAnchor(const Anchor &anchor);
    void scrollToPost(int postNumber, int offset = 0);
    void viewMoved();
    void loadAround();
    void collectSeen();
    void flushRead();
    void setCurrentPost(int postNumber);
    int builtIndexAt(int y) const;
    int columnWidth() const;
    void rebuildStyle();
    void updateFooter();

    AppContext &m_context;
    ImageController &m_images;
    QPointer<ForumSession> m_session;
    ThreadModel m_model;
    std::unique_ptr<PostStyle> m_style;
    QWidget *m_canvas;
    TopicHeader *m_header;
    QPushButton *m_earlier;
    QWidget *m_footer;
    QLabel *m_footerText;
    QLabel *m_empty;
    QList<PostWidget *> m_posts; // the built posts, from model row m_firstRow on
    int m_firstRow = 0;
    QSet<int> m_seen; // post numbers seen since the last flush
    QTimer m_readTimer;
    QTimer m_fillTimer; // builds the rest of the window a slice at a time
    bool m_fillAfterPaint = false;
    QDateTime m_now;
    int m_currentPost = 0;
    bool m_loading = false;
    bool m_relayoutPending = false;
};

} // namespace outpost::gui
