#include "tst_json_tree.h"

#include "discourse/JsonTree.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace outpost::discourse::json;

namespace {

struct Parsed
{
    Tree tree;
    bool ok = false;
    SyntaxError error;
};

std::unique_ptr<Parsed> parse(const QByteArray &json)
{
    auto parsed = std::make_unique<Parsed>();
    parsed->ok = parsed->tree.parse(json, parsed->error);
    return parsed;
}

} // namespace

void TestJsonTree::scalarsAndContainers()
{
    const auto p =
            parse(" { \"a\" : [1, -2.5, true, false, null, \"x\", {}, []], \"b\": {\"c\": 3} } \n");
    QVERIFY(p->ok);
    const Value root = p->tree.root();
    QVERIFY(root.isObject());
    QCOMPARE(root.size(), 2);
    const Value a = root.member(QLatin1StringView("a"));
    QVERIFY(a.isArray());
    QCOMPARE(a.size(), 8);
    QList<Type> types;
    for (const Value v : a)
        types << v.type();
    QCOMPARE(types, (QList<Type>{Type::Number, Type::Number, Type::Bool, Type::Bool, Type::Null,
                                 Type::String, Type::Object, Type::Array}));
    auto it = a.begin();
    QCOMPARE((*it).toInt64(), std::optional<qint64>(1));
    ++it;
    QCOMPARE((*it).toDouble(), -2.5);
    QVERIFY(!(*it).toInt64());
    ++it;
    QVERIFY((*it).toBool());
    QCOMPARE(root.member(QLatin1StringView("b")).member(QLatin1StringView("c")).toInt64(),
             std::optional<qint64>(3));
    QVERIFY(root.member(QLatin1StringView("missing")).isUndefined());
    QVERIFY(a.member(QLatin1StringView("a")).isUndefined()); // not an object
    QCOMPARE(Value().size(), 0);
}

void TestJsonTree::stringEscapes()
{
    const auto p = parse(
            R"(["a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00", "\u0000", "مرحبا 😀", "esc\u0061ped"])");
    QVERIFY(p->ok);
    QStringList strings;
    for (const Value v : p->tree.root())
        strings << v.toString();
    QCOMPARE(strings[0], QStringLiteral("a\"b\\c/d\b\f\n\r\té😀"));
    QCOMPARE(strings[1], QString(QChar(0)));
    QCOMPARE(strings[2], QStringLiteral("مرحبا 😀"));
    QCOMPARE(strings[3], QStringLiteral("escaped"));
    // Compared decoded, and without allocating.
    auto it = p->tree.root().begin();
    ++it;
    ++it;
    ++it;
    QVERIFY((*it).equals(QLatin1StringView("escaped")));
    QVERIFY(!(*it).equals(QLatin1StringView("esc\\u0061ped")));
}

void TestJsonTree::loneSurrogatesAreRefused()
{
    // simdjson refuses an escaped half of a surrogate pair (the hand-written parser this
    // replaced decoded it to U+FFFD). Discourse writes UTF-8 and never produces one.
    for (const QByteArray &json :
         {QByteArray(R"(["lone \ud800 high"])"), QByteArray(R"(["\udc00"])"),
          QByteArray(R"(["\ud83d\u0041"])")}) {
        const auto p = parse(json);
        QVERIFY2(!p->ok, json.constData());
        QVERIFY(!p->error.atEnd);
        QVERIFY(p->tree.root().isUndefined());
    }
}

