#include "JsonTree.h"

#include <bit>
#include <charconv>
#include <cstring>
#include <simdjson.h>
#include <type_traits>

namespace outpost::discourse::json {

namespace dom = simdjson::dom;

// Value and its iterators keep these as DomHandle bytes (see JsonTree.h). Comparing two
// handles byte by byte must mean comparing the positions: no padding inside.
template <typename T>
constexpr bool fitsDomHandle()
{
    return sizeof(T) == sizeof(DomHandle) && std::is_trivially_copyable_v<T> &&
           std::has_unique_object_representations_v<T>;
}
static_assert(fitsDomHandle<dom::element>());
static_assert(fitsDomHandle<dom::array::iterator>());
static_assert(fitsDomHandle<dom::object::iterator>());

// Allocating simdjson's buffers (tape, strings, structural index: ~15 bytes per input byte)
// costs nearly as much as parsing a typical response (measured: without reuse the parse of a
// 48 KB topic took 1.9x as long), so parsers are reused. Each thread keeps one
// spare: a tree takes it for its whole life (its values point into the parser's document),
// so trees alive at the same time never share a parser and no lock is needed.
class ReusableParser
{
public:
    ReusableParser()
    {
#ifdef SIMDJSON_THREADS_ENABLED
        dom.threaded = false; // only the rare truncation check streams, one small batch
#endif
        // Sets the depth limit; the buffers grow to fit each input.
        m_allocated = dom.allocate(initialCapacity, Tree::maxDepth) == simdjson::SUCCESS;
    }

    bool isUsable() const
    {
        return m_allocated;
    }

    // A copy of `json` followed by SIMDJSON_PADDING zero bytes: simdjson reads whole blocks
    // past the end, and a QByteArray promises no free space there. The copy costs ~4% of the
    // parse, ~1.5% of parseTopicDetail() (measured against parsing the caller's buffer in
    // place when it had room): not worth depending on QByteArray's internal layout.
    const char *padded(QByteArrayView json)
    {
        const auto length = size_t(json.size());
        if (m_inputCapacity < length) {
            const size_t capacity = std::max(length, m_inputCapacity + m_inputCapacity / 2);
            m_input.reset(new (std::nothrow) char[capacity + simdjson::SIMDJSON_PADDING]);
            m_inputCapacity = m_input ? capacity : 0;
            if (!m_input)
                return nullptr;
        }
        std::memcpy(m_input.get(), json.constData(), length);
        std::memset(m_input.get() + length, 0, simdjson::SIMDJSON_PADDING);
        return m_input.get();
    }

    // Whether the parser is small enough to keep for the next tree.
    bool isWorthKeeping() const
    {
        return m_allocated && dom.capacity() <= keepCapacity;
    }

    dom::parser dom;

private:
    static constexpr size_t initialCapacity = 64 * 1024;
    static constexpr size_t keepCapacity = 1024 * 1024; // bytes of JSON; ~15 MB of buffers

    std::unique_ptr<char[]> m_input;
    size_t m_inputCapacity = 0;
    bool m_allocated = false;
};

namespace {

struct SpareParser
{
    std::unique_ptr<ReusableParser> parser;
    ~SpareParser();
};

thread_local SpareParser spare;
// Set once `spare` is destroyed at thread exit (a tree destroyed later frees its parser).
thread_local bool spareGone = false;

SpareParser::~SpareParser()
{
    spareGone = true;
}

std::unique_ptr<ReusableParser> takeParser()
{
    if (!spareGone && spare.parser)
        return std::move(spare.parser);
    return std::make_unique<ReusableParser>();
}

void returnParser(std::unique_ptr<ReusableParser> parser)
{
    if (parser && parser->isWorthKeeping() && !spareGone && !spare.parser)
        spare.parser = std::move(parser);
}

template <typename T>
DomHandle toHandle(const T &simdjsonValue)
{
    return std::bit_cast<DomHandle>(simdjsonValue);
}

template <typename T>
T fromHandle(const DomHandle &handle)
{
    return std::bit_cast<T>(handle);
}

Type typeOf(dom::element_type type)
{
    switch (type) {
    case dom::element_type::ARRAY:
        return Type::Array;
    case dom::element_type::OBJECT:
        return Type::Object;
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
        return Type::Number;
    case dom::element_type::STRING:
        return Type::String;
    case dom::element_type::BOOL:
        return Type::Bool;
    case dom::element_type::NULL_VALUE:
        return Type::Null;
    }
    return Type::Undefined;
}

// The number of elements of a dom::array or members of a dom::object.
template <typename Container>
qsizetype countOf(const Container &container)
{
    // simdjson's tape records counts up to 0xFFFFFF; larger containers must be walked.
    if (const size_t count = container.size(); count < 0xFFFFFF)
        return qsizetype(count);
    qsizetype count = 0;
    for (auto it = container.begin(); it != container.end(); ++it)
        ++count;
    return count;
}

std::string_view toStringView(QLatin1StringView text)
{
    return {text.data(), size_t(text.size())};
}

// simdjson says what is wrong but not where. A body cut off by a dropped connection fails
// in one of two ways: inside a string (UNCLOSED_STRING), or with arrays and objects left
// open, which the DOM parser reports as a TAPE_ERROR, as it does for a misplaced comma.
// simdjson's streaming mode counts brackets to tell whether the last document of a buffer
// is complete; asking it (after a failure only) tells "stops early" from "malformed".
// Brackets that do not balance for another reason (one lost in the middle, an extra one at
// the end) are reported as "stops early" too: nothing simdjson exposes tells them apart.
bool stopsEarly(dom::parser &parser, const char *padded, size_t length, simdjson::error_code error)
{
    switch (error) {
    case simdjson::EMPTY:
    case simdjson::UNCLOSED_STRING:
        return true;
    case simdjson::TAPE_ERROR:
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        break;
    default:
        return false;
    }
    dom::document_stream stream;
    const size_t batch = std::max(length, dom::MINIMAL_BATCH_SIZE);
    if (parser.parse_many(padded, length, batch).get(stream) != simdjson::SUCCESS)
        return false;
    for ([[maybe_unused]] const auto document : stream)
        return false; // a document with balanced brackets: malformed inside
    // No document ended; the bytes from the first bracket on are "truncated".
    return stream.truncated_bytes() > 0;
}

} // namespace

Tree::Tree() = default;

Tree::~Tree()
{
    returnParser(std::move(m_parser));
}

bool Tree::parse(QByteArrayView json, SyntaxError &error)
{
    m_root = Value();
    if (!m_parser)
        m_parser = takeParser();
    const char *input = m_parser->isUsable() ? m_parser->padded(json) : nullptr;
    if (!input) {
        error = {QStringLiteral("out of memory for a JSON document of %1 bytes").arg(json.size()),
                 false};
        return false;
    }
    const auto length = size_t(json.size());
    dom::element root;
    const simdjson::error_code code = m_parser->dom.parse(input, length, false).get(root);
    if (code != simdjson::SUCCESS) {
        error.atEnd = stopsEarly(m_parser->dom, input, length, code);
        error.message = error.atEnd ? QStringLiteral("unexpected end of input")
                                    : QString::fromUtf8(simdjson::error_message(code));
        return false;
    }
    m_root = Value(toHandle(root), typeOf(root.type()));
    return true;
}

bool Value::toBool(bool fallback) const
{
    if (!isBool())
        return fallback;
    return fromHandle<dom::element>(m_element).get_bool().value_unsafe();
}

std::optional<qint64> Value::toInt64() const
{
    const auto element = fromHandle<dom::element>(m_element);
    if (isNumber()) {
        if (element.is_int64())
            return element.get_int64().value_unsafe();
        if (element.is_uint64())
            return std::nullopt; // above the qint64 range
        // "12.0", "1e3": integral values written as floating point.
        const double d = element.get_double().value_unsafe();
        if (d == double(qint64(d)) && d > -9.0e18 && d < 9.0e18)
            return qint64(d);
        return std::nullopt;
    }
    if (isString()) {
        const std::string_view text = element.get_string().value_unsafe();
        if (text.empty() || text.size() > 19)
            return std::nullopt;
        for (size_t i = 0; i < text.size(); ++i) {
            if ((text[i] < '0' || text[i] > '9') && !(i == 0 && text[i] == '-'))
                return std::nullopt;
        }
        qint64 value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || end != text.data() + text.size())
            return std::nullopt;
        return value;
    }
    return std::nullopt;
}

