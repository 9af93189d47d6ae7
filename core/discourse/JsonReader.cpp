#include "JsonReader.h"

#include <QVarLengthArray>

#include <limits>

namespace outpost::discourse::json {

namespace {

// Howard Hinnant's days_from_civil: days since 1970-01-01 for a proleptic Gregorian date.
constexpr qint64 daysFromCivil(int year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yearOfEra = unsigned(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + qint64(dayOfEra) - 719468;
}

constexpr bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr int daysInMonth(int year, int month)
{
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

// Reads exactly `count` decimal digits at `pos`; -1 if they are not all digits.
int digitsAt(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

QString quoteForMessage(const QString &text)
{
    constexpr qsizetype maxShown = 40;
    QString shown = text.left(maxShown);
    if (text.size() > maxShown)
        shown += QStringLiteral("...");
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

QString htmlTitle(const QByteArray &body)
{
    const QByteArray head = body.left(8192);
    const qsizetype open = head.indexOf("<title");
    const qsizetype openUpper = open < 0 ? head.indexOf("<TITLE") : open;
    if (openUpper < 0)
        return {};
    const qsizetype start = head.indexOf('>', openUpper);
    if (start < 0)
        return {};
    qsizetype end = head.indexOf("</", start);
    if (end < 0)
        end = head.size();
    return QString::fromUtf8(head.mid(start + 1, end - start - 1)).simplified().left(120);
}

} // namespace

QString Path::toString() const
{
    // Collect the chain root-first; paths are short, so a small array is plenty.
    QVarLengthArray<const Path *, 16> chain;
    for (const Path *p = this; p && p->m_parent; p = p->m_parent)
        chain.append(p);
    QString out;
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        const Path *p = chain[i];
        if (p->m_index >= 0) {
            out += QLatin1Char('[') + QString::number(p->m_index) + QLatin1Char(']');
        } else {
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += p->m_key;
        }
    }
    return out;
}

void State::fail(const Path &path, QString message, ParseError::Kind kind)
{
    if (m_error)
        return;
    m_error = ParseError{kind, path.toString(), std::move(message)};
}

ParseError State::takeError()
{
    ParseError error = m_error.value_or(ParseError{});
    m_error.reset();
    return error;
}

Value rootValue(const QByteArray &body, Tree &tree, State &state)
{
    const Path root;
    const qsizetype bom = body.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qsizetype start = bom;
    while (start < body.size() && (body[start] == ' ' || body[start] == '\n' ||
                                   body[start] == '\r' || body[start] == '\t'))
        ++start;
    if (start >= body.size()) {
        state.fail(root, QStringLiteral("the response body is empty"), ParseError::Kind::Empty);
        return {};
    }
    if (body[start] == '<') {
        const QString title = htmlTitle(body);
        state.fail(root,
                   title.isEmpty() ? QStringLiteral("an HTML page instead of JSON")
                                   : QStringLiteral("an HTML page instead of JSON (title: %1)")
                                             .arg(quoteForMessage(title)),
                   ParseError::Kind::Html);
        return {};
    }
    const char first = body[start];
    if (first != '{' && first != '[') {
        state.fail(
                root,
                QStringLiteral("not JSON: %1")
                        .arg(quoteForMessage(QString::fromUtf8(body.mid(start, 60)).simplified())),
                ParseError::Kind::NotJson);
        return {};
    }

    // simdjson skips leading whitespace itself, but not a byte order mark.
    SyntaxError error;
    if (!tree.parse(QByteArrayView(body).sliced(bom), error)) {
        if (error.atEnd) {
            state.fail(root,
                       QStringLiteral("the JSON stops early after %1 bytes; the response was "
                                      "probably cut off")
                               .arg(body.size()),
                       ParseError::Kind::Truncated);
        } else {
            state.fail(root, QStringLiteral("invalid JSON: %1").arg(error.message),
                       ParseError::Kind::NotJson);
        }
        return {};
    }
    return tree.root();
}

Value rootObject(const QByteArray &body, Tree &tree, State &state)
{
    const Value value = rootValue(body, tree, state);
    if (state.failed())
        return {};
    if (!value.isObject()) {
        state.fail(Path(), QStringLiteral("expected an object at the top level, got %1")
                                   .arg(describeType(value)));
        return {};
    }
    return value;
}

QString describeType(const Value &value)
{
    switch (value.type()) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Number:
        return QStringLiteral("the number %1").arg(value.toDouble());
    case Type::String:
        return QStringLiteral("the string %1").arg(quoteForMessage(value.toString()));
    case Type::Array:
        return QStringLiteral("an array");
    case Type::Object:
        return QStringLiteral("an object");
    case Type::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QDateTime parseTimestamp(QStringView text)
{
    // YYYY-MM-DDTHH:MM:SS
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 60 || text[4] != u'-' || text[7] != u'-' ||
        (text[10] != u'T' && text[10] != u't' && text[10] != u' ') || text[13] != u':' ||
        text[16] != u':' || day > daysInMonth(year, month))
        return {};

    qsizetype pos = 19;
    int millis = 0;
    if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
        ++pos;
        int scale = 100;
        const qsizetype fractionStart = pos;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            millis += int(text[pos].unicode() - u'0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == fractionStart)
            return {};
    }

    int offsetSeconds = 0;
    if (pos < text.size()) {
        const QChar zone = text[pos];
        if ((zone == u'Z' || zone == u'z') && pos + 1 == text.size()) {
            // UTC
        } else if (zone == u'+' || zone == u'-') {
            const int offsetHours = digitsAt(text, pos + 1, 2);
            qsizetype minutesAt = pos + 3;
            if (minutesAt < text.size() && text[minutesAt] == u':')
                ++minutesAt;
            const int offsetMinutes = digitsAt(text, minutesAt, 2);
            if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59 ||
                minutesAt + 2 != text.size())
                return {};
            offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60;
            if (zone == u'-')
                offsetSeconds = -offsetSeconds;
        } else {
            return {};
        }
    }

    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + millis, Qt::UTC);
}

Value ObjectReader::require(QLatin1StringView key)
{
    const Value value = member(key);
    if (value.isUndefined() && !m_state.failed())
        m_state.fail(Path(m_path, key), QStringLiteral("required field is missing"));
    return value;
}

void ObjectReader::typeError(QLatin1StringView key, const char *expected, const Value &got)
{
    if (m_state.failed())
        return;
    m_state.fail(Path(m_path, key), QStringLiteral("expected %1, got %2")
                                            .arg(QLatin1StringView(expected), describeType(got)));
}

qint64 ObjectReader::requiredInt64(QLatin1StringView key)
{
    const Value value = require(key);
    if (value.isUndefined())
        return 0;
    if (const auto number = value.toInt64())
        return *number;
    typeError(key, "an integer", value);
    return 0;
}

int ObjectReader::requiredInt(QLatin1StringView key)
{
    const qint64 value = requiredInt64(key);
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
        if (!m_state.failed())
            m_state.fail(Path(m_path, key),
                         QStringLiteral("the number %1 is out of range").arg(value));
        return 0;
    }
    return int(value);
}

QString ObjectReader::requiredString(QLatin1StringView key)
{
    const Value value = require(key);
    if (value.isString())
        return value.toString();
    if (!value.isUndefined())
        typeError(key, "a string", value);
    return {};
}

QDateTime ObjectReader::requiredTimestamp(QLatin1StringView key)
{
    const Value value = require(key);
    if (value.isUndefined())
        return {};
    if (value.isString()) {
        QDateTime parsed = parseTimestamp(value.toString());
        if (parsed.isValid())
            return parsed;
    }
    typeError(key, "an ISO 8601 timestamp", value);
    return {};
}

Value ObjectReader::requiredArray(QLatin1StringView key)
{
    const Value value = require(key);
    if (value.isArray())
        return value;
    if (!value.isUndefined())
        typeError(key, "an array", value);
    return {};
}

Value ObjectReader::requiredObject(QLatin1StringView key)
{
    const Value value = require(key);
    if (value.isObject())
        return value;
    if (!value.isUndefined())
        typeError(key, "an object", value);
    return {};
}

std::optional<qint64> ObjectReader::optionalInt64(QLatin1StringView key)
{
    return member(key).toInt64();
}

std::optional<int> ObjectReader::optionalInt(QLatin1StringView key)
{
    const auto value = member(key).toInt64();
    if (!value || *value < std::numeric_limits<int>::min() ||
        *value > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*value);
}

int ObjectReader::intOr(QLatin1StringView key, int fallback)
{
    return optionalInt(key).value_or(fallback);
}

bool ObjectReader::boolOr(QLatin1StringView key, bool fallback)
{
    const Value value = member(key);
    return value.isBool() ? value.toBool() : fallback;
}

QString ObjectReader::stringOr(QLatin1StringView key, const QString &fallback)
{
    const Value value = member(key);
    return value.isString() ? value.toString() : fallback;
}

std::optional<QString> ObjectReader::optionalString(QLatin1StringView key)
{
    const Value value = member(key);
    if (value.isString())
        return value.toString();
    return std::nullopt;
}

std::optional<QDateTime> ObjectReader::optionalTimestamp(QLatin1StringView key)
{
    const Value value = member(key);
    if (!value.isString())
        return std::nullopt;
    QDateTime parsed = parseTimestamp(value.toString());
    if (!parsed.isValid())
        return std::nullopt;
    return parsed;
}

Value ObjectReader::arrayOrEmpty(QLatin1StringView key)
{
    const Value value = member(key);
    return value.isArray() ? value : Value();
}

Value ObjectReader::optionalObject(QLatin1StringView key)
{
    const Value value = member(key);
    return value.isObject() ? value : Value();
}

QList<qint64> ObjectReader::int64List(QLatin1StringView key, bool required)
{
    const Value value = required ? require(key) : member(key);
    QList<qint64> result;
    if (value.isUndefined() || value.isNull())
        return result;
    if (!value.isArray()) {
        typeError(key, "an array", value);
        return result;
    }
    result.reserve(value.size());
    const Path arrayPath(m_path, key);
    qsizetype i = 0;
    for (const Value item : value) {
        if (const auto number = item.toInt64()) {
            result.append(*number);
        } else {
            if (!m_state.failed())
                m_state.fail(Path(arrayPath, i),
                             QStringLiteral("expected an integer, got %1").arg(describeType(item)));
            return {};
        }
        ++i;
    }
    return result;
}

Value objectElement(const Value &element, const Path &itemPath, State &state)
{
    if (element.isObject())
        return element;
    if (!state.failed())
        state.fail(itemPath,
                   QStringLiteral("expected an object, got %1").arg(describeType(element)));
    return {};
}

} // namespace outpost::discourse::json
