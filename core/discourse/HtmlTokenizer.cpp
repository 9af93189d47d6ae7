#include "HtmlTokenizer.h"

#include "HtmlEntities.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace outpost::discourse::html {

namespace {

constexpr bool isAsciiAlpha(char16_t c)
{
    return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
}

constexpr bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

constexpr bool isAsciiAlnum(char16_t c)
{
    return isAsciiAlpha(c) || isAsciiDigit(c);
}

constexpr bool isHtmlSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Elements whose content the HTML5 tokenizer reads as text up to the matching end tag.
constexpr bool isRawTextTag(Tag tag)
{
    switch (tag) {
    case Tag::Script:
    case Tag::Style:
    case Tag::Xmp:
    case Tag::Iframe:
    case Tag::Noembed:
    case Tag::Noframes:
    case Tag::Noscript:
    case Tag::Textarea:
    case Tag::Title:
    case Tag::Plaintext:
        return true;
    default:
        return false;
    }
}

// Whether the '<' at `pos` starts markup (a tag, an end tag, a comment or a bogus comment).
bool startsMarkup(const QChar *d, qsizetype pos, qsizetype n)
{
    if (pos + 1 >= n)
        return false;
    const char16_t next = d[pos + 1].unicode();
    return isAsciiAlpha(next) || next == u'/' || next == u'!' || next == u'?';
}

void appendCodePoint(QString &out, char32_t codePoint)
{
    if (codePoint < 0x10000) {
        out.append(QChar(char16_t(codePoint)));
    } else {
        out.append(QChar(QChar::highSurrogate(codePoint)));
        out.append(QChar(QChar::lowSurrogate(codePoint)));
    }
}

} // namespace

bool Attribute::nameIs(QLatin1StringView lowerCaseName) const
{
    return name.compare(lowerCaseName, Qt::CaseInsensitive) == 0;
}

QString Attribute::value() const
{
    return decoded(rawValue);
}

const Attribute *Token::attribute(QLatin1StringView lowerCaseName) const
{
    for (const Attribute &a : attributes) {
        if (a.nameIs(lowerCaseName))
            return &a;
    }
    return nullptr;
}

bool Token::hasClass(QLatin1StringView className) const
{
    const Attribute *classes = attribute(QLatin1StringView("class"));
    if (!classes)
        return false;
    const QStringView list = classes->rawValue;
    qsizetype i = 0;
    const qsizetype n = list.size();
    while (i < n) {
        while (i < n && isHtmlSpace(list[i].unicode()))
            ++i;
        const qsizetype start = i;
        while (i < n && !isHtmlSpace(list[i].unicode()))
            ++i;
        if (i > start && list.sliced(start, i - start) == className)
            return true;
    }
    return false;
}

bool Tokenizer::next(Token &token)
{
    token.attributes.clear();
    token.rawText = false;
    token.selfClosing = false;
    token.tag = Tag::Other;
    token.name = {};
    token.text = {};

    const QChar *d = m_input.data();
    const qsizetype n = m_input.size();
    for (;;) {
        if (m_rawTextTag != Tag::Other && readRawText(token))
            return true;
        if (m_pos >= n)
            return false;

        const qsizetype start = m_pos;
        if (d[start] == u'<' && start + 1 < n) {
            const char16_t c1 = d[start + 1].unicode();
            if (isAsciiAlpha(c1)) {
                if (readTag(token, start))
                    return true;
                m_pos = n; // end of input inside a tag: HTML5 drops the tag
                return false;
            }
            if (c1 == u'/') {
                const char16_t c2 = start + 2 < n ? d[start + 2].unicode() : 0;
                if (isAsciiAlpha(c2)) {
                    if (readTag(token, start))
                        return true;
                    m_pos = n;
                    return false;
                }
                if (c2 == u'>') { // "</>" is dropped
                    m_pos = start + 3;
                    continue;
                }
                if (start + 2 < n) {
                    readBogusComment(token, start + 2);
                    return true;
                }
            } else if (c1 == u'!') {
                if (m_input.sliced(start).startsWith(QLatin1StringView("<!--"))) {
                    const qsizetype contentStart = start + 4;
                    token.type = Token::Type::Comment;
                    // "<!-->" and "<!--->" end at once.
                    if (contentStart < n && d[contentStart] == u'>') {
                        m_pos = contentStart + 1;
                        return true;
                    }
                    if (contentStart + 1 < n && d[contentStart] == u'-' &&
                        d[contentStart + 1] == u'>') {
                        m_pos = contentStart + 2;
                        return true;
                    }
                    const qsizetype end = m_input.indexOf(QLatin1StringView("-->"), contentStart);
                    token.text = m_input.sliced(contentStart, (end < 0 ? n : end) - contentStart);
                    m_pos = end < 0 ? n : end + 3;
                    return true;
                }
                readBogusComment(token, start + 2);
                return true;
            } else if (c1 == u'?') {
                readBogusComment(token, start + 1);
                return true;
            }
        }

        // Text up to the next '<' that starts markup.
        qsizetype end = start + 1;
        for (;;) {
            end = m_input.indexOf(u'<', end);
            if (end < 0) {
                end = n;
                break;
            }
            if (startsMarkup(d, end, n))
                break;
            ++end;
        }
        token.type = Token::Type::Text;
        token.text = m_input.sliced(start, end - start);
        m_pos = end;
        return true;
    }
}

