#include "compose/MarkdownPreview.h"

#include "compose/QuoteMarkup.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace outpost::compose {

namespace {

// Quote tags become paragraphs of their own holding a marker cmark passes through untouched
// (private-use characters, removed from the person's text first); the markers are swapped for
// the aside's HTML after rendering, so Markdown inside a quote is rendered like any other.
constexpr char16_t kMarkStart = 0xE000;
constexpr char16_t kMarkEnd = 0xE001;

QString openMarker(int index)
{
    return QChar(kMarkStart) + u"OQ"_s + QString::number(index) + QChar(kMarkEnd);
}
QString closeMarker()
{
    return QChar(kMarkStart) + u"CQ"_s + QChar(kMarkEnd);
}

struct QuoteTag
{
    int line = 0;
    qsizetype start = 0;
    qsizetype length = 0;
    bool open = false;
    QuoteSource source;
    bool matched = false;
};

// The fence a line opens or closes (``` or ~~~, up to three spaces in), or an empty string.
QString fenceOf(const QString &line)
{
    static const QRegularExpression fence(u"^ {0,3}(`{3,}|~{3,})"_s);
    const QRegularExpressionMatch match = fence.match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

// Finds the [quote] and [/quote] tags outside fenced code and pairs them; unpaired tags stay
// text, as Discourse leaves them.
QList<QuoteTag> findQuoteTags(const QStringList &lines)
{
    static const QRegularExpression tag(u"\\[quote(?:=([^\\]\\n]*))?\\]|\\[/quote\\]"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    QList<QuoteTag> tags;
    QString openFence;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString fence = fenceOf(line);
        if (!openFence.isEmpty()) {
            if (!fence.isEmpty() && fence.at(0) == openFence.at(0) &&
                fence.size() >= openFence.size() &&
                line.mid(line.indexOf(fence) + fence.size()).trimmed().isEmpty())
                openFence.clear();
            continue;
        }
        if (!fence.isEmpty()) {
            openFence = fence;
            continue;
        }
        auto it = tag.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            QuoteTag t;
            t.line = i;
            t.start = match.capturedStart();
            t.length = match.capturedLength();
            t.open = !match.captured(0).startsWith(u"[/"_s);
            if (t.open)
                t.source = parseQuoteArgument(match.capturedView(1));
            tags.append(t);
        }
    }
    QList<qsizetype> stack;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (tags.at(i).open) {
            stack.append(i);
        } else if (!stack.isEmpty()) {
            tags[stack.takeLast()].matched = true;
            tags[i].matched = true;
        }
    }
    return tags;
}

struct Prepared
{
    QString markdown;
    QList<QuoteSource> quotes; // by marker index
};

Prepared prepareQuotes(QStringView input)
{
    QString text = input.toString();
    text.remove(QChar(kMarkStart)).remove(QChar(kMarkEnd));
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n');
    const QList<QuoteTag> tags = findQuoteTags(lines);

    Prepared prepared;
    QStringList out;
    qsizetype next = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        qsizetype from = 0;
        QString rebuilt;
        for (; next < tags.size() && tags.at(next).line == i; ++next) {
            const QuoteTag &t = tags.at(next);
            if (!t.matched)
                continue;
            rebuilt += line.mid(from, t.start - from);
            QString marker;
            if (t.open) {
                marker = openMarker(int(prepared.quotes.size()));
                prepared.quotes.append(t.source);
            } else {
                marker = closeMarker();
            }
            rebuilt += u"\n\n"_s + marker + u"\n\n"_s;
            from = t.start + t.length;
        }
        rebuilt += line.mid(from);
        out.append(rebuilt);
    }
    prepared.markdown = out.join(u'\n');
    return prepared;
}

QString asideOpening(const QuoteSource &quote)
{
    QString attributes;
    if (!quote.username.isEmpty())
        attributes += u" data-username=\"%1\""_s.arg(quote.username.toHtmlEscaped());
    if (quote.postNumber > 0)
        attributes += u" data-post=\"%1\""_s.arg(quote.postNumber);
    if (quote.topicId > 0)
        attributes += u" data-topic=\"%1\""_s.arg(quote.topicId);
    QString title;
    if (!quote.username.isEmpty())
        title = u"<div class=\"title\">%1:</div>"_s.arg(quote.username.toHtmlEscaped());
    return u"<aside class=\"quote no-group\"%1>%2<blockquote>"_s.arg(attributes, title);
}

