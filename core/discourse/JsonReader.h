#pragma once

// Internal to core/discourse: typed, path-aware reads from a parsed JSON document, shared by
// the response parsers. The first error wins and later reads return defaults, so a parser
// reads straight through and checks State::failed() once at the end.

#include "JsonTree.h"
#include "ParseResult.h"

#include <QDateTime>
#include <QLatin1StringView>

#include <optional>
#include <type_traits>

namespace outpost::discourse::json {

constexpr QLatin1StringView operator""_l1(const char *text, size_t size)
{
    return QLatin1StringView(text, qsizetype(size));
}

// A position in the document. Paths live on the stack while a parser descends and are turned
// into text only when something is wrong, so the happy path never builds strings.
class Path
{
public:
    Path() = default; // the root
    Path(const Path &parent, QLatin1StringView key)
        : m_parent(&parent)
        , m_key(key)
    {}
    Path(const Path &parent, qsizetype index)
        : m_parent(&parent)
        , m_index(index)
    {}

    QString toString() const;

private:
    const Path *m_parent = nullptr;
    QLatin1StringView m_key;
    qsizetype m_index = -1;
};

class State
{
public:
    bool failed() const { return m_error.has_value(); }
    void fail(const Path &path, QString message, ParseError::Kind kind = ParseError::Kind::Shape);
    ParseError takeError();

private:
    std::optional<ParseError> m_error;
};

// Parses `body` into `tree` and returns its root object. Recognises the bodies that are not
// JSON at all (empty, HTML, text, cut off) and says which it was.
Value rootObject(const QByteArray &body, Tree &tree, State &state);
// The same, for endpoints whose root may be an array (legacy shapes) or an object.
Value rootValue(const QByteArray &body, Tree &tree, State &state);

// "a string", "an array", "null", ... for error messages.
QString describeType(const Value &value);

// ISO 8601 as Discourse writes it: 2024-03-01T12:34:56.789Z (fraction and zone offset
// optional; "+05:00", "-0400" and "Z" accepted; no zone means UTC). Returns an invalid
// QDateTime when the text is not such a timestamp.
QDateTime parseTimestamp(QStringView text);

class ObjectReader
{
public:
    ObjectReader(Value object, const Path &path, State &state)
        : m_object(object)
        , m_path(path)
        , m_state(state)
    {}

    const Value &object() const { return m_object; }
    // The member `key` (Undefined if missing); reading in the server's order is fastest.
    Value member(QLatin1StringView key) { return m_object.member(key, &m_cursor); }
    const Path &path() const { return m_path; }
    State &state() const { return m_state; }

    // Required fields: present, not null, of the right type; otherwise the parse fails.
    qint64 requiredInt64(QLatin1StringView key);
    int requiredInt(QLatin1StringView key);
    QString requiredString(QLatin1StringView key);
    QDateTime requiredTimestamp(QLatin1StringView key);
    Value requiredArray(QLatin1StringView key);
    Value requiredObject(QLatin1StringView key);

    // Optional fields: missing or null give the default. A value of the wrong type is treated
    // as missing too: real servers (and plugins) put odd things in fields we only use for
    // display, and refusing a whole topic for that would lose more than it protects.
    std::optional<qint64> optionalInt64(QLatin1StringView key);
    std::optional<int> optionalInt(QLatin1StringView key);
    int intOr(QLatin1StringView key, int fallback);
    bool boolOr(QLatin1StringView key, bool fallback);
    QString stringOr(QLatin1StringView key, const QString &fallback = {});
    std::optional<QString> optionalString(QLatin1StringView key);
    std::optional<QDateTime> optionalTimestamp(QLatin1StringView key);
    Value arrayOrEmpty(QLatin1StringView key);   // Undefined unless an array
    Value optionalObject(QLatin1StringView key); // Undefined unless an object

    // A list of integer ids; wrong entries fail the parse (they would corrupt what we store).
    QList<qint64> int64List(QLatin1StringView key, bool required);

private:
    Value require(QLatin1StringView key);
    void typeError(QLatin1StringView key, const char *expected, const Value &got);

    Value m_object;
    MemberCursor m_cursor;
    const Path &m_path;
    State &m_state;
};

// An array element that must be an object; fails the parse otherwise.
Value objectElement(const Value &element, const Path &itemPath, State &state);

// Wraps a finished parse into a ParseResult.
template <typename T>
ParseResult<std::remove_cvref_t<T>> finish(State &state, T &&value)
{
    if (state.failed())
        return state.takeError();
    return ParseResult<std::remove_cvref_t<T>>(std::forward<T>(value));
}

} // namespace outpost::discourse::json
