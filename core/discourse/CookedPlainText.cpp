// CookedHtml::plainText: cooked HTML -> text for the search index and the CLI. On the ingest
// path, so it writes straight into one preallocated string and never builds a tree.

#include "CookedHtml.h"
#include "HtmlTree.h"

namespace outpost::discourse {

using namespace html;

namespace {

enum FrameFlag : quint32
{
    SkipRoot = 1u << 0,     // content not shown (script, svg, lightbox caption, ...)
    CaptureRoot = 1u << 1,  // a onebox: shown as "title — URL" when it closes
    CaptureTitle = 1u << 2, // the onebox's title heading
    Pre = 1u << 3,
    Quote = 1u << 4,
    List = 1u << 5,
    ParagraphBlock = 1u << 6, // a blank line before and after
    LineBlock = 1u << 7,      // a line break before and after
};

// Indentation of nested lists and "> " marks of nested quotes stop growing here, so hostile
// nesting cannot make every line of the output hundreds of characters long.
constexpr int maxMarkedDepth = 8;

constexpr bool isCollapsibleSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == 0xA0;
}

class PlainTextWriter
{
public:
    PlainTextWriter(qsizetype inputSize, CookedHtml::QuoteStyle quotes)
        : m_quotes(quotes)
    {
        m_out.reserve(inputSize);
    }

    QString result()
    {
        while (!m_out.isEmpty() && isCollapsibleSpace(m_out.back().unicode()))
            m_out.chop(1);
        return std::move(m_out);
    }

    bool stopped() const { return false; }

    void text(const Token &token, Frame *)
    {
        if (token.rawText)
            return; // <script>, <style>, <textarea>, ...: never text of the post
        if (m_skipDepth > 0) {
            if (m_captureTitleDepth > 0)
                appendDecoded(m_captureTitle, token.text);
            return;
        }
        if (m_preDepth > 0)
            writePre(token.text);
        else
            writeCollapsed(token.text);
    }

    void voidElement(const Token &token, Frame *)
    {
        if (m_skipDepth > 0)
            return;
        switch (token.tag) {
        case Tag::Br:
            m_pendingNewlines = m_pendingNewlines == 0 ? 1 : 2;
            break;
        case Tag::Hr:
            requestNewlines(2);
            break;
        case Tag::Img:
            writeImage(token);
            break;
        default:
            break;
        }
    }

    void open(const Token &token, Frame &frame, Frame *parent)
    {
        if (m_skipDepth > 0) {
            openInsideSkipped(token, frame);
            return;
        }
        switch (token.tag) {
        case Tag::Script:
        case Tag::Style:
        case Tag::Svg:
        case Tag::Math:
        case Tag::Template:
        case Tag::Iframe:
        case Tag::Object:
        case Tag::Noscript:
        case Tag::Select:
        case Tag::Textarea:
        case Tag::Button:
        case Tag::Title:
        case Tag::Head:
        case Tag::Audio:
        case Tag::Video:
        case Tag::Canvas:
        case Tag::Noembed:
        case Tag::Noframes:
        case Tag::Xmp:
        case Tag::Applet:
        case Tag::Frameset:
        case Tag::Map:
        case Tag::Rp:
            skip(frame);
            return;
        case Tag::Div:
            if (token.hasClass(QLatin1StringView("meta")) ||
                token.hasClass(QLatin1StringView("quote-controls"))) {
                skip(frame); // the lightbox caption repeats the file name and size
            } else if (token.hasClass(QLatin1StringView("lazy-video-container"))) {
                startCapture(frame, token, QLatin1StringView("data-video-title"));
            } else {
                block(frame, LineBlock);
            }
            return;
        case Tag::Aside:
            if (token.hasClass(QLatin1StringView("onebox"))) {
                startCapture(frame, token, {});
            } else if (token.hasClass(QLatin1StringView("quote")) &&
                       m_quotes == CookedHtml::QuoteStyle::OmitPostQuotes &&
                       token.attribute(QLatin1StringView("data-topic")) &&
                       token.attribute(QLatin1StringView("data-post"))) {
                skip(frame);
            } else {
                block(frame, ParagraphBlock);
            }
            return;
        case Tag::P:
        case Tag::H1:
        case Tag::H2:
        case Tag::H3:
        case Tag::H4:
        case Tag::H5:
        case Tag::H6:
        case Tag::Table:
        case Tag::Dl:
        case Tag::Figure:
        case Tag::Details:
            block(frame, ParagraphBlock);
            return;
        case Tag::Pre:
            block(frame, ParagraphBlock | Pre);
            ++m_preDepth;
            return;
        case Tag::Blockquote:
            block(frame, ParagraphBlock | Quote);
            ++m_quoteDepth;
            return;
        case Tag::Ul:
        case Tag::Ol: {
            const bool nested = m_listDepth > 0;
            block(frame, (nested ? LineBlock : ParagraphBlock) | List);
            ++m_listDepth;
            frame.data = token.tag == Tag::Ol ? startNumber(token) : -1;
            return;
        }
        case Tag::Li:
            block(frame, LineBlock);
            m_bullet = QString(2 * std::clamp(m_listDepth - 1, 0, maxMarkedDepth), u' ');
            if (parent && (parent->flags & List) && parent->data >= 0)
                m_bullet += QString::number(parent->data++) + QLatin1StringView(". ");
            else
                m_bullet += QLatin1StringView("- ");
            return;
        case Tag::Tr:
            block(frame, LineBlock);
            return;
        case Tag::Td:
        case Tag::Th:
            if (parent && parent->tag == Tag::Tr && parent->data++ > 0)
                m_cellSeparatorPending = true;
            return;
        case Tag::Article:
        case Tag::Section:
        case Tag::Header:
        case Tag::Footer:
        case Tag::Nav:
        case Tag::Main:
        case Tag::Figcaption:
        case Tag::Summary:
        case Tag::Address:
        case Tag::Fieldset:
        case Tag::Form:
        case Tag::Center:
        case Tag::Dt:
        case Tag::Dd:
        case Tag::Caption:
        case Tag::Legend:
            block(frame, LineBlock);
            return;
        case Tag::A:
            // "#tag" and "#category" links render their name without the '#'.
            if (token.hasClass(QLatin1StringView("hashtag-cooked"))) {
                beginVisible();
                m_out.append(u'#');
            }
            return;
        default:
            return;
        }
    }

