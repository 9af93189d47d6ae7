#pragma once

// Internal to core/discourse: JSON for the sync's hot path, parsed by simdjson (Debian's
// libsimdjson) behind the small Tree/Value interface the readers use.
//
// Why not QJsonDocument: on Qt 6.4 QJsonDocument::fromJson spends most of its time copying
// every string into its CBOR container; alone it parses ~38k posts/s of a typical topic, too
// close to the sync's target of >= 20k posts/s end to end. Why simdjson rather than the
// strict parser we wrote for this first: it is a maintained, fuzzed Debian package, it
// validates UTF-8, and it is faster. Measured with bench_discourse_parse (ci preset, CPU time,
// best of 5 batches, 20-post topic of 47.8 KB): the JSON parse alone ran at ~38k posts/s
// with QJsonDocument, ~325k with our parser and ~560k with simdjson (it also unescapes the
// strings, which our parser left for later); parseTopicDetail() end to end went from ~114k
// to ~190k posts/s, parseLatestPosts() from ~105k to ~190k.
//
// simdjson's header (and the compile definitions its CMake target sets) stay inside
// JsonTree.cpp: Value and its iterators hold simdjson's DOM handles as plain bytes.
//
// Hostile input: simdjson refuses anything that is not RFC 8259 JSON in valid UTF-8, nesting
// deeper than Tree::maxDepth, escaped lone surrogates, and numbers it cannot hold (integers
// beyond 64 bits, doubles beyond 1.8e308). It does not say where the problem is.

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <array>
#include <cstddef>
#include <memory>
#include <optional>

namespace outpost::discourse::json {

enum class Type : quint8
{
    Undefined, // no such value (a missing member, a lookup on a non-object)
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
};

// A simdjson DOM element or iterator (a document pointer and a tape index), as bytes;
// JsonTree.cpp checks that the real types fit.
using DomHandle = std::array<std::byte, 2 * sizeof(void *)>;

// Remembers where the last Value::member() lookup in one object matched.
class MemberCursor
{
private:
    friend class Value;
    DomHandle m_object{};   // the object the cursor belongs to
    DomHandle m_position{}; // the member that matched last
};

// A handle to one value of a Tree; cheap to copy, valid while the Tree lives.
class Value
{
public:
    Value() = default;

    Type type() const { return m_type; }
    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool(bool fallback = false) const;
    // Integral numbers (also "12.0" or "1e3"), and strings of decimal digits.
    std::optional<qint64> toInt64() const;
    double toDouble(double fallback = 0) const;
    // The decoded string; empty for other types.
    QString toString() const;
    // Whether this is a string equal to `text` (ASCII), without allocating.
    bool equals(QLatin1StringView text) const;

    // Objects: the member `key`, or Undefined. A `cursor` (one per object) makes the search
    // start after the member found last, so reading members in the server's order costs
    // a comparison or two each instead of a scan from the first member.
    Value member(QLatin1StringView key, MemberCursor *cursor = nullptr) const;
    // Arrays and objects: the number of elements or members.
    qsizetype size() const;

    // Iteration over the elements of an array (nothing for other types).
    class Iterator
    {
    public:
        Value operator*() const;
        Iterator &operator++();
        bool operator!=(const Iterator &other) const { return m_position != other.m_position; }

    private:
        friend class Value;
        explicit Iterator(const DomHandle &position)
            : m_position(position)
        {}
        DomHandle m_position; // a simdjson::dom::array::iterator
    };
    Iterator begin() const;
    Iterator end() const;

private:
    friend class Tree;
    Value(const DomHandle &element, Type type)
        : m_element(element)
        , m_type(type)
    {}

    DomHandle m_element{}; // a simdjson::dom::element
    Type m_type = Type::Undefined;
};

struct SyntaxError
{
    QString message;    // what simdjson found wrong (it does not say where)
    bool atEnd = false; // the input stops early (cut off) rather than being malformed
};

// A simdjson parser with its buffers; defined in JsonTree.cpp.
class ReusableParser;

class Tree
{
public:
    // simdjson refuses documents nested deeper than about this many levels (it counts a
    // little differently for objects and arrays). Discourse nests fewer than 10.
    static constexpr int maxDepth = 512;

    Tree();
    ~Tree();
    Tree(const Tree &) = delete;
    Tree &operator=(const Tree &) = delete;

    // Parses `json` (UTF-8; the tree keeps a copy). False with `error` set on invalid JSON;
    // the tree is then empty. Values from an earlier parse of this tree become invalid.
    bool parse(QByteArrayView json, SyntaxError &error);

    Value root() const { return m_root; }

private:
    // The parser owns the parsed document, so each tree holds one until it is destroyed.
    std::unique_ptr<ReusableParser> m_parser;
    Value m_root;
};

} // namespace outpost::discourse::json