void TestJsonTree::numbers()
{
    const auto p = parse("[0, -0, 12.0, 1E3, 9223372036854775807, 9223372036854775808, "
                         "-9223372036854775808, "
                         "\"42\", \"-7\", \"4x\", \"\", 1e300, \"12345678901234567890\", 2.5]");
    QVERIFY(p->ok);
    QList<std::optional<qint64>> values;
    QList<double> doubles;
    for (const Value v : p->tree.root()) {
        values << v.toInt64();
        doubles << v.toDouble(-1);
    }
    QCOMPARE(values[0], std::optional<qint64>(0));
    QCOMPARE(values[1], std::optional<qint64>(0));
    QCOMPARE(values[2], std::optional<qint64>(12));
    QCOMPARE(values[3], std::optional<qint64>(1000));
    QCOMPARE(values[4], std::optional<qint64>(std::numeric_limits<qint64>::max()));
    QVERIFY(!values[5]);
    QCOMPARE(values[6], std::optional<qint64>(std::numeric_limits<qint64>::min()));
    QCOMPARE(values[7], std::optional<qint64>(42));
    QCOMPARE(values[8], std::optional<qint64>(-7));
    QVERIFY(!values[9]);
    QVERIFY(!values[10]);
    QVERIFY(!values[11]);
    QVERIFY(!values[12]); // digits beyond the qint64 range
    QVERIFY(!values[13]);
    QCOMPARE(doubles[5], 9223372036854775808.0);
    QCOMPARE(doubles[11], 1e300);
    QCOMPARE(doubles[13], 2.5);
    QCOMPARE(doubles[7], -1.0); // strings are not numbers for toDouble()
}

void TestJsonTree::numbersSimdjsonCannotRepresentAreRefused()
{
    // RFC 8259 allows them, simdjson refuses the whole document (the hand-written parser this
    // replaced kept the document and read such a number as "not an integer"). Discourse
    // sends 64-bit ids and counts.
    for (const QByteArray &json : {QByteArray("[1.5e400]"), QByteArray("[18446744073709551616]"),
                                   QByteArray("[-9223372036854775809]")}) {
        const auto p = parse(json);
        QVERIFY2(!p->ok, json.constData());
        QVERIFY(!p->error.atEnd);
    }
}

void TestJsonTree::invalidDocuments_data()
{
    // simdjson says what is wrong, not where (no byte offset), in its own words: only whether
    // the input stops early is asserted, and that the message says something.
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("atEnd");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("only whitespace") << QByteArray(" \n") << true;
    QTest::newRow("cut in string") << QByteArray(R"({"a": "bc)") << true;
    QTest::newRow("cut in key") << QByteArray(R"({"a": 1, "b)") << true;
    QTest::newRow("cut after key") << QByteArray(R"({"a")") << true;
    QTest::newRow("cut after colon") << QByteArray(R"({"a":)") << true;
    QTest::newRow("cut after comma") << QByteArray(R"([1,)") << true;
    QTest::newRow("cut in literal") << QByteArray(R"([tru)") << true;
    QTest::newRow("cut in escape") << QByteArray(R"(["\u12)") << true;
    QTest::newRow("cut in number") << QByteArray(R"([-)") << true;
    QTest::newRow("cut in fraction") << QByteArray(R"({"a":12.)") << true;
    QTest::newRow("cut in multibyte character") << QByteArray("[\"\xC3") << true;
    // The last byte closes an object, but not the outermost one.
    QTest::newRow("cut after inner object") << QByteArray(R"({"a":{"b":1})") << true;
    QTest::newRow("cut after inner array") << QByteArray(R"([[1],[2])") << true;
    QTest::newRow("cut, whitespace around") << QByteArray("\n  {\"a\": [1, 2\n  ") << true;
    QTest::newRow("cut after inner object, whitespace around")
            << QByteArray("  {\"a\":{\"b\":1}   ") << true;
    QTest::newRow("trailing data") << QByteArray(R"({} {})") << false;
    QTest::newRow("trailing garbage") << QByteArray(R"({"a":1}x)") << false;
    QTest::newRow("comma inside, whitespace around")
            << QByteArray("\n  {\"a\": [1,,2]}  \n") << false;
    QTest::newRow("trailing comma") << QByteArray(R"([1,])") << false;
    QTest::newRow("trailing comma object") << QByteArray(R"({"a":1,})") << false;
    QTest::newRow("comma inside") << QByteArray(R"({"topic_list": {,}})") << false;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << false;
    QTest::newRow("missing comma") << QByteArray(R"([1 2])") << false;
    QTest::newRow("unquoted key") << QByteArray(R"({a:1})") << false;
    QTest::newRow("single quotes") << QByteArray(R"(['a'])") << false;
    QTest::newRow("leading zero") << QByteArray(R"([012])") << false;
    QTest::newRow("bare dot") << QByteArray(R"([1.])") << false;
    QTest::newRow("bad exponent") << QByteArray(R"([1e])") << false;
    QTest::newRow("bad literal") << QByteArray(R"([tru,1])") << false;
    QTest::newRow("control character") << QByteArray("[\"a\nb\"]") << false;
    QTest::newRow("bad escape") << QByteArray(R"(["\x41"])") << false;
    QTest::newRow("bad unicode escape") << QByteArray(R"(["\u12g4"])") << false;
    QTest::newRow("invalid UTF-8") << QByteArray("[\"\xC3(\"]") << false;
    QTest::newRow("overlong UTF-8") << QByteArray("[\"\xC0\xAF\"]") << false;
    QTest::newRow("nan") << QByteArray(R"([NaN])") << false;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{}") << false;
    QTest::newRow("too deep") << (QByteArray(600, '[') + QByteArray(600, ']')) << false;
}

