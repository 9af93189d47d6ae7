#pragma once

// Internal to core/discourse: a strict JSON (RFC 8259) parser for the sync's hot path.
//
// Why not QJsonDocument: on Qt 6.4 QJsonDocument::fromJson spends most of its time copying
// every string into its CBOR container (measured: ~85% of parseTopicDetail, capping it near
// 20k posts/s on the development machine), while the sync must ingest >= 20k posts/s end to
// end. This parser makes one pass over the UTF-8 input and records a flat array of 16-byte
// nodes (offsets into the input, no copies); strings are decoded to QString only when a
// reader asks for them, and only the fields we use are ever decoded.
//
// Hostile input: iterative (no recursion), nesting capped, offsets checked; anything that is
// not valid JSON is refused with the byte offset of the problem.

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

#include <optional>
#include <vector>

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

class Tree;

// A handle to one value of a Tree; cheap to copy, valid while the Tree lives.
class Value
{
public:
    Value() = default;

    Type type() const;
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool(bool fallback = false) const;
    // Integral numbers (also "12.0" or "1e3"), and strings of decimal digits.
    std::optional<qint64> toInt64() const;
    double toDouble(double fallback = 0) const;
    // The decoded string; empty for other types.
    QString toString() const;
    // Whether this is a string equal to `text` (ASCII), without allocating.
    bool equals(QLatin1StringView text) const;

    // Objects: the member `key`, or Undefined. `hint` (per object, start at 0) remembers where
    // the last lookup matched so that reading members in the server's order costs O(1) each.
    Value member(QLatin1StringView key, quint32 *hint = nullptr) const;
    // Arrays and objects: the number of elements or members.
    qsizetype size() const;

    // Iteration over the elements of an array (nothing for other types).
    class Iterator
    {
    public:
        Value operator*() const { return Value(m_tree, m_index); }
        Iterator &operator++();
        bool operator!=(const Iterator &other) const { return m_index != other.m_index; }

    private:
        friend class Value;
        Iterator(const Tree *tree, quint32 index)
            : m_tree(tree)
            , m_index(index)
        {}
        const Tree *m_tree;
        quint32 m_index;
    };
    Iterator begin() const;
    Iterator end() const;

private:
    friend class Tree;
    Value(const Tree *tree, quint32 index)
        : m_tree(tree)
        , m_index(index)
    {}

    const Tree *m_tree = nullptr;
    quint32 m_index = 0;
};

struct SyntaxError
{
    qsizetype offset = 0; // byte offset of the problem
    QString message;      // what was expected or found
    bool atEnd = false;   // the input ended early (cut off)
};

class Tree
{
public:
    // Nesting deeper than this is refused (Discourse responses nest fewer than 10 levels).
    static constexpr int maxDepth = 512;

    // Parses `json` (which the tree keeps, sharing its data). False with `error` set on
    // invalid JSON; the tree is then empty.
    bool parse(const QByteArray &json, SyntaxError &error);

    Value root() const { return m_nodes.empty() ? Value() : Value(this, 0); }

private:
    friend class Value;

    struct Node
    {
        quint32 start;  // strings: first byte after the quote; numbers: first byte
        quint32 length; // strings and numbers: bytes; arrays: elements; objects: members
        quint32 next;   // index of the node after this value (and all it contains)
        Type type;
        bool flag; // strings: has escapes; numbers: integral syntax; bools: the value
    };

    bool parseString(qsizetype &pos, SyntaxError &error);
    bool parseNumber(qsizetype &pos, SyntaxError &error);
    bool parseMemberName(qsizetype &pos, SyntaxError &error);
    QString decodeString(const Node &node) const;

    QByteArray m_input;
    std::vector<Node> m_nodes;
};

} // namespace outpost::discourse::json
