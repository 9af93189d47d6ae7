#include "store/FoldingTokenizer.h"
#include "store/SearchQuery.h"

#include <QRandomGenerator>
#include <QTest>

using namespace outpost::store;

namespace {

QStringList terms(const char *utf8)
{
    return FoldingTokenizer::terms(QString::fromUtf8(utf8));
}

} // namespace

// The folding rules and the query sanitiser, without a database.
class TestStoreTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void folding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const char *text, QStringList expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };
        row("ascii case", "DHIS2 Tracker, v2.40!", {"dhis2", "tracker", "v2", "40"});
        row("french", "Café crème", {"cafe", "creme"});
        row("portuguese", "São Paulo: Ação e informação",
            {"sao", "paulo", "acao", "e", "informacao"});
        row("spanish", "Año niño", {"ano", "nino"});
        row("decomposed input", "cafe\xCC\x81", {"cafe"}); // e + combining acute
        row("german sharp s", "Straße", {"strasse"});
        row("polish", "Łódź", {"lodz"});
        row("vietnamese", "Tiếng Việt đẹp", {"tieng", "viet", "dep"});
        row("greek", "Ελληνικά", {QString::fromUtf8("ελληνικα")});
        row("ligature", "\xEF\xAC\x81le", {"file"});                        // ﬁle
        row("full width", "\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3", {"abc"}); // ＡＢＣ
        // Arabic: harakat dropped, alef forms, alef maksura, teh marbuta, tatweel.
        row("arabic harakat", "مُحَمَّدٌ", {QString::fromUtf8("محمد")});
        row("alef hamza above", "أحمد", {QString::fromUtf8("احمد")});
        row("alef hamza below", "إسلام", {QString::fromUtf8("اسلام")});
        row("alef madda", "آمن", {QString::fromUtf8("امن")});
        row("alef wasla", "ٱلله", {QString::fromUtf8("الله")});
        row("alef maksura", "مستشفى", {QString::fromUtf8("مستشفي")});
        row("teh marbuta", "مدرسة", {QString::fromUtf8("مدرسه")});
        row("tatweel", "مـــرحبا", {QString::fromUtf8("مرحبا")});
        row("arabic digits", "٢٠٢٤", {"2024"});
        row("presentation forms", "\xEF\xBB\xBB", {QString::fromUtf8("لا")}); // ﻻ
        row("persian zwnj and yeh", "می\xE2\x80\x8Cخواهم", {QString::fromUtf8("ميخواهم")});
        // Vowel signs of Indic scripts are letters there: kept.
        row("devanagari", "किताब", {QString::fromUtf8("किताब")});
        row("punctuation and emoji", "hello—world 👍 (ok)", {"hello", "world", "ok"});
        row("cjk run", "数据质量", {QString::fromUtf8("数据质量")});
    }

    void folding()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(FoldingTokenizer::terms(text), expected);
    }

    void sameWordWithAndWithoutMarksFoldsAlike()
    {
        QCOMPARE(terms("مُدَرِّسَةٌ"), terms("مدرسه"));
        QCOMPARE(terms("إِحْصَاء"), terms("احصاء"));
        QCOMPARE(terms("ÉVALUATION"), terms("evaluation"));
    }

    void offsetsPointIntoTheOriginalText()
    {
        const QByteArray text = QString::fromUtf8("Olá, café! مُحَمَّد").toUtf8();
        const QList<FoldingTokenizer::Token> tokens = FoldingTokenizer::tokenize(text);
        QCOMPARE(tokens.size(), 3);
        const auto original = [&](int i) {
            return QString::fromUtf8(text.mid(tokens[i].start, tokens[i].end - tokens[i].start));
        };
        QCOMPARE(original(0), QString::fromUtf8("Olá"));
        QCOMPARE(original(1), QString::fromUtf8("café"));
        QCOMPARE(original(2), QString::fromUtf8("مُحَمَّد")); // with its marks
        QCOMPARE(tokens[1].folded, QByteArray("cafe"));
    }

    void malformedUtf8IsASeparator()
    {
        const QByteArray text("abc\xC3(def\xFF\xFEghi\xE2\x82", 15);
        QStringList found;
        for (const FoldingTokenizer::Token &t : FoldingTokenizer::tokenize(text))
            found.append(QString::fromUtf8(t.folded));
        QCOMPARE(found, (QStringList{"abc", "def", "ghi"}));
    }

    // Arbitrary bytes (broken UTF-8, NULs, every plane) never crash the tokenizer and always
    // give in-bounds, increasing offsets.
    void arbitraryBytes()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes(int(random.bounded(64)), Qt::Uninitialized);
            for (char &b : bytes)
                b = char(random.bounded(256));
            if (round % 3 == 0) // mostly valid text from all planes
                bytes = QString::fromUcs4(reinterpret_cast<const char32_t *>(bytes.constData()),
                                          bytes.size() / 4)
                                .toUtf8();
            int previousEnd = 0;
            for (const FoldingTokenizer::Token &t : FoldingTokenizer::tokenize(bytes)) {
                QVERIFY(t.start >= previousEnd);
                QVERIFY(t.end > t.start);
                QVERIFY(t.end <= bytes.size());
                QVERIFY(!t.folded.isEmpty());
                previousEnd = t.end;
            }
        }
    }

    void veryLongTokensAreCut()
    {
        const QString longWord(5000, QLatin1Char('a'));
        const QStringList found = FoldingTokenizer::terms(longWord);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().size(), 256);
    }

    void matchExpressions_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *input, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(expected);
        };
        row("empty", "", "");
        row("spaces", "   \t ", "");
        row("star alone", "*", "");
        row("operators only", "( ) : ^ -", "");
        row("one word while typing", "malar", "\"malar\"*");
        row("one word done", "malaria ", "\"malaria\"");
        row("short prefix not expanded", "ma", "\"ma\"");
        row("unbalanced quote", "café \"world health", "\"café\" \"world health\"*");
        row("closed phrase", "\"world health\"", "\"world health\"");
        row("fts operators are text", "a OR b NOT c ", "\"a\" \"OR\" \"b\" \"NOT\" \"c\"");
        row("short word just begun left out", "malaria da", "\"malaria\"");
        row("near and parens", "NEAR(tracker sync)", "\"NEAR(tracker\" \"sync)\"*");
        row("column filter", "title:malaria", "\"title:malaria\"*");
        row("star suffix", "dash*", "\"dash*\"*");
        row("embedded quote", "it\"s", "\"it\" \"s\"");
        row("control characters",
            "a\x02"
            "b\x03",
            "\"a\" \"b\"");
        row("arabic", "منظمة الصحة", "\"منظمة\" \"الصحة\"*");
    }

    void matchExpressions()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(SearchQuery::matchExpression(input), expected);
    }

    void prefixCanBeTurnedOff()
    {
        QCOMPARE(SearchQuery::matchExpression(QStringLiteral("malar"), SearchQuery::Prefix::Never),
                 QStringLiteral("\"malar\""));
    }
};

QTEST_GUILESS_MAIN(TestStoreTokenizer)
#include "tst_store_tokenizer.moc"
