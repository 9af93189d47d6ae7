#include "tst_json_tree.h"

#include "discourse/JsonTree.h"

#include <QRandomGenerator>
#include <QTest>

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
            R"(["a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00", "lone \ud800 high", "\udc00", "مرحبا 😀"])");
    QVERIFY(p->ok);
    QStringList strings;
    for (const Value v : p->tree.root())
        strings << v.toString();
    QCOMPARE(strings[0], QStringLiteral("a\"b\\c/d\b\f\n\r\té😀"));
    QCOMPARE(strings[1], QStringLiteral("lone \uFFFD high"));
    QCOMPARE(strings[2], QStringLiteral("\uFFFD"));
    QCOMPARE(strings[3], QStringLiteral("مرحبا 😀"));
}

void TestJsonTree::numbers()
{
    const auto p = parse("[0, -0, 12.0, 1E3, 9223372036854775807, 9223372036854775808, "
                         "-9223372036854775808, "
                         "\"42\", \"-7\", \"4x\", \"\", 1.5e400]");
    QVERIFY(p->ok);
    QList<std::optional<qint64>> values;
    for (const Value v : p->tree.root())
        values << v.toInt64();
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
}

void TestJsonTree::invalidDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("atEnd");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << true << QStringLiteral("end of input");
    QTest::newRow("cut in string")
            << QByteArray(R"({"a": "bc)") << true << QStringLiteral("end of input");
    QTest::newRow("cut after comma")
            << QByteArray(R"([1,)") << true << QStringLiteral("end of input");
    QTest::newRow("cut in literal")
            << QByteArray(R"([tru)") << true << QStringLiteral("end of input");
    QTest::newRow("cut in escape")
            << QByteArray(R"(["\u12)") << true << QStringLiteral("end of input");
    QTest::newRow("cut in number") << QByteArray(R"([-)") << true << QStringLiteral("end of input");
    QTest::newRow("trailing data")
            << QByteArray(R"({} {})") << false << QStringLiteral("after the JSON value");
    QTest::newRow("trailing comma")
            << QByteArray(R"([1,])") << false << QStringLiteral("expected a value");
    QTest::newRow("trailing comma object")
            << QByteArray(R"({"a":1,})") << false << QStringLiteral("member name");
    QTest::newRow("missing colon")
            << QByteArray(R"({"a" 1})") << false << QStringLiteral("expected ':'");
    QTest::newRow("missing comma")
            << QByteArray(R"([1 2])") << false << QStringLiteral("expected ',' or ']'");
    QTest::newRow("unquoted key") << QByteArray(R"({a:1})") << false
                                  << QStringLiteral("member name");
    QTest::newRow("single quotes")
            << QByteArray(R"(['a'])") << false << QStringLiteral("expected a value");
    QTest::newRow("leading zero") << QByteArray(R"([012])") << false
                                  << QStringLiteral("expected ',' or ']'");
    QTest::newRow("bare dot") << QByteArray(R"([1.])") << false << QStringLiteral("invalid number");
    QTest::newRow("bad exponent") << QByteArray(R"([1e])") << false
                                  << QStringLiteral("invalid number");
    QTest::newRow("control character")
            << QByteArray("[\"a\nb\"]") << false << QStringLiteral("control character");
    QTest::newRow("bad escape") << QByteArray(R"(["\x41"])") << false
                                << QStringLiteral("invalid escape");
    QTest::newRow("bad unicode escape")
            << QByteArray(R"(["\u12g4"])") << false << QStringLiteral("invalid \\u");
    QTest::newRow("nan") << QByteArray(R"([NaN])") << false << QStringLiteral("expected a value");
    QTest::newRow("too deep") << (QByteArray(600, '[') + QByteArray(600, ']')) << false
                              << QStringLiteral("nested too deeply");
}

void TestJsonTree::invalidDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, atEnd);
    QFETCH(QString, messagePart);
    const auto p = parse(json);
    QVERIFY(!p->ok);
    QCOMPARE(p->error.atEnd, atEnd);
    QVERIFY2(p->error.message.contains(messagePart), qPrintable(p->error.message));
    QVERIFY(p->tree.root().isUndefined() || !p->ok);
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
    json += R"(,"esc\u0061ped":"yes"})";
    const auto p = parse(json);
    QVERIFY(p->ok);
    const Value root = p->tree.root();
    quint32 hint = 0;
    QRandomGenerator random(7);
    for (int round = 0; round < 500; ++round) {
        const int i = int(random.bounded(60));
        const QByteArray key = "key" + QByteArray::number(i);
        QCOMPARE(root.member(QLatin1StringView(key), &hint).toInt64(),
                 std::optional<qint64>(i * 10));
    }
    for (int i = 0; i < 60; ++i) { // in order: each lookup starts where the last one ended
        const QByteArray key = "key" + QByteArray::number(i);
        QCOMPARE(root.member(QLatin1StringView(key), &hint).toInt64(),
                 std::optional<qint64>(i * 10));
    }
    QVERIFY(root.member(QLatin1StringView("key60"), &hint).isUndefined());
    QVERIFY(root.member(QLatin1StringView("escaped")).equals(QLatin1StringView("yes")));
}

QTEST_GUILESS_MAIN(TestJsonTree)