bool Tokenizer::readTag(Token &token, qsizetype start)
{
    const QChar *d = m_input.data();
    const qsizetype n = m_input.size();
    const bool isEnd = d[start + 1] == u'/';
    qsizetype p = start + (isEnd ? 2 : 1);
    const qsizetype nameStart = p;
    while (p < n) {
        const char16_t c = d[p].unicode();
        if (isHtmlSpace(c) || c == u'/' || c == u'>')
            break;
        ++p;
    }
    const QStringView name = m_input.sliced(nameStart, p - nameStart);

    for (;;) {
        while (p < n && (isHtmlSpace(d[p].unicode()) || d[p] == u'/')) {
            if (d[p] == u'/' && p + 1 < n && d[p + 1] == u'>')
                token.selfClosing = true;
            ++p;
        }
        if (p >= n)
            return false;
        if (d[p] == u'>') {
            ++p;
            break;
        }
        // Attribute name; a leading '=' belongs to the name, as in HTML5.
        const qsizetype attrStart = p++;
        while (p < n) {
            const char16_t c = d[p].unicode();
            if (isHtmlSpace(c) || c == u'/' || c == u'>' || c == u'=')
                break;
            ++p;
        }
        const QStringView attrName = m_input.sliced(attrStart, p - attrStart);
        while (p < n && isHtmlSpace(d[p].unicode()))
            ++p;
        QStringView value;
        if (p < n && d[p] == u'=') {
            ++p;
            while (p < n && isHtmlSpace(d[p].unicode()))
                ++p;
            if (p >= n)
                return false;
            const QChar quote = d[p];
            if (quote == u'"' || quote == u'\'') {
                const qsizetype valueStart = p + 1;
                const qsizetype valueEnd = m_input.indexOf(quote, valueStart);
                if (valueEnd < 0)
                    return false;
                value = m_input.sliced(valueStart, valueEnd - valueStart);
                p = valueEnd + 1;
            } else if (quote != u'>') {
                const qsizetype valueStart = p;
                while (p < n && !isHtmlSpace(d[p].unicode()) && d[p] != u'>')
                    ++p;
                value = m_input.sliced(valueStart, p - valueStart);
            }
        }
        if (!isEnd && token.attributes.size() < maxAttributes)
            token.attributes.append(Attribute{attrName, value});
    }

    token.type = isEnd ? Token::Type::EndTag : Token::Type::StartTag;
    token.name = name;
    token.tag = tagFromName(name);
    m_pos = p;
    if (!isEnd && isRawTextTag(token.tag)) {
        m_rawTextTag = token.tag;
        m_rawTextName = name;
    }
    return true;
}

bool Tokenizer::readRawText(Token &token)
{
    const qsizetype n = m_input.size();
    const qsizetype start = m_pos;
    qsizetype end = n;
    if (m_rawTextTag != Tag::Plaintext) {
        const qsizetype nameLength = m_rawTextName.size();
        qsizetype from = start;
        for (;;) {
            const qsizetype candidate = m_input.indexOf(QLatin1StringView("</"), from);
            if (candidate < 0)
                break;
            const qsizetype after = candidate + 2 + nameLength;
            if (after <= n &&
                m_input.sliced(candidate + 2, nameLength)
                                .compare(m_rawTextName, Qt::CaseInsensitive) == 0 &&
                (after == n || isHtmlSpace(m_input[after].unicode()) || m_input[after] == u'/' ||
                 m_input[after] == u'>')) {
                end = candidate;
                break;
            }
            from = candidate + 2;
        }
    }
    m_rawTextTag = Tag::Other;
    m_rawTextName = {};
    if (end == start)
        return false;
    token.type = Token::Type::Text;
    token.rawText = true;
    token.text = m_input.sliced(start, end - start);
    m_pos = end;
    return true;
}

