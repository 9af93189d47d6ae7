// CookedHtml::sanitizeForDisplay: cooked HTML -> the safe rich-text subset QTextBrowser shows.
// An allowlist: every tag and attribute we write is chosen here; nothing of the input's
// markup is copied through. The output is balanced by construction (HtmlTree closes every
// element it opened) and bounded in size and depth.

#include "CookedSanitizer.h"

#include "CookedUrls.h"

#include <QCoreApplication>

#include <limits>

namespace outpost::discourse {

namespace cooked {

using namespace html;

Sanitizer::Sanitizer(qsizetype inputSize, const SanitizeOptions &options)
    : m_options(options)
{
    m_out.reserve(std::min(inputSize + inputSize / 4, options.maxOutputLength) + 256);
}

SanitizedHtml Sanitizer::result()
{
    if (m_result.truncated) {
        m_out += QLatin1StringView("<p class=\"outpost-note\"><i>");
        appendEscaped(m_out,
                      QCoreApplication::translate("outpost::discourse",
                                                  "This post is too long to show in full here."));
        m_out += QLatin1StringView("</i></p>");
    }
    m_result.html = std::move(m_out);
    return std::move(m_result);
}

void Sanitizer::text(const Token &token, Frame *)
{
    if (token.rawText)
        return;
    if (m_skipDepth > 0) {
        captureText(token.text);
        return;
    }
    m_scratch.clear();
    appendDecoded(m_scratch, token.text);
    writeText(m_scratch);
}

void Sanitizer::voidElement(const Token &token, Frame *)
{
    if (m_skipDepth > 0)
        return;
    switch (token.tag) {
    case Tag::Br:
        write(QLatin1StringView("<br>"));
        break;
    case Tag::Hr:
        write(QLatin1StringView("<hr>"));
        break;
    case Tag::Img:
        writeImage(token);
        break;
    default:
        break; // input, embed, source, ...: nothing to show
    }
}

void Sanitizer::open(const Token &token, Frame &frame, Frame *parent)
{
    if (m_skipDepth > 0) {
        openInsideSkipped(token, frame);
        return;
    }
    const Tag tag = token.tag;
    switch (tag) {
    case Tag::Script:
    case Tag::Style:
    case Tag::Iframe:
    case Tag::Object:
    case Tag::Svg:
    case Tag::Math:
    case Tag::Template:
    case Tag::Noscript:
    case Tag::Textarea:
    case Tag::Select:
    case Tag::Button:
    case Tag::Title:
    case Tag::Head:
    case Tag::Frameset:
    case Tag::Frame:
    case Tag::Applet:
    case Tag::Audio:
    case Tag::Video:
    case Tag::Canvas:
    case Tag::Dialog:
    case Tag::Map:
    case Tag::Noembed:
    case Tag::Noframes:
    case Tag::Xmp:
    case Tag::Plaintext:
    case Tag::Rp:
    case Tag::Option:
    case Tag::Optgroup:
        skip(frame);
        return;
    case Tag::Aside:
        if (token.hasClass(QLatin1StringView("quote")))
            openQuote(token, frame);
        else if (token.hasClass(QLatin1StringView("onebox")))
            startOnebox(token, frame, false);
        else
            openElement(frame, Tag::Div, {});
        return;
    case Tag::Div:
        if (token.hasClass(QLatin1StringView("meta")) &&
            (parent && (parent->flags & LightboxLink))) {
            skip(frame);
            frame.flags |= LightboxMeta;
            m_information.clear();
        } else if (token.hasClass(QLatin1StringView("quote-controls")) ||
                   (parent && (parent->flags & QuoteAside) &&
                    token.hasClass(QLatin1StringView("title")))) {
            skip(frame); // our attribution line replaces Discourse's
        } else if (token.hasClass(QLatin1StringView("lazy-video-container")) ||
                   token.hasClass(QLatin1StringView("onebox"))) {
            startOnebox(token, frame, true);
        } else {
            openElement(frame, Tag::Div, blockAttributes(token));
        }
        return;
    case Tag::Blockquote:
        if (parent && (parent->flags & QuoteAside) && !(parent->flags & QuoteInnerUnwrapped)) {
            parent->flags |= QuoteInnerUnwrapped; // the aside already wrote <blockquote>
            return;
        }
        openQuoteLevel(frame, QLatin1StringView());
        return;
    case Tag::A:
        openLink(token, frame);
        return;
    case Tag::P:
    case Tag::H1:
    case Tag::H2:
    case Tag::H3:
    case Tag::H4:
    case Tag::H5:
    case Tag::H6:
    case Tag::Li:
    case Tag::Dd:
    case Tag::Dt:
    case Tag::Ul:
    case Tag::Dl:
    case Tag::Pre:
        openElement(frame, tag, blockAttributes(token));
        return;
    case Tag::Ol:
        openElement(frame, tag, blockAttributes(token) + startAttribute(token));
        return;
    case Tag::B:
    case Tag::Strong:
    case Tag::I:
    case Tag::Em:
    case Tag::U:
    case Tag::S:
    case Tag::Sub:
    case Tag::Sup:
    case Tag::Small:
    case Tag::Big:
    case Tag::Code:
    case Tag::Kbd:
    case Tag::Samp:
    case Tag::Var:
    case Tag::Tt:
    case Tag::Cite:
        openElement(frame, tag, {});
        return;
    case Tag::Strike:
    case Tag::Del:
        openElement(frame, Tag::S, {});
        return;
    case Tag::Ins:
        openElement(frame, Tag::U, {});
        return;
    case Tag::Mark:
        openElement(frame, Tag::Span, QStringLiteral(" class=\"mark\""));
        return;
    case Tag::Span:
        if (token.hasClass(QLatin1StringView("spoiler")))
            openElement(frame, Tag::Span, QStringLiteral(" class=\"spoiler\""));
        return;
    case Tag::Details:
        openElement(frame, Tag::Div, QStringLiteral(" class=\"details\""));
        return;
    case Tag::Summary:
        openElement(frame, Tag::P, {});
        if (frame.flags & Emitted) {
            if (write(QLatin1StringView("<b>")))
                frame.flags |= SummaryFrame;
        }
        return;
    case Tag::Figure:
    case Tag::Figcaption:
    case Tag::Section:
    case Tag::Article:
    case Tag::Header:
    case Tag::Footer:
    case Tag::Main:
    case Tag::Nav:
    case Tag::Address:
    case Tag::Center:
    case Tag::Caption:
    case Tag::Fieldset:
    case Tag::Legend:
        openElement(frame, Tag::Div, blockAttributes(token));
        return;
    case Tag::Table:
        openTable(frame);
        return;
    case Tag::Thead:
    case Tag::Tbody:
    case Tag::Tfoot:
        if (!m_tables.isEmpty() && m_tables.last().emitted)
            openElement(frame, tag, {});
        return;
    case Tag::Tr:
        openRow(frame);
        return;
    case Tag::Td:
    case Tag::Th:
        openCell(token, frame, parent);
        return;
    default:
        return; // unknown and presentational elements: keep the content, drop the tag
    }
}

void Sanitizer::close(Frame &frame, Frame *)
{
    const quint32 flags = frame.flags;
    if (flags & CaptureTitle)
        --m_captureTitleDepth;
    if (flags & CaptureDomain)
        --m_captureDomainDepth;
    if (flags & CaptureDescription)
        --m_captureDescriptionDepth;
    if (flags & CaptureInformation)
        --m_captureInformationDepth;
    if (flags & SkipRoot) {
        --m_skipDepth;
        if (flags & OneboxRoot)
            writeOnebox();
        if (flags & LightboxMeta)
            applyLightboxInformation();
        return;
    }
    if (flags & QuoteLevel)
        --m_quoteDepth;
    if (flags & SummaryFrame)
        writeClosing(QLatin1StringView("</b>"));
    if (flags & Emitted) {
        writeClosing(QLatin1StringView("</"));
        writeClosing(tagName(Tag(frame.data)));
        writeClosing(QLatin1StringView(">"));
        --m_depth;
    }
    if (flags & LinkFrame)
        m_linkOpen = false;
    if (flags & LightboxLink) {
        m_inLightbox = false;
        m_lightboxFullUrl.clear();
        m_lightboxImage = -1;
    }
    if (flags & TableFrame) {
        const TableState table = m_tables.last();
        m_tables.removeLast();
        if (table.skippedRows > 0 && !stopped()) {
            QString note = QStringLiteral("<p class=\"outpost-note\"><i>");
            appendEscaped(note,
                          QCoreApplication::translate("outpost::discourse",
                                                      "Table shortened: %n more row(s) not shown.",
                                                      nullptr, table.skippedRows));
            note += QLatin1StringView("</i></p>");
            write(note);
        }
    }
}

bool Sanitizer::write(QStringView markup)
{
    // All or nothing: a piece of markup that does not fit ends the output before it, so a cut
    // never leaves half a tag or an element without its end.
    if (stopped())
        return false;
    if (m_out.size() + markup.size() > m_options.maxOutputLength) {
        m_result.truncated = true;
        return false;
    }
    m_out += markup;
    return true;
}

bool Sanitizer::write(QLatin1StringView markup)
{
    return write(QStringView(QString(markup)));
}

void Sanitizer::writeText(QStringView text)
{
    if (stopped())
        return;
    const qsizetype room = m_options.maxOutputLength - m_out.size();
    if (text.size() * 5 <= room) {
        appendEscaped(m_out, text);
        return;
    }
    // Near the limit: escape character by character and stop at it, never inside an
    // entity or a surrogate pair.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (m_out.size() >= m_options.maxOutputLength) {
            if (!m_out.isEmpty() && m_out.back().isHighSurrogate())
                m_out.chop(1);
            m_result.truncated = true;
            return;
        }
        appendEscaped(m_out, text.sliced(i, 1));
    }
}

