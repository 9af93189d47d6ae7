// What Discourse adds to posts, rendered for display: images (and their lightbox captions),
// quotes of other posts, oneboxes (link previews), and tables with their size caps.

#include "CookedSanitizer.h"
#include "CookedUrls.h"

#include <QCoreApplication>

namespace outpost::discourse::cooked {

using namespace html;

void Sanitizer::openLink(const Token &token, Frame &frame)
{
    if (token.hasClass(QLatin1StringView("mention")) ||
        token.hasClass(QLatin1StringView("mention-group"))) {
        openElement(frame, Tag::Span, QStringLiteral(" class=\"mention\""));
        return;
    }
    const Attribute *href = token.attribute(QLatin1StringView("href"));
    const QString target =
            href ? cooked::safeLinkTarget(href->rawValue, m_options.baseUrl) : QString();
    if (token.hasClass(QLatin1StringView("lightbox"))) {
        // The image inside gets its own link; the full-size URL goes into its record.
        frame.flags |= LightboxLink;
        m_inLightbox = true;
        m_lightboxFullUrl = target;
        return;
    }
    if (target.isEmpty() || m_linkOpen)
        return;
    const bool hashtag = token.hasClass(QLatin1StringView("hashtag-cooked"));
    openElement(frame, Tag::A,
                QLatin1StringView(" href=\"") + cooked::outpostLink(target) +
                        QLatin1StringView("\""));
    if (frame.flags & Emitted) {
        frame.flags |= LinkFrame;
        m_linkOpen = true;
    }
    // "#category" links: Discourse draws an icon (dropped with the SVG) where we write '#'.
    if (hashtag && (frame.flags & Emitted))
        writeText(u"#");
}

void Sanitizer::writeImage(const Token &token)
{
    const Attribute *altAttribute = token.attribute(QLatin1StringView("alt"));
    const QString alt =
            altAttribute ? altAttribute->value().simplified().left(maxCapture) : QString();
    if (token.hasClass(QLatin1StringView("emoji"))) {
        QString shown = alt;
        if (shown.isEmpty()) {
            if (const Attribute *title = token.attribute(QLatin1StringView("title")))
                shown = title->value().simplified().left(maxCapture);
        }
        const QString unicode = CookedHtml::emojiForShortcode(shown);
        writeText(unicode.isEmpty() ? shown : unicode);
        return;
    }
    if (token.hasClass(QLatin1StringView("avatar")))
        return;
    const Attribute *srcAttribute = token.attribute(QLatin1StringView("src"));
    const QString src = srcAttribute
                                ? cooked::safeImageSource(srcAttribute->rawValue, m_options.baseUrl)
                                : QString();
    if (src.isEmpty()) {
        writeText(alt);
        return;
    }

    CookedImage image;
    image.src = src;
    image.alt = alt;
    if (m_inLightbox)
        image.fullUrl = m_lightboxFullUrl;
    if (const Attribute *w = token.attribute(QLatin1StringView("width")))
        image.width = cooked::dimensionAttribute(w->rawValue);
    if (const Attribute *h = token.attribute(QLatin1StringView("height")))
        image.height = cooked::dimensionAttribute(h->rawValue);
    const qsizetype index = m_result.images.size();
    m_result.images.append(image);
    if (m_inLightbox)
        m_lightboxImage = int(index);
    const QString target = QStringLiteral("outpost-image:") + QString::number(index);

    if (m_options.images == SanitizeOptions::Images::Inline) {
        QString img;
        if (!m_linkOpen)
            img += QLatin1StringView("<a href=\"") + target + QLatin1StringView("\">");
        img += QLatin1StringView("<img src=\"") + target + QLatin1StringView("\"");
        int width = image.width;
        int height = image.height;
        if (width > m_options.maxInlineImageWidth && width > 0) {
            height = int(qint64(height) * m_options.maxInlineImageWidth / width);
            width = m_options.maxInlineImageWidth;
        }
        if (width > 0 && height > 0)
            img += QStringLiteral(" width=\"%1\" height=\"%2\"").arg(width).arg(height);
        img += QLatin1StringView(" alt=\"");
        appendEscaped(img, alt, true);
        img += QLatin1StringView("\">");
        if (!m_linkOpen)
            img += QLatin1StringView("</a>");
        write(img);
        return;
    }
    const QString label = imageLabel(alt, image.width, image.height);
    if (m_linkOpen) {
        writeText(label);
        return;
    }
    QString placeholder =
            QLatin1StringView("<a class=\"image\" href=\"") + target + QLatin1StringView("\">");
    appendEscaped(placeholder, label);
    placeholder += QLatin1StringView("</a>");
    write(placeholder);
}

QString Sanitizer::imageLabel(const QString &alt, int width, int height)
{
    // Multi-argument arg(): an alt text containing "%2" must not be substituted again.
    const bool sized = width > 0 && height > 0;
    if (!alt.isEmpty() && sized)
        //: Placeholder for an image of a post; %1 is its description, %2×%3 its size in pixels
        return QCoreApplication::translate("outpost::discourse", "[Image: %1, %2×%3]")
                .arg(alt, QString::number(width), QString::number(height));
    if (!alt.isEmpty())
        //: Placeholder for an image of a post; %1 is its description
        return QCoreApplication::translate("outpost::discourse", "[Image: %1]").arg(alt);
    if (sized)
        //: Placeholder for an image of a post without description; %1×%2 is its size in pixels
        return QCoreApplication::translate("outpost::discourse", "[Image, %1×%2]")
                .arg(QString::number(width), QString::number(height));
    //: Placeholder for an image of a post without description or size
    return QCoreApplication::translate("outpost::discourse", "[Image]");
}

void Sanitizer::applyLightboxInformation()
{
    if (m_lightboxImage < 0 || m_lightboxImage >= m_result.images.size())
        return;
    CookedImage &image = m_result.images[m_lightboxImage];
    cooked::parseLightboxInformation(m_information, image.originalWidth, image.originalHeight,
                                     image.fileSize);
}

void Sanitizer::openQuote(const Token &token, Frame &frame)
{
    CookedQuote quote;
    if (const Attribute *user = token.attribute(QLatin1StringView("data-username")))
        quote.username = user->value().simplified().left(60);
    if (const Attribute *topic = token.attribute(QLatin1StringView("data-topic")))
        quote.topicId = topic->rawValue.trimmed().toLongLong();
    if (const Attribute *post = token.attribute(QLatin1StringView("data-post")))
        quote.postNumber = post->rawValue.trimmed().toInt();
    if (quote.topicId < 0 || quote.postNumber < 0)
        quote.topicId = quote.postNumber = 0;
    m_result.quotes.append(quote);

    frame.flags |= QuoteAside;
    openQuoteLevel(frame, QLatin1StringView(" class=\"quote\""));

    //: Above quoted text whose author is unknown
    QString attribution = QCoreApplication::translate("outpost::discourse", "Quote:");
    if (!quote.username.isEmpty())
        //: Above quoted text; %1 is the username of the person quoted
        attribution =
                QCoreApplication::translate("outpost::discourse", "%1 said:").arg(quote.username);
    QString line = QStringLiteral("<p class=\"quote-title\">");
    const bool linked = quote.topicId > 0 && quote.postNumber > 0 && !m_linkOpen;
    if (linked)
        line += QStringLiteral("<a href=\"outpost-post:%1/%2\">")
                        .arg(quote.topicId)
                        .arg(quote.postNumber);
    appendEscaped(line, attribution);
    if (linked)
        line += QLatin1StringView("</a>");
    line += QLatin1StringView("</p>");
    write(line);
}

void Sanitizer::openQuoteLevel(Frame &frame, QLatin1StringView attributes)
{
    frame.flags |= QuoteLevel;
    // Past the cap quotes are flattened: their text stays, without more indentation.
    if (m_quoteDepth < m_options.maxQuoteDepth)
        openElement(frame, Tag::Blockquote, attributes);
    ++m_quoteDepth;
}

void Sanitizer::startOnebox(const Token &token, Frame &frame, bool video)
{
    skip(frame);
    frame.flags |= OneboxRoot;
    m_onebox = {};
    m_onebox.active = true;
    if (const Attribute *src = token.attribute(QLatin1StringView("data-onebox-src")))
        m_onebox.url = cooked::safeLinkTarget(src->rawValue, m_options.baseUrl);
    if (video) {
        if (const Attribute *title = token.attribute(QLatin1StringView("data-video-title")))
            m_onebox.title = title->value().simplified().left(maxCapture);
    }
}

void Sanitizer::openInsideSkipped(const Token &token, Frame &frame)
{
    if (!m_onebox.active || m_skipDepth != 1) {
        if ((m_skipDepth == 1 && token.tag == Tag::Span &&
             token.hasClass(QLatin1StringView("informations"))) ||
            m_captureInformationDepth > 0) {
            frame.flags |= CaptureInformation;
            ++m_captureInformationDepth;
        }
        return;
    }
    switch (token.tag) {
    case Tag::H3:
    case Tag::H4:
        if (m_onebox.title.isEmpty()) {
            frame.flags |= CaptureTitle;
            ++m_captureTitleDepth;
        }
        break;
    case Tag::Header:
        frame.flags |= CaptureDomain;
        ++m_captureDomainDepth;
        break;
    case Tag::P:
        if (m_onebox.description.isEmpty() && m_captureDomainDepth == 0) {
            frame.flags |= CaptureDescription;
            ++m_captureDescriptionDepth;
        }
        break;
    case Tag::A:
        if (m_onebox.url.isEmpty()) {
            if (const Attribute *href = token.attribute(QLatin1StringView("href")))
                m_onebox.url = cooked::safeLinkTarget(href->rawValue, m_options.baseUrl);
        }
        break;
    default:
        break;
    }
}

void Sanitizer::captureText(QStringView raw)
{
    auto add = [&](QString &into) {
        if (into.size() < maxCapture)
            appendDecoded(into, raw.left(4 * maxCapture));
    };
    if (m_captureTitleDepth > 0)
        add(m_onebox.title);
    else if (m_captureDomainDepth > 0)
        add(m_onebox.domain);
    else if (m_captureDescriptionDepth > 0)
        add(m_onebox.description);
    else if (m_captureInformationDepth > 0 && m_information.size() < 100)
        appendDecoded(m_information, raw.left(100));
}

void Sanitizer::writeOnebox()
{
    m_onebox.active = false;
    QString title = m_onebox.title.simplified().left(maxCapture);
    QString domain = m_onebox.domain.simplified().left(100);
    QString description = m_onebox.description.simplified();
    if (description.size() > maxCapture)
        description = description.left(maxCapture) + QChar(0x2026);
    const QString &url = m_onebox.url;
    if (domain.isEmpty() && !url.isEmpty())
        domain = QUrl(url).host();
    if (title.isEmpty())
        title = url.isEmpty() ? domain : url;
    if (title.isEmpty() && description.isEmpty())
        return;

    const bool asCard = m_depth + 3 < m_options.maxDepth;
    QString card = asCard ? QStringLiteral("<table class=\"onebox\" width=\"100%\" border=\"1\" "
                                           "cellspacing=\"0\" cellpadding=\"6\"><tr><td>")
                          : QStringLiteral("<p class=\"onebox\">");
    const bool linked = !url.isEmpty() && !m_linkOpen;
    if (linked)
        card += QLatin1StringView("<a href=\"") + cooked::outpostLink(url) +
                QLatin1StringView("\">");
    card += QLatin1StringView("<b>");
    appendEscaped(card, title);
    card += QLatin1StringView("</b>");
    if (linked)
        card += QLatin1StringView("</a>");
    if (!domain.isEmpty() && domain != title) {
        card += QLatin1StringView("<br><span class=\"onebox-domain\">");
        appendEscaped(card, domain);
        card += QLatin1StringView("</span>");
    }
    if (!description.isEmpty()) {
        card += QLatin1StringView("<br>");
        appendEscaped(card, description);
    }
    card += asCard ? QLatin1StringView("</td></tr></table>") : QLatin1StringView("</p>");
    write(card);
}

void Sanitizer::openTable(Frame &frame)
{
    frame.flags |= TableFrame;
    openElement(frame, Tag::Table,
                QStringLiteral(" border=\"1\" cellspacing=\"0\" cellpadding=\"4\""));
    m_tables.append(TableState{(frame.flags & Emitted) != 0, 0, 0});
}

void Sanitizer::openRow(Frame &frame)
{
    if (m_tables.isEmpty())
        return;
    TableState &table = m_tables.last();
    if (table.rows >= m_options.maxTableRows) {
        ++table.skippedRows;
        skip(frame);
        return;
    }
    ++table.rows;
    if (table.emitted)
        openElement(frame, Tag::Tr, {});
}

void Sanitizer::openCell(const Token &token, Frame &frame, Frame *parent)
{
    if (m_tables.isEmpty() || !parent || parent->tag != Tag::Tr)
        return;
    // The row's frame counts its cells in its high bits (its data holds the Tag to close).
    const quint32 cells = parent->flags >> 16;
    if (int(cells) >= m_options.maxTableColumns) {
        skip(frame);
        return;
    }
    parent->flags = (parent->flags & 0xFFFFu) | ((cells + 1) << 16);
    if (!m_tables.last().emitted)
        return;
    QString attributes = alignAttribute(token);
    for (const char *name : {"colspan", "rowspan"}) {
        if (const Attribute *span = token.attribute(QLatin1StringView(name))) {
            const int n = std::min(cooked::dimensionAttribute(span->rawValue), 50);
            if (n > 1)
                attributes += QStringLiteral(" %1=\"%2\"").arg(QLatin1StringView(name)).arg(n);
        }
    }
    openElement(frame, token.tag, attributes);
}

} // namespace outpost::discourse::cooked