    void close(Frame &frame, Frame *)
    {
        const quint32 flags = frame.flags;
        if (flags & CaptureTitle)
            --m_captureTitleDepth;
        if (flags & CaptureRoot) {
            --m_skipDepth;
            m_captureActive = false;
            writeCapture();
            return;
        }
        if (flags & SkipRoot) {
            --m_skipDepth;
            return;
        }
        if (flags & Pre)
            --m_preDepth;
        if (flags & Quote)
            --m_quoteDepth;
        if (flags & List)
            --m_listDepth;
        if (flags & ParagraphBlock)
            requestNewlines(2);
        else if (flags & LineBlock)
            requestNewlines(1);
    }

private:
    void skip(Frame &frame)
    {
        frame.flags |= SkipRoot;
        ++m_skipDepth;
    }

    void block(Frame &frame, quint32 flags)
    {
        frame.flags |= flags;
        requestNewlines((flags & ParagraphBlock) ? 2 : 1);
    }

    void startCapture(Frame &frame, const Token &token, QLatin1StringView titleAttribute)
    {
        frame.flags |= CaptureRoot;
        ++m_skipDepth;
        m_captureActive = true;
        m_captureTitle.clear();
        m_captureUrl.clear();
        if (const Attribute *src = token.attribute(QLatin1StringView("data-onebox-src")))
            m_captureUrl = src->value();
        if (!titleAttribute.isEmpty()) {
            if (const Attribute *title = token.attribute(titleAttribute))
                m_captureTitle = title->value().simplified();
        }
    }

    void openInsideSkipped(const Token &token, Frame &frame)
    {
        // Only a onebox being captured cares what is inside: its title and its link.
        if (!m_captureActive || m_skipDepth != 1)
            return;
        if ((token.tag == Tag::H3 || token.tag == Tag::H4) && m_captureTitle.isEmpty()) {
            frame.flags |= CaptureTitle;
            ++m_captureTitleDepth;
        } else if (token.tag == Tag::A && m_captureUrl.isEmpty()) {
            if (const Attribute *href = token.attribute(QLatin1StringView("href")))
                m_captureUrl = href->value();
        }
    }

    void writeCapture()
    {
        const QString title = m_captureTitle.simplified();
        const QString url = m_captureUrl.trimmed();
        if (title.isEmpty() && url.isEmpty())
            return;
        requestNewlines(1);
        beginVisible();
        m_out.append(title);
        if (!title.isEmpty() && !url.isEmpty())
            m_out.append(u" — ");
        m_out.append(url);
        requestNewlines(1);
    }

