#pragma once

#include "discourse/CookedHtml.h"

#include <QPointer>
#include <QTextBrowser>

namespace outpost::gui {

class ImageController;
class PostStyle;

// The body of one post: Discourse's cooked HTML after CookedHtml::sanitizeForDisplay, shown by
// Qt's rich-text engine. It never loads anything itself: loadResource() answers pictures of the
// post from the image cache (through ImageController) and refuses every other resource —
// remote, local file, data: or qrc — so no post can make Outpost touch the network or the
// disk. Links are not followed here; they are handed to the thread view as outpost-* URLs.
class PostBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PostBrowser(ImageController *images, QWidget *parent = nullptr);

    // Sanitizes and shows a post. `forumBase` resolves the post's relative links and pictures.
    void setPost(const QString &cooked, const QUrl &forumBase, const PostStyle &style);
    // Shows HTML that is already safe (the sanitizer's output), with its pictures.
    void setSafeHtml(const QString &html, const QList<discourse::CookedImage> &images,
                     const PostStyle &style);
    const QList<discourse::CookedImage> &images() const { return m_images; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Every resource the rich-text engine asked for, and how many were refused (tests).
    const QList<QUrl> &requestedResources() const { return m_requested; }
    int refusedResources() const { return m_refused; }

Q_SIGNALS:
    // An outpost-link:, outpost-post: or outpost-image: URL was activated.
    void linkActivated(const QUrl &url);
    // The document's height for the current width changed (a picture arrived).
    void heightChanged();

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;

private:
    void fitImages(int width);
    void keepDirectionAuto();
    void refreshResource(int index, int width);
    void imageChanged(const QString &url);
    int contentWidth(int widgetWidth) const;

    QPointer<ImageController> m_imageController;
    QList<discourse::CookedImage> m_images;
    QList<QUrl> m_requested;
    int m_refused = 0;
    int m_fittedWidth = -1;
};

} // namespace outpost::gui
