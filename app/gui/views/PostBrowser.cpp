#include "views/PostBrowser.h"

#include "controllers/ImageController.h"
#include "controllers/LinkPolicy.h"
#include "style/PostStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace outpost::gui {

namespace {
const QString kImageScheme = u"outpost-image"_s;

int imageIndexOf(const QString &name)
{
    if (!name.startsWith(kImageScheme + u':'))
        return -1;
    bool ok = false;
    const int index = QStringView(name).mid(kImageScheme.size() + 1).toInt(&ok);
    return ok ? index : -1;
}
} // namespace

PostBrowser::PostBrowser(ImageController *images, QWidget *parent)
    : QTextBrowser(parent)
    , m_imageController(images)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
    document()->setDocumentMargin(0);
    document()->setUndoRedoEnabled(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // A picture placeholder belongs to this post: the person asked for that picture.
        const int index = imageIndexOf(url.toString());
        if (index >= 0) {
            if (index < m_images.size() && m_imageController)
                m_imageController->requestByPerson(m_images.at(index).src);
            return;
        }
        Q_EMIT linkActivated(url);
    });
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this,
            [this](const QUrl &url) {
                if (url.isEmpty()) {
                    setToolTip(QString());
                    return;
                }
                const LinkPolicy::Target target = LinkPolicy::classify(url, QUrl());
                switch (target.kind) {
                case LinkPolicy::Target::Kind::External:
                    setToolTip(target.url.toDisplayString());
                    break;
                case LinkPolicy::Target::Kind::ForumPost:
                    setToolTip(tr("Go to post %1 of this forum").arg(target.postNumber));
                    break;
                case LinkPolicy::Target::Kind::Image:
                    setToolTip(tr("Download this picture"));
                    break;
                case LinkPolicy::Target::Kind::Invalid:
                    setToolTip(QString());
                    break;
                }
            });
    if (m_imageController)
        connect(m_imageController, &ImageController::imageChanged, this,
                &PostBrowser::imageChanged);
}

void PostBrowser::setPost(const QString &cooked, const QUrl &forumBase, const PostStyle &style)
{
    discourse::SanitizeOptions options;
    options.baseUrl = forumBase;
    options.images = discourse::SanitizeOptions::Images::Inline;
    const discourse::SanitizedHtml safe =
            discourse::CookedHtml::sanitizeForDisplay(cooked, options);
    setSafeHtml(safe.html, safe.images, style);
}

void PostBrowser::setSafeHtml(const QString &html, const QList<discourse::CookedImage> &images,
                              const PostStyle &style)
{
    m_images = images;
    m_fittedWidth = -1;
    document()->setDefaultFont(style.bodyFont());
    document()->setDefaultStyleSheet(style.styleSheet());
    // Discourse ends code blocks with a line break, which the rich-text engine draws as an
    // empty tinted line.
    QString trimmed = html;
    trimmed.replace(u"\n</code></pre>"_s, u"</code></pre>"_s);
    trimmed.replace(u"\n</pre>"_s, u"</pre>"_s);
    setHtml(style.quotesAsCards(trimmed));
    keepDirectionAuto();
    if (width() > 0)
        fitImages(contentWidth(width()));
    updateGeometry();
}

void PostBrowser::keepDirectionAuto()
{
    // A post reads in its own direction whatever the interface's: an Arabic post right to
    // left in an English interface, an English one left to right in an Arabic interface. The
    // first strong character of each paragraph decides, unless the document's default
    // (which a text edit sets from the widget's direction) overrides it.
    QTextOption option = document()->defaultTextOption();
    if (option.textDirection() != Qt::LayoutDirectionAuto) {
        option.setTextDirection(Qt::LayoutDirectionAuto);
        document()->setDefaultTextOption(option);
    }
}

int PostBrowser::contentWidth(int widgetWidth) const
{
    return std::max(40, widgetWidth - 2 * frameWidth());
}

int PostBrowser::heightForWidth(int width) const
{
    auto *self = const_cast<PostBrowser *>(this);
    const int content = contentWidth(width);
    self->fitImages(content);
    QTextDocument *doc = self->document();
    if (!qFuzzyCompare(doc->textWidth(), qreal(content)))
        doc->setTextWidth(content);
    const int height = int(std::ceil(doc->size().height())) + 2 * frameWidth();
    // Layouts also ask at widths the browser will not get (a scroll area tries its width with
    // and without a scroll bar). A browser on screen goes back to its own width, or it would
    // draw its text wrapped for another width and cut off what no longer fits.
    const int own = contentWidth(this->width());
    if (isVisible() && own != content) {
        self->fitImages(own);
        doc->setTextWidth(own);
    }
    return height;
}