    void writeImage(const Token &token)
    {
        if (token.hasClass(QLatin1StringView("avatar")))
            return;
        const Attribute *alt = token.attribute(QLatin1StringView("alt"));
        if (!alt || alt->rawValue.trimmed().isEmpty())
            return;
        m_pendingSpace = true;
        writeCollapsed(alt->rawValue);
        m_pendingSpace = true;
    }

    static int startNumber(const Token &token)
    {
        if (const Attribute *start = token.attribute(QLatin1StringView("start"))) {
            bool ok = false;
            const int n = start->rawValue.trimmed().toInt(&ok);
            if (ok && n >= 0 && n < 1'000'000)
                return n;
        }
        return 1;
    }

    void requestNewlines(int count) { m_pendingNewlines = std::max(m_pendingNewlines, count); }

    // Emits what is pending (line breaks, quote marks, bullet, cell separator, a space)
    // before the next visible character.
    void beginVisible()
    {
        if (m_pendingNewlines > 0) {
            if (!m_out.isEmpty()) {
                int existing = 0;
                for (qsizetype i = m_out.size() - 1; i >= 0 && existing < 2 && m_out[i] == u'\n';
                     --i)
                    ++existing;
                for (int i = existing; i < m_pendingNewlines; ++i)
                    m_out.append(u'\n');
                m_atLineStart = true;
            }
            m_pendingNewlines = 0;
        }
        if (m_atLineStart) {
            for (int i = 0; i < std::min(m_quoteDepth, maxMarkedDepth); ++i)
                m_out.append(QLatin1StringView("> "));
            m_out.append(m_bullet);
            m_bullet.clear();
            m_atLineStart = false;
        } else if (m_cellSeparatorPending) {
            m_out.append(QLatin1StringView(" | "));
        } else if (m_pendingSpace) {
            m_out.append(u' ');
        }
        m_cellSeparatorPending = false;
        m_pendingSpace = false;
    }

    void writeCollapsed(QStringView raw)
    {
        const QChar *d = raw.data();
        const qsizetype n = raw.size();
        qsizetype i = 0;
        while (i < n) {
            const char16_t c = d[i].unicode();
            if (isCollapsibleSpace(c)) {
                m_pendingSpace = true;
                ++i;
                continue;
            }
            if (c == u'&') {
                m_scratch.clear();
                if (const qsizetype used = decodeReferenceAt(raw, i, m_scratch)) {
                    for (QChar decodedChar : std::as_const(m_scratch)) {
                        if (isCollapsibleSpace(decodedChar.unicode())) {
                            m_pendingSpace = true;
                        } else {
                            beginVisible();
                            m_out.append(decodedChar);
                        }
                    }
                    i += used;
                    continue;
                }
            }
            qsizetype j = i + 1;
            while (j < n && !isCollapsibleSpace(d[j].unicode()) && d[j] != u'&')
                ++j;
            beginVisible();
            m_out.append(QStringView(d + i, j - i));
            i = j;
        }
    }

    void writePre(QStringView raw)
    {
        m_scratch.clear();
        appendDecoded(m_scratch, raw);
        qsizetype start = 0;
        const qsizetype n = m_scratch.size();
        while (start <= n) {
            qsizetype end = m_scratch.indexOf(u'\n', start);
            if (end < 0)
                end = n;
            if (end > start) {
                m_pendingSpace = false;
                beginVisible();
                m_out.append(QStringView(m_scratch).sliced(start, end - start));
            }
            if (end == n)
                break;
            m_out.append(u'\n');
            m_atLineStart = true;
            start = end + 1;
        }
    }

    CookedHtml::QuoteStyle m_quotes;
    QString m_out;
    QString m_scratch;
    QString m_bullet;
    int m_pendingNewlines = 0;
    bool m_pendingSpace = false;
    bool m_atLineStart = true;
    bool m_cellSeparatorPending = false;
    int m_skipDepth = 0;
    int m_preDepth = 0;
    int m_quoteDepth = 0;
    int m_listDepth = 0;
    bool m_captureActive = false;
    int m_captureTitleDepth = 0;
    QString m_captureTitle;
    QString m_captureUrl;
};

} // namespace

QString CookedHtml::plainText(QStringView cooked, QuoteStyle quotes)
{
    PlainTextWriter writer(cooked.size(), quotes);
    walkHtml(cooked, writer);
    return writer.result();
}

} // namespace outpost::discourse