void TestJsonTree::invalidDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, atEnd);
    const auto p = parse(json);
    QVERIFY(!p->ok);
    QCOMPARE(p->error.atEnd, atEnd);
    QVERIFY(!p->error.message.isEmpty());
    QVERIFY(p->tree.root().isUndefined());
}

void TestJsonTree::everyPrefixOfEveryFixtureStopsEarly()
{
    // simdjson gives no offset, so "stops early" is inferred (see JsonTree.cpp): check it on
    // every cut of every real response, also with whitespace around the body.
    const QString dir = qEnvironmentVariable("OUTPOST_FIXTURES_DIR") + QStringLiteral("/responses");
    QDirIterator it(dir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray full = file.readAll().trimmed();
        for (const QByteArray &around : {QByteArray(), QByteArray("\r\n  ")}) {
            for (qsizetype length = 0; length <= full.size(); ++length) {
                const auto p = parse(around + full.left(length) + around);
                const QByteArray where = it.fileName().toUtf8() + " at " +
                                         QByteArray::number(length) + ": " +
                                         p->error.message.toUtf8();
                if (length == full.size()) {
                    QVERIFY2(p->ok, where.constData());
                } else {
                    QVERIFY2(!p->ok && p->error.atEnd, where.constData());
                }
            }
        }
        ++files;
    }
    QVERIFY(files > 20);
}

void TestJsonTree::deepButAllowedNesting()
{
    const auto p = parse(QByteArray(500, '[') + QByteArray(500, ']'));
    QVERIFY(p->ok);
    Value v = p->tree.root();
    int depth = 0;
    while (v.isArray()) {
        ++depth;
        if (v.size() == 0)
            break;
        v = *v.begin();
    }
    QCOMPARE(depth, 500);
}