double Value::toDouble(double fallback) const
{
    if (!isNumber())
        return fallback;
    return fromHandle<dom::element>(m_element).get_double().value_unsafe();
}

QString Value::toString() const
{
    if (!isString())
        return {};
    const std::string_view text = fromHandle<dom::element>(m_element).get_string().value_unsafe();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool Value::equals(QLatin1StringView text) const
{
    return isString() &&
           fromHandle<dom::element>(m_element).get_string().value_unsafe() == toStringView(text);
}

Value Value::member(QLatin1StringView key, MemberCursor *cursor) const
{
    dom::object object;
    if (!isObject() ||
        fromHandle<dom::element>(m_element).get_object().get(object) != simdjson::SUCCESS)
        return {};
    const std::string_view wanted = toStringView(key);
    const dom::object::iterator first = object.begin();
    const dom::object::iterator end = object.end();
    // Start after the member found last time: readers mostly ask in the server's order.
    dom::object::iterator start = first;
    if (cursor && cursor->m_object == m_element) {
        start = fromHandle<dom::object::iterator>(cursor->m_position);
        ++start;
    }
    const auto found = [&](const dom::object::iterator &field) {
        if (cursor) {
            cursor->m_object = m_element;
            cursor->m_position = toHandle(field);
        }
        const dom::element value = field.value();
        return Value(toHandle(value), typeOf(value.type()));
    };
    for (auto field = start; field != end; ++field) {
        if (field.key_equals(wanted))
            return found(field);
    }
    for (auto field = first; field != start; ++field) {
        if (field.key_equals(wanted))
            return found(field);
    }
    return {};
}

qsizetype Value::size() const
{
    const auto element = fromHandle<dom::element>(m_element);
    dom::array array;
    if (isArray() && element.get_array().get(array) == simdjson::SUCCESS)
        return countOf(array);
    dom::object object;
    if (isObject() && element.get_object().get(object) == simdjson::SUCCESS)
        return countOf(object);
    return 0;
}

Value Value::Iterator::operator*() const
{
    const dom::element element = *fromHandle<dom::array::iterator>(m_position);
    return Value(toHandle(element), typeOf(element.type()));
}

Value::Iterator &Value::Iterator::operator++()
{
    auto position = fromHandle<dom::array::iterator>(m_position);
    ++position;
    m_position = toHandle(position);
    return *this;
}

Value::Iterator Value::begin() const
{
    dom::array array;
    if (!isArray() ||
        fromHandle<dom::element>(m_element).get_array().get(array) != simdjson::SUCCESS)
        return Iterator(DomHandle{});
    return Iterator(toHandle(array.begin()));
}

Value::Iterator Value::end() const
{
    dom::array array;
    if (!isArray() ||
        fromHandle<dom::element>(m_element).get_array().get(array) != simdjson::SUCCESS)
        return Iterator(DomHandle{});
    return Iterator(toHandle(array.end()));
}

} // namespace outpost::discourse::json
