#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace outpost::discourse {

// Why a response body could not be turned into a value.
struct ParseError
{
    enum class Kind
    {
        Empty,     // no body at all
        Html,      // an HTML page (captive portal, proxy page, Discourse's HTML view)
        NotJson,   // some other text
        Truncated, // JSON that stops early: the connection was cut or the body was capped
        Shape,     // valid JSON, but not the shape we need (missing or wrongly typed field)
    };

    Kind kind = Kind::Shape;
    QString path;    // where in the JSON, e.g. "topic_list.topics[3].id"; empty for the root
    QString message; // what was wrong, e.g. "expected a number"

    // "topic_list.topics[3].id: expected a number" — for logs and a "details" pane.
    QString toString() const
    {
        if (path.isEmpty())
            return message;
        return path + QStringLiteral(": ") + message;
    }
};

// A sentence for people: what happened, without JSON paths (those go in the details).
QString describeForPeople(const ParseError &error);

// Either a parsed value or the reason it could not be parsed.
template <typename T>
class ParseResult
{
public:
    ParseResult(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    ParseResult(ParseError error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T *operator->() const { return &std::get<0>(m_state); }
    const T &operator*() const & { return value(); }

    const ParseError &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, ParseError> m_state;
};

} // namespace outpost::discourse