void TestJsonTree::memberLookupInAnyOrder()
{
    QByteArray json = "{";
    for (int i = 0; i < 60; ++i)
        json += (i ? "," : "") + QByteArray("\"key") + QByteArray::number(i) +
                "\":" + QByteArray::number(i * 10);
    json += R"(,"esc\u0061ped":"yes","inner":{"key1":"inner"}})";
    const auto p = parse(json);
    QVERIFY(p->ok);
    const Value root = p->tree.root();
    MemberCursor cursor;
    QRandomGenerator random(7);
    for (int round = 0; round < 500; ++round) {
        const int i = int(random.bounded(60));
        const QByteArray key = "key" + QByteArray::number(i);
        QCOMPARE(root.member(QLatin1StringView(key), &cursor).toInt64(),
                 std::optional<qint64>(i * 10));
    }
    for (int i = 0; i < 60; ++i) { // in order: each lookup starts where the last one ended
        const QByteArray key = "key" + QByteArray::number(i);
        QCOMPARE(root.member(QLatin1StringView(key), &cursor).toInt64(),
                 std::optional<qint64>(i * 10));
    }
    QVERIFY(root.member(QLatin1StringView("key60"), &cursor).isUndefined());
    QVERIFY(root.member(QLatin1StringView("escaped")).equals(QLatin1StringView("yes")));
    // A cursor handed to another object starts over there.
    const Value inner = root.member(QLatin1StringView("inner"), &cursor);
    QVERIFY(inner.member(QLatin1StringView("key1"), &cursor).equals(QLatin1StringView("inner")));
    QCOMPARE(root.member(QLatin1StringView("key1"), &cursor).toInt64(), std::optional<qint64>(10));
    QCOMPARE(root.size(), 62);
}

void TestJsonTree::reparsingReplacesTheDocument()
{
    Tree tree;
    SyntaxError error;
    QVERIFY(tree.parse(R"({"a":1})", error));
    QCOMPARE(tree.root().member(QLatin1StringView("a")).toInt64(), std::optional<qint64>(1));
    // A longer document next: the buffers grow.
    QByteArray longer = R"({"b":")" + QByteArray(200000, 'x') + R"("})";
    QVERIFY(tree.parse(longer, error));
    QVERIFY(tree.root().member(QLatin1StringView("a")).isUndefined());
    QCOMPARE(tree.root().member(QLatin1StringView("b")).toString().size(), 200000);
    QVERIFY(!tree.parse("[1,", error));
    QVERIFY(tree.root().isUndefined());
    QVERIFY(tree.parse("[2]", error));
    QCOMPARE((*tree.root().begin()).toInt64(), std::optional<qint64>(2));
}

void TestJsonTree::treesAliveTogetherKeepTheirDocuments()
{
    // Parsers are reused from tree to tree on a thread; two trees alive at once must never
    // share one.
    auto first = parse(R"({"name":"first"})");
    const Value firstName = first->tree.root().member(QLatin1StringView("name"));
    {
        auto second = parse(R"({"name":"second"})");
        QCOMPARE(second->tree.root().member(QLatin1StringView("name")).toString(),
                 QStringLiteral("second"));
        QCOMPARE(firstName.toString(), QStringLiteral("first"));
    }
    auto third = parse(R"({"name":"third","other":[1,2,3]})");
    QCOMPARE(third->tree.root().member(QLatin1StringView("name")).toString(),
             QStringLiteral("third"));
    QCOMPARE(firstName.toString(), QStringLiteral("first"));
    first.reset();
    auto fourth = parse(R"(["fourth"])");
    QCOMPARE((*fourth->tree.root().begin()).toString(), QStringLiteral("fourth"));
    QCOMPARE(third->tree.root().member(QLatin1StringView("other")).size(), 3);
}

void TestJsonTree::treesOnSeveralThreads()
{
    // The sync parses on a worker thread while the GUI may parse on its own.
    std::atomic<int> wrong = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([t, &wrong] {
            for (int i = 0; i < 300; ++i) {
                const QByteArray json = R"({"thread":)" + QByteArray::number(t) + R"(,"round":)" +
                                        QByteArray::number(i) + R"(,"text":")" +
                                        QByteArray(i * 7, char('a' + t)) + R"("})";
                Tree tree;
                SyntaxError error;
                if (!tree.parse(json, error)) {
                    ++wrong;
                    continue;
                }
                const Value root = tree.root();
                if (root.member(QLatin1StringView("thread")).toInt64() != t ||
                    root.member(QLatin1StringView("round")).toInt64() != i ||
                    root.member(QLatin1StringView("text")).toString() !=
                            QString(i * 7, QLatin1Char(char('a' + t))))
                    ++wrong;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

QTEST_GUILESS_MAIN(TestJsonTree)