QString replaceQuoteMarkers(QString html, const QList<QuoteSource> &quotes)
{
    static const QRegularExpression open(u"(?:<p>)?\uE000OQ(\\d+)\uE001(?:</p>)?"_s);
    static const QRegularExpression close(u"(?:<p>)?\uE000CQ\uE001(?:</p>)?"_s);
    QString result;
    qsizetype from = 0;
    auto it = open.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(html).mid(from, match.capturedStart() - from);
        result += asideOpening(quotes.value(match.captured(1).toInt()));
        from = match.capturedEnd();
    }
    result += QStringView(html).mid(from);
    result.replace(close, u"</blockquote></aside>"_s);
    return result;
}

// Mentions and emoji shortcodes in a run of text (already HTML-escaped by cmark).
QString decorateText(QStringView text)
{
    static const QRegularExpression pattern(
            u"(?<![\\w@/.:])@([\\w](?:[\\w.-]*[\\w])?)|:([a-z0-9_+-]{1,40}):"_s,
            QRegularExpression::UseUnicodePropertiesOption);
    QString out;
    qsizetype from = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString replacement;
        if (match.capturedLength(1) > 0) {
            const QString name = match.captured(1);
            replacement = u"<a class=\"mention\" href=\"/u/%1\">@%2</a>"_s.arg(
                    name.toLower().toHtmlEscaped(), name.toHtmlEscaped());
        } else {
            replacement = discourse::CookedHtml::emojiForShortcode(match.capturedView(2));
            if (replacement.isEmpty())
                continue;
        }
        out += text.mid(from, match.capturedStart() - from);
        out += replacement;
        from = match.capturedEnd();
    }
    out += text.mid(from);
    return out;
}

// Walks cmark's (well-formed) output and decorates text outside code, preformatted text and
// links; tags and attribute values are copied as they are.
QString decorateMentionsAndEmoji(const QString &html)
{
    QString out;
    out.reserve(html.size() + html.size() / 8);
    int protectedDepth = 0;
    qsizetype i = 0;
    while (i < html.size()) {
        if (html.at(i) == u'<') {
            qsizetype end = html.indexOf(u'>', i);
            if (end < 0)
                end = html.size() - 1;
            const QStringView tag = QStringView(html).mid(i, end - i + 1);
            static const QRegularExpression name(u"^</?([a-zA-Z0-9]+)"_s);
            const QRegularExpressionMatch match = name.match(tag);
            if (match.hasMatch()) {
                const QString element = match.captured(1).toLower();
                if (element == u"code"_s || element == u"pre"_s || element == u"a"_s) {
                    const bool closing = tag.startsWith(u"</");
                    protectedDepth = std::max(0, protectedDepth + (closing ? -1 : 1));
                }
            }
            out += tag;
            i = end + 1;
            continue;
        }
        qsizetype next = html.indexOf(u'<', i);
        if (next < 0)
            next = html.size();
        const QStringView text = QStringView(html).mid(i, next - i);
        if (protectedDepth > 0)
            out += text;
        else
            out += decorateText(text);
        i = next;
    }
    return out;
}

struct ParserDeleter
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};

QString renderCommonMark(const QString &markdown)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

    // Discourse turns every new line into a line break (its "traditional line breaks" is off
    // by default) and lets some HTML through, which the sanitizer then judges.
    const int options = CMARK_OPT_HARDBREAKS | CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8;
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    if (!document)
        return QString();
    char *html = cmark_render_html(document.get(), options,
                                   cmark_parser_get_syntax_extensions(parser.get()));
    if (!html)
        return QString();
    const QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

} // namespace

QString cookMarkdown(QStringView markdown)
{
    const Prepared prepared = prepareQuotes(markdown);
    const QString html = renderCommonMark(prepared.markdown);
    return replaceQuoteMarkers(decorateMentionsAndEmoji(html), prepared.quotes);
}

discourse::SanitizedHtml preview(QStringView markdown, const discourse::SanitizeOptions &options)
{
    return discourse::CookedHtml::sanitizeForDisplay(cookMarkdown(markdown), options);
}

} // namespace outpost::compose