QSize PostBrowser::sizeHint() const
{
    const int w = width() > 0 ? width() : 480;
    return QSize(w, heightForWidth(w));
}

QSize PostBrowser::minimumSizeHint() const
{
    return QSize(80, 0);
}

void PostBrowser::fitImages(int width)
{
    if (m_images.isEmpty() || width == m_fittedWidth)
        return;
    m_fittedWidth = width;
    struct Change
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Change> changes;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const int index = imageIndexOf(format.name());
            if (index < 0 || index >= m_images.size())
                continue;
            const discourse::CookedImage &image = m_images.at(index);
            QSize size(image.width, image.height);
            if (m_imageController)
                size = m_imageController->displaySize(image, width);
            else if (!size.isValid() || size.isEmpty())
                size = QSize(1, 1);
            if (qRound(format.width()) == size.width() && qRound(format.height()) == size.height())
                continue;
            format.setWidth(size.width());
            format.setHeight(size.height());
            changes.append({fragment.position(), fragment.length(), format});
        }
    }
    if (changes.isEmpty())
        return;
    QTextCursor cursor(document());
    for (const Change &change : std::as_const(changes)) {
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(change.format);
        // Replace the picture drawn at the old size (an added resource wins over the
        // document's cache of what loadResource() answered before).
        refreshResource(imageIndexOf(change.format.name()), width);
    }
}

void PostBrowser::refreshResource(int index, int width)
{
    if (index < 0 || index >= m_images.size() || !m_imageController)
        return;
    document()->addResource(
            QTextDocument::ImageResource, QUrl(kImageScheme + u':' + QString::number(index)),
            m_imageController->imageFor(m_images.at(index), width, palette(), devicePixelRatioF()));
}

QVariant PostBrowser::loadResource(int type, const QUrl &name)
{
    m_requested.append(name);
    const int index = imageIndexOf(name.toString());
    if (type == QTextDocument::ImageResource && index >= 0 && index < m_images.size() &&
        m_imageController) {
        return m_imageController->imageFor(m_images.at(index), contentWidth(width()), palette(),
                                           devicePixelRatioF());
    }
    // Never anything else. A null QVariant would let QTextDocument fall back to reading local
    // files and data: URLs itself, so refusals are answered with a value: a blank pixel for
    // pictures, empty bytes for style sheets and the rest.
    ++m_refused;
    if (type == QTextDocument::ImageResource) {
        QImage blank(1, 1, QImage::Format_ARGB32_Premultiplied);
        blank.fill(Qt::transparent);
        return blank;
    }
    return QByteArray();
}

void PostBrowser::imageChanged(const QString &url)
{
    bool mine = false;
    for (const discourse::CookedImage &image : std::as_const(m_images))
        mine = mine || image.src == url;
    if (!mine)
        return;
    const int before = int(std::ceil(document()->size().height()));
    m_fittedWidth = -1;
    fitImages(contentWidth(width()));
    for (int i = 0; i < m_images.size(); ++i) {
        if (m_images.at(i).src == url)
            refreshResource(i, contentWidth(width()));
    }
    document()->markContentsDirty(0, document()->characterCount());
    viewport()->update();
    if (int(std::ceil(document()->size().height())) != before) {
        updateGeometry();
        Q_EMIT heightChanged();
    }
}

void PostBrowser::resizeEvent(QResizeEvent *event)
{
    fitImages(contentWidth(event->size().width()));
    QTextBrowser::resizeEvent(event);
}

void PostBrowser::wheelEvent(QWheelEvent *event)
{
    // The post has no scroll range of its own: the thread scrolls.
    event->ignore();
}

bool PostBrowser::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange) {
        const bool handled = QTextBrowser::event(event);
        keepDirectionAuto();
        return handled;
    }
    // Typed keys belong to the window's shortcuts (J/K/N/P), not to a read-only text.
    if (event->type() == QEvent::ShortcutOverride)
        return QWidget::event(event);
    return QTextBrowser::event(event);
}

} // namespace outpost::gui
