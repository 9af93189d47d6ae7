#include "JsonTree.h"

#include <QVarLengthArray>

#include <charconv>
#include <cstring>
#include <limits>

namespace outpost::discourse::json {

namespace {

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void skipWhitespace(const char *d, qsizetype n, qsizetype &p)
{
    while (p < n && (d[p] == ' ' || d[p] == '\n' || d[p] == '\r' || d[p] == '\t'))
        ++p;
}

bool fail(SyntaxError &error, qsizetype offset, qsizetype size, const char *message)
{
    error.offset = offset;
    error.atEnd = offset >= size;
    error.message =
            error.atEnd ? QStringLiteral("unexpected end of input") : QString::fromLatin1(message);
    return false;
}

// The first index from `i` whose byte ends a run of plain string content: '"', '\\' or a
// control character. Eight bytes at a time (cooked HTML makes strings long), then bytewise.
qsizetype plainStringBytes(const char *d, qsizetype i, qsizetype n)
{
    constexpr quint64 ones = 0x0101010101010101ull;
    constexpr quint64 highs = 0x8080808080808080ull;
    while (i + 8 <= n) {
        quint64 word;
        std::memcpy(&word, d + i, 8);
        const quint64 quote = word ^ (ones * '"');
        const quint64 backslash = word ^ (ones * '\\');
        // A byte is zero in `quote`/`backslash` where it matched; below 0x20 in `word` where it
        // is a control character (the ~word mask drops bytes >= 0x80, i.e. UTF-8).
        const quint64 special = ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) |
                                ((word - ones * 0x20) & ~word);
        if (special & highs)
            break;
        i += 8;
    }
    while (i < n) {
        const auto ch = static_cast<unsigned char>(d[i]);
        if (ch == '"' || ch == '\\' || ch < 0x20)
            break;
        ++i;
    }
    return i;
}

void appendUtf8(QByteArray &out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out.append(char(codePoint));
    } else if (codePoint < 0x800) {
        out.append(char(0xC0 | (codePoint >> 6)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.append(char(0xE0 | (codePoint >> 12)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    } else {
        out.append(char(0xF0 | (codePoint >> 18)));
        out.append(char(0x80 | ((codePoint >> 12) & 0x3F)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    }
}

char16_t hexUnit(const char *d)
{
    char16_t unit = 0;
    for (int h = 0; h < 4; ++h)
        unit = char16_t(unit * 16 + hexValue(d[h]));
    return unit;
}

// Decimal digits (optionally signed) to qint64; nullopt on overflow or other characters.
std::optional<qint64> parseInteger(const char *begin, const char *end)
{
    qint64 value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

} // namespace

bool Tree::parse(const QByteArray &json, SyntaxError &error)
{
    m_input = json;
    m_nodes.clear();
    const qsizetype n = m_input.size();
    if (n >= qsizetype(std::numeric_limits<quint32>::max()))
        return fail(error, 0, n, "the document is too large");
    m_nodes.reserve(size_t(std::min<qsizetype>(n / 24 + 8, 1 << 20)));
    const char *d = m_input.constData();

    QVarLengthArray<quint32, 32> open; // indices of the arrays and objects being read
    qsizetype p = 0;
    skipWhitespace(d, n, p);
    for (;;) {
        // One value starts at p.
        if (p >= n)
            return fail(error, p, n, "");
        const char c = d[p];
        const auto index = quint32(m_nodes.size());
        if (c == '{' || c == '[') {
            if (open.size() >= maxDepth)
                return fail(error, p, n, "nested too deeply");
            m_nodes.push_back({quint32(p), 0, 0, c == '{' ? Type::Object : Type::Array, false});
            ++p;
            skipWhitespace(d, n, p);
            if (p < n && d[p] == (c == '{' ? '}' : ']')) {
                ++p;
                m_nodes[index].next = quint32(m_nodes.size());
            } else {
                open.append(index);
                if (c == '{' && !parseMemberName(p, error))
                    return false;
                continue; // read the first element or member value
            }
        } else if (c == '"') {
            if (!parseString(p, error))
                return false;
        } else if (c == '-' || isDigit(c)) {
            if (!parseNumber(p, error))
                return false;
        } else {
            const char *literal = c == 't'   ? "true"
                                  : c == 'f' ? "false"
                                  : c == 'n' ? "null"
                                             : nullptr;
            if (!literal)
                return fail(error, p, n, "expected a value");
            const auto length = qsizetype(std::strlen(literal));
            if (p + length > n)
                return fail(error, n, n, "");
            if (std::memcmp(d + p, literal, size_t(length)) != 0)
                return fail(error, p, n, "expected a value");
            m_nodes.push_back({quint32(p), quint32(length), index + 1,
                               c == 'n' ? Type::Null : Type::Bool, c == 't'});
            p += length;
        }

        // A value is complete: continue in the array or object around it.
        for (;;) {
            if (open.isEmpty()) {
                skipWhitespace(d, n, p);
                if (p != n)
                    return fail(error, p, n, "unexpected data after the JSON value");
                return true;
            }
            const quint32 containerIndex = open.last();
            const bool inObject = m_nodes[containerIndex].type == Type::Object;
            ++m_nodes[containerIndex].length;
            skipWhitespace(d, n, p);
            if (p >= n)
                return fail(error, p, n, "");
            if (d[p] == ',') {
                ++p;
                skipWhitespace(d, n, p);
                if (inObject && !parseMemberName(p, error))
                    return false;
                break; // the next element or member value
            }
            if (d[p] == (inObject ? '}' : ']')) {
                ++p;
                m_nodes[containerIndex].next = quint32(m_nodes.size());
                open.removeLast();
                continue; // the container is a complete value of its own container
            }
            return fail(error, p, n, inObject ? "expected ',' or '}'" : "expected ',' or ']'");
        }
    }
}

bool Tree::parseMemberName(qsizetype &p, SyntaxError &error)
{
    const char *d = m_input.constData();
    const qsizetype n = m_input.size();
    if (p >= n || d[p] != '"')
        return fail(error, p, n, "expected a member name");
    if (!parseString(p, error))
        return false;
    skipWhitespace(d, n, p);
    if (p >= n || d[p] != ':')
        return fail(error, p, n, "expected ':'");
    ++p;
    skipWhitespace(d, n, p);
    return true;
}

bool Tree::parseString(qsizetype &p, SyntaxError &error)
{
    const char *d = m_input.constData();
    const qsizetype n = m_input.size();
    const qsizetype start = p + 1;
    qsizetype i = start;
    bool escaped = false;
    for (;;) {
        i = plainStringBytes(d, i, n);
        if (i >= n)
            return fail(error, n, n, "");
        const auto ch = static_cast<unsigned char>(d[i]);
        if (ch == '"')
            break;
        if (ch < 0x20)
            return fail(error, i, n, "control character inside a string");
        escaped = true;
        if (i + 1 >= n)
            return fail(error, n, n, "");
        const char e = d[i + 1];
        if (e == 'u') {
            if (i + 6 > n)
                return fail(error, n, n, "");
            for (qsizetype h = i + 2; h < i + 6; ++h) {
                if (hexValue(d[h]) < 0)
                    return fail(error, h, n, "invalid \\u escape");
            }
            i += 6;
        } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' ||
                   e == 'r' || e == 't') {
            i += 2;
        } else {
            return fail(error, i, n, "invalid escape");
        }
    }
    const auto index = quint32(m_nodes.size());
    m_nodes.push_back({quint32(start), quint32(i - start), index + 1, Type::String, escaped});
    p = i + 1;
    return true;
}

bool Tree::parseNumber(qsizetype &p, SyntaxError &error)
{
    const char *d = m_input.constData();
    const qsizetype n = m_input.size();
    const qsizetype start = p;
    if (d[p] == '-')
        ++p;
    if (p >= n)
        return fail(error, n, n, "");
    if (d[p] == '0') {
        ++p;
    } else if (isDigit(d[p])) {
        while (p < n && isDigit(d[p]))
            ++p;
    } else {
        return fail(error, p, n, "invalid number");
    }
    bool integral = true;
    if (p < n && d[p] == '.') {
        integral = false;
        ++p;
        if (p >= n || !isDigit(d[p]))
            return fail(error, p, n, "invalid number");
        while (p < n && isDigit(d[p]))
            ++p;
    }
    if (p < n && (d[p] == 'e' || d[p] == 'E')) {
        integral = false;
        ++p;
        if (p < n && (d[p] == '+' || d[p] == '-'))
            ++p;
        if (p >= n || !isDigit(d[p]))
            return fail(error, p, n, "invalid number");
        while (p < n && isDigit(d[p]))
            ++p;
    }
    const auto index = quint32(m_nodes.size());
    m_nodes.push_back({quint32(start), quint32(p - start), index + 1, Type::Number, integral});
    return true;
}

QString Tree::decodeString(const Node &node) const
{
    const char *d = m_input.constData() + node.start;
    const qsizetype n = node.length;
    if (!node.flag)
        return QString::fromUtf8(d, n);
    // Resolve the escapes into UTF-8 first (runs are copied whole), then convert once.
    QByteArray utf8;
    utf8.reserve(n);
    qsizetype i = 0;
    while (i < n) {
        const char *backslash = static_cast<const char *>(std::memchr(d + i, '\\', size_t(n - i)));
        const qsizetype at = backslash ? backslash - d : n;
        utf8.append(d + i, at - i);
        if (at >= n)
            break;
        const char e = d[at + 1]; // the parser guaranteed a complete, valid escape
        i = at + 2;
        switch (e) {
        case 'b':
            utf8.append('\b');
            break;
        case 'f':
            utf8.append('\f');
            break;
        case 'n':
            utf8.append('\n');
            break;
        case 'r':
            utf8.append('\r');
            break;
        case 't':
            utf8.append('\t');
            break;
        case 'u': {
            char32_t codePoint = hexUnit(d + i);
            i += 4;
            if (QChar::isHighSurrogate(codePoint)) {
                // A pair is two escapes; a lone half (broken or hostile input) is U+FFFD.
                if (i + 6 <= n && d[i] == '\\' && d[i + 1] == 'u' &&
                    QChar::isLowSurrogate(hexUnit(d + i + 2))) {
                    codePoint = QChar::surrogateToUcs4(char16_t(codePoint), hexUnit(d + i + 2));
                    i += 6;
                } else {
                    codePoint = QChar::ReplacementCharacter;
                }
            } else if (QChar::isLowSurrogate(codePoint)) {
                codePoint = QChar::ReplacementCharacter;
            }
            appendUtf8(utf8, codePoint);
            break;
        }
        default: // '"', '\\', '/'
            utf8.append(e);
            break;
        }
    }
    return QString::fromUtf8(utf8);
}

Type Value::type() const
{
    return m_tree ? m_tree->m_nodes[m_index].type : Type::Undefined;
}

bool Value::toBool(bool fallback) const
{
    return isBool() ? m_tree->m_nodes[m_index].flag : fallback;
}

std::optional<qint64> Value::toInt64() const
{
    if (!m_tree)
        return std::nullopt;
    const Tree::Node &node = m_tree->m_nodes[m_index];
    const char *begin = m_tree->m_input.constData() + node.start;
    const char *end = begin + node.length;
    if (node.type == Type::Number) {
        if (node.flag)
            return parseInteger(begin, end);
        // "12.0", "1e3": integral values written as floating point.
        const double d = toDouble(0.5);
        if (d == double(qint64(d)) && d > -9.0e18 && d < 9.0e18)
            return qint64(d);
        return std::nullopt;
    }
    if (node.type == Type::String && !node.flag && node.length > 0 && node.length <= 19) {
        for (const char *c = begin; c < end; ++c) {
            if (!isDigit(*c) && !(c == begin && *c == '-'))
                return std::nullopt;
        }
        return parseInteger(begin, end);
    }
    return std::nullopt;
}

double Value::toDouble(double fallback) const
{
    if (!isNumber())
        return fallback;
    const Tree::Node &node = m_tree->m_nodes[m_index];
    const char *begin = m_tree->m_input.constData() + node.start;
    double value = fallback;
    const auto [ptr, ec] = std::from_chars(begin, begin + node.length, value);
    return ec == std::errc() ? value : fallback;
}

QString Value::toString() const
{
    return isString() ? m_tree->decodeString(m_tree->m_nodes[m_index]) : QString();
}

bool Value::equals(QLatin1StringView text) const
{
    if (!isString())
        return false;
    const Tree::Node &node = m_tree->m_nodes[m_index];
    if (node.flag)
        return toString() == text;
    return node.length == quint32(text.size()) &&
           std::memcmp(m_tree->m_input.constData() + node.start, text.data(), node.length) == 0;
}

Value Value::member(QLatin1StringView key, quint32 *hint) const
{
    if (!isObject())
        return {};
    const std::vector<Tree::Node> &nodes = m_tree->m_nodes;
    const Tree::Node &object = nodes[m_index];
    const quint32 first = m_index + 1;
    const quint32 end = object.next;
    // Start after the member found last time: readers mostly ask in the server's order.
    quint32 keyIndex = first;
    if (hint && *hint >= first && *hint < end)
        keyIndex = nodes[*hint + 1].next;
    const char *input = m_tree->m_input.constData();
    for (quint32 checked = 0; checked < object.length; ++checked) {
        if (keyIndex >= end)
            keyIndex = first;
        const Tree::Node &name = nodes[keyIndex];
        // Length and first byte rule out nearly every other key before memcmp.
        const bool match =
                name.flag ? m_tree->decodeString(name) == key
                          : name.length == quint32(key.size()) &&
                                    (name.length == 0 || input[name.start] == key.data()[0]) &&
                                    std::memcmp(input + name.start, key.data(), name.length) == 0;
        if (match) {
            if (hint)
                *hint = keyIndex;
            return Value(m_tree, keyIndex + 1);
        }
        keyIndex = nodes[keyIndex + 1].next;
    }
    return {};
}

qsizetype Value::size() const
{
    return isArray() || isObject() ? qsizetype(m_tree->m_nodes[m_index].length) : 0;
}

Value::Iterator &Value::Iterator::operator++()
{
    m_index = m_tree->m_nodes[m_index].next;
    return *this;
}

Value::Iterator Value::begin() const
{
    if (!isArray())
        return end();
    return Iterator(m_tree, m_index + 1);
}

Value::Iterator Value::end() const
{
    if (!isArray())
        return Iterator(m_tree, 0);
    return Iterator(m_tree, m_tree->m_nodes[m_index].next);
}

} // namespace outpost::discourse::json