void Sanitizer::openElement(Frame &frame, Tag outTag, const QString &attributes)
{
    if (stopped() || m_depth >= m_options.maxDepth)
        return; // too deep: the wrapper goes, its content stays
    if (!write(QLatin1StringView("<") + tagName(outTag) + attributes + QLatin1StringView(">")))
        return;
    frame.flags |= Emitted;
    frame.data = qint32(outTag);
    ++m_depth;
}

void Sanitizer::skip(Frame &frame)
{
    frame.flags |= SkipRoot;
    ++m_skipDepth;
}

QString Sanitizer::blockAttributes(const Token &token)
{
    QString attributes;
    if (const Attribute *dir = token.attribute(QLatin1StringView("dir"))) {
        const QStringView value = dir->rawValue.trimmed();
        if (value.compare(QLatin1StringView("rtl"), Qt::CaseInsensitive) == 0)
            attributes += QLatin1StringView(" dir=\"rtl\"");
        else if (value.compare(QLatin1StringView("ltr"), Qt::CaseInsensitive) == 0)
            attributes += QLatin1StringView(" dir=\"ltr\"");
    }
    attributes += alignAttribute(token);
    return attributes;
}

QString Sanitizer::alignAttribute(const Token &token)
{
    QString value;
    if (const Attribute *align = token.attribute(QLatin1StringView("align"))) {
        value = align->value().trimmed().toLower();
    } else if (const Attribute *style = token.attribute(QLatin1StringView("style"))) {
        const QString css = style->value().toLower().simplified();
        const qsizetype at = css.indexOf(QLatin1StringView("text-align"));
        if (at >= 0) {
            const qsizetype colon = css.indexOf(u':', at);
            if (colon >= 0)
                value = css.mid(colon + 1).section(u';', 0, 0).trimmed();
        }
    }
    if (value == QLatin1StringView("left") || value == QLatin1StringView("right") ||
        value == QLatin1StringView("center") || value == QLatin1StringView("justify"))
        return QLatin1StringView(" align=\"") + value + QLatin1StringView("\"");
    return {};
}

QString Sanitizer::startAttribute(const Token &token)
{
    if (const Attribute *start = token.attribute(QLatin1StringView("start"))) {
        const int n = cooked::dimensionAttribute(start->rawValue);
        if (n > 1)
            return QLatin1StringView(" start=\"") + QString::number(n) + QLatin1StringView("\"");
    }
    return {};
}

} // namespace cooked

SanitizedHtml CookedHtml::sanitizeForDisplay(QStringView cooked, const SanitizeOptions &options)
{
    cooked::Sanitizer sanitizer(cooked.size(), options);
    html::walkHtml(cooked, sanitizer);
    return sanitizer.result();
}

CookedHtml::References CookedHtml::extractReferences(QStringView cooked, const QUrl &baseUrl)
{
    SanitizeOptions options;
    options.baseUrl = baseUrl;
    options.maxOutputLength = std::numeric_limits<qsizetype>::max() / 8;
    SanitizedHtml sanitized = sanitizeForDisplay(cooked, options);
    return References{std::move(sanitized.images), std::move(sanitized.quotes)};
}

} // namespace outpost::discourse
