#pragma once

#include "store/CacheTypes.h"

#include <QDateTime>
#include <QFrame>
#include <QUrl>

class QLabel;

namespace outpost::gui {

class ImageController;
class PostBrowser;
class PostStyle;

// One post of a thread: who wrote it and when (relative, exact on hover), whether it was
// edited, what it replies to, and its body. Small actions ("closed this topic") get one line.
class PostWidget : public QFrame
{
    Q_OBJECT
public:
    PostWidget(ImageController *images, QWidget *parent = nullptr);

    void setPost(const store::CachedPost &post, const QUrl &forumBase, const QDateTime &now,
                 const PostStyle &style);
    const store::CachedPost &post() const { return m_post; }
    int postNumber() const { return m_post.post.postNumber; }
    PostBrowser *browser() const { return m_body; }

    void setRead(bool read);
    // The post the keyboard is on (N/P): drawn with a tint.
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    // Refreshes the relative time ("5 minutes ago") without re-rendering the body.
    void updateTimes(const QDateTime &now);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void heightChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString actionText() const;
    void updateAccessibleName();

    store::CachedPost m_post;
    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_username;
    QLabel *m_edited;
    QLabel *m_time;
    QLabel *m_number;
    QLabel *m_replyTo;
    QLabel *m_action;
    PostBrowser *m_body;
    QWidget *m_header;
    bool m_current = false;
    bool m_read = true;
    QColor m_separator;
    QColor m_currentTint;
    QColor m_unreadMark;
};

} // namespace outpost::gui