void Tokenizer::readBogusComment(Token &token, qsizetype contentStart)
{
    const qsizetype n = m_input.size();
    const qsizetype end = m_input.indexOf(u'>', contentStart);
    token.type = Token::Type::Comment;
    token.text = m_input.sliced(contentStart, (end < 0 ? n : end) - contentStart);
    m_pos = end < 0 ? n : end + 1;
}

qsizetype decodeReferenceAt(QStringView text, qsizetype pos, QString &out)
{
    const qsizetype n = text.size();
    qsizetype p = pos + 1;
    if (p >= n)
        return 0;
    if (text[p] == u'#') {
        ++p;
        const bool hex = p < n && (text[p] == u'x' || text[p] == u'X');
        if (hex)
            ++p;
        const qsizetype digitsStart = p;
        char32_t value = 0;
        while (p < n) {
            const char16_t c = text[p].unicode();
            int digit = -1;
            if (isAsciiDigit(c))
                digit = c - u'0';
            else if (hex && (c | 0x20) >= u'a' && (c | 0x20) <= u'f')
                digit = (c | 0x20) - u'a' + 10;
            if (digit < 0)
                break;
            // Saturate: anything past U+10FFFF is invalid anyway, and megabytes of digits
            // must not overflow.
            value = std::min<char32_t>(value * (hex ? 16 : 10) + char32_t(digit), 0x110000);
            ++p;
        }
        if (p == digitsStart)
            return 0;
        if (p < n && text[p] == u';')
            ++p;
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            value = 0xFFFD;
        appendCodePoint(out, value);
        return p - pos;
    }

    constexpr qsizetype longestName = 32;
    const qsizetype nameStart = p;
    char name[longestName];
    while (p < n && p - nameStart < longestName && isAsciiAlnum(text[p].unicode())) {
        name[p - nameStart] = char(text[p].unicode());
        ++p;
    }
    if (p == nameStart)
        return 0;
    const std::string_view key(name, size_t(p - nameStart));
    if (p < n && text[p] == u';') {
        if (const auto codePoint = namedEntity(key)) {
            appendCodePoint(out, *codePoint);
            return p + 1 - pos;
        }
        return 0;
    }
    const bool followedByNameChar = p < n && (isAsciiAlnum(text[p].unicode()) || text[p] == u'=');
    if (!followedByNameChar && isLegacyEntityWithoutSemicolon(key)) {
        if (const auto codePoint = namedEntity(key)) {
            appendCodePoint(out, *codePoint);
            return p - pos;
        }
    }
    return 0;
}

void appendDecoded(QString &out, QStringView text)
{
    qsizetype last = 0;
    qsizetype i = text.indexOf(u'&');
    while (i >= 0) {
        out.append(text.sliced(last, i - last));
        const qsizetype used = decodeReferenceAt(text, i, out);
        if (used == 0) {
            out.append(u'&');
            last = i + 1;
        } else {
            last = i + used;
        }
        i = text.indexOf(u'&', last);
    }
    out.append(text.sliced(last));
}

QString decoded(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    appendDecoded(out, text);
    return out;
}

void appendEscaped(QString &out, QStringView text, bool forAttribute)
{
    qsizetype last = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        QLatin1StringView replacement;
        switch (c) {
        case u'&':
            replacement = QLatin1StringView("&amp;");
            break;
        case u'<':
            replacement = QLatin1StringView("&lt;");
            break;
        case u'>':
            replacement = QLatin1StringView("&gt;");
            break;
        case u'"':
            if (forAttribute)
                replacement = QLatin1StringView("&quot;");
            break;
        default:
            break;
        }
        if (replacement.isEmpty())
            continue;
        out.append(text.sliced(last, i - last));
        out.append(replacement);
        last = i + 1;
    }
    out.append(text.sliced(last));
}

} // namespace outpost::discourse::html
