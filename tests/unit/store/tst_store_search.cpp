#include "Clock.h"
#include "StoreTestData.h"
#include "store/CacheDatabase.h"
#include "store/CacheWriter.h"
#include "store/SearchIndex.h"
#include "store/SearchQuery.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::store;
using namespace outpost::store::test;

namespace {

QString marked(const char *utf8)
{
    return QChar(highlightStart) + QString::fromUtf8(utf8) + QChar(highlightEnd);
}

} // namespace

// Full-text search over a real cache: folding both ways, Arabic, snippets with the original
// text, ranking, filters, paging and hostile input.
class TestStoreSearch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::optional<CacheOpenResult> m_cache;

    Database &db() { return m_cache->database; }

    void addTopic(qint64 id, qint64 categoryId, const char *title, const QList<const char *> &texts)
    {
        CacheWriter writer(db(), m_clock);
        QList<int> numbers;
        for (int n = 1; n <= texts.size(); ++n)
            numbers.append(n);
        discourse::TopicDetail d = detail(id, categoryId, QString::fromUtf8(title), numbers);
        QStringList plain;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            plain.append(QString::fromUtf8(texts[i]));
            d.posts[i].cooked = QStringLiteral("<p>") + plain.last() + QStringLiteral("</p>");
        }
        writer.applyTopicDetail(d, plain);
    }

    QList<SearchHit> search(const char *query, SearchOptions options = {})
    {
        return SearchIndex(db()).search(QString::fromUtf8(query), options);
    }

    QList<qint64> postIds(const QList<SearchHit> &hits)
    {
        QList<qint64> ids;
        for (const SearchHit &hit : hits)
            ids.append(hit.postId);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_cache.emplace(CacheDatabase::open(m_dir.filePath(QStringLiteral("cache.sqlite"))));
        CacheWriter(db(), m_clock)
                .upsertCategories({category(1, QStringLiteral("Implementation")),
                                   category(2, QStringLiteral("Comunidade"))},
                                  true);
        addTopic(100, 1, "Café and data quality",
                 {"We met at the café to review the data quality dashboards.",
                  "Another reply without the word."});
        addTopic(200, 2, "Encontro em São Paulo",
                 {"A reunião em sao paulo foi ótima.", "Ação necessária: atualizar a informação."});
        addTopic(300, 2, "تقرير وزارة الصحة",
                 {"قالَ مُحَمَّدٌ إنَّ المَدْرَسَةَ جاهزة", "أحمد يعمل في المستشفى", "إسلام و مدرسه و احمد"});
        addTopic(400, 1, "Malaria reporting",
                 {"Weekly numbers from the districts.", "Use the tracker for case reports."});
        addTopic(500, 1, "Unrelated topic",
                 {"Among many other words, malaria appears once here, buried in a long sentence "
                  "about logistics, stock levels, training schedules and supervision visits."});
        // Downloaded posts are queued; they are searchable once their batch is indexed.
        QVERIFY(search("cafe ").isEmpty());
        QCOMPARE(SearchIndex(db()).pendingCount(), 10);
        SearchIndex(db()).indexPending();
        QCOMPARE(SearchIndex(db()).pendingCount(), 0);
    }

    void accentsFoldBothWays()
    {
        QCOMPARE(postIds(search("cafe ")), (QList<qint64>{postId(100, 1), postId(100, 2)}));
        QCOMPARE(postIds(search("CAFÉ ")), postIds(search("cafe ")));
        QCOMPARE(postIds(search("são paulo")), (QList<qint64>{postId(200, 1), postId(200, 2)}));
        // The body of post 1 says "sao paulo" without accents; the title has them.
        const QList<SearchHit> plain = search("sao paulo ");
        QCOMPARE(postIds(plain), postIds(search("São Paulo ")));
        QCOMPARE(postIds(search("acao ")), QList<qint64>{postId(200, 2)});
        QCOMPARE(postIds(search("Ação ")), QList<qint64>{postId(200, 2)});
        QCOMPARE(postIds(search("informacao ")), QList<qint64>{postId(200, 2)});
    }

    void snippetsShowTheOriginalTextWithMarkers()
    {
        const QList<SearchHit> hits = search("cafe review ");
        QCOMPARE(hits.size(), 1);
        const SearchHit &hit = hits.constFirst();
        QCOMPARE(hit.postId, postId(100, 1));
        QCOMPARE(hit.topicId, 100);
        QCOMPARE(hit.postNumber, 1);
        QCOMPARE(hit.categoryId, 1);
        QVERIFY2(hit.snippet.contains(marked("café")), qPrintable(hit.snippet));
        QVERIFY2(hit.snippet.contains(marked("review")), qPrintable(hit.snippet));
        QCOMPARE(hit.title, QString::fromUtf8("Café and data quality"));
        QCOMPARE(hit.titleHighlighted, marked("Café") + QStringLiteral(" and data quality"));
        QCOMPARE(hit.username, QStringLiteral("user7"));
        QVERIFY(hit.createdAt.isValid());

        const QList<SearchHit> portuguese = search("acao ");
        QVERIFY2(portuguese.constFirst().snippet.contains(marked("Ação")),
                 qPrintable(portuguese.constFirst().snippet));
    }

    // FTS5's own highlight() works on the tokenizer's offsets into the original text.
    void fts5HighlightUsesOriginalOffsets()
    {
        Statement stmt = db().prepare("SELECT highlight(post_fts, 1, '[', ']') FROM post_fts"
                                      " WHERE post_fts MATCH ?1 ORDER BY rowid");
        stmt.bind(1, QStringLiteral("body : (\"cafe\")"));
        QVERIFY(stmt.step());
        QCOMPARE(stmt.text(0),
                 QString::fromUtf8("We met at the [café] to review the data quality dashboards."));
        stmt.reset();
        stmt.bind(1, QString::fromUtf8("body : (\"محمد\")"));
        QVERIFY(stmt.step());
        QVERIFY2(stmt.text(0).contains(QString::fromUtf8("[مُحَمَّدٌ]")), qPrintable(stmt.text(0)));
    }

    void arabicWithAndWithoutHarakatAndAlefForms()
    {
        // The text has harakat; the query has none.
        QCOMPARE(postIds(search("محمد ")), QList<qint64>{postId(300, 1)});
        // Teh marbuta and harakat in the text, plain heh in the query, and the reverse.
        QCOMPARE(postIds(search("المدرسه ")), QList<qint64>{postId(300, 1)});
        QCOMPARE(postIds(search("مدرسة ")), QList<qint64>{postId(300, 3)});
        // Alef with hamza above/below and bare alef find each other.
        QCOMPARE(postIds(search("احمد ")), (QList<qint64>{postId(300, 2), postId(300, 3)}));
        QCOMPARE(postIds(search("إحمد ")), (QList<qint64>{postId(300, 2), postId(300, 3)}));
        QCOMPARE(postIds(search("أسلام ")), QList<qint64>{postId(300, 3)});
        // Alef maksura.
        QCOMPARE(postIds(search("المستشفي ")), QList<qint64>{postId(300, 2)});
        // The snippet keeps the harakat of the original.
        const QList<SearchHit> hits = search("محمد ");
        QVERIFY2(hits.constFirst().snippet.contains(marked("مُحَمَّدٌ")),
                 qPrintable(hits.constFirst().snippet));
        // Title words are searchable too (every post of the topic carries its title).
        QCOMPARE(search("وزارة الصحة ").size(), 3);
    }

    void titleMatchesRankAboveBodyMentions()
    {
        const QList<SearchHit> hits = search("malaria ");
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits[0].topicId, 400);
        QCOMPARE(hits[1].topicId, 400);
        QCOMPARE(hits[2].topicId, 500);
        QVERIFY(hits[0].rank <= hits[1].rank);
        QVERIFY(hits[1].rank < hits[2].rank);
    }

    void categoryFilter()
    {
        SearchOptions options;
        options.categoryIds = {2};
        QCOMPARE(search("sao ", options).size(), 2);
        options.categoryIds = {1};
        QVERIFY(search("sao ", options).isEmpty());
        options.categoryIds = {1, 2};
        QCOMPARE(search("sao ", options).size(), 2);
    }

    void prefixWhileTyping()
    {
        QCOMPARE(postIds(search("dashb")), QList<qint64>{postId(100, 1)});
        QVERIFY(search("dashb ").isEmpty()); // the word is finished: no prefix
        QCOMPARE(postIds(search("informa")), QList<qint64>{postId(200, 2)});
        SearchOptions exact;
        exact.prefixLastTerm = false;
        QVERIFY(search("dashb", exact).isEmpty());
    }

    // A word just begun that is too short for a prefix does not empty the results of the
    // words before it while typing; alone, or once finished, it is a word like any other.
    void aShortWordJustBegunLeavesTheResultsOfTheOthers()
    {
        const QList<qint64> dashboards = postIds(search("dashboards "));
        QVERIFY(!dashboards.isEmpty());
        QCOMPARE(postIds(search("dashboards q")), dashboards);
        QCOMPARE(postIds(search("dashboards qu")), dashboards);
        QCOMPARE(SearchQuery::matchExpression(u"dashboards qu"), u"\"dashboards\""_s);
        QCOMPARE(SearchQuery::matchExpression(u"dashboards qua"), u"\"dashboards\" \"qua\"*"_s);
        QVERIFY(search("dashboards qu ").isEmpty()); // finished: "qu" is a word to find
        QCOMPARE(SearchQuery::matchExpression(u"qu"), u"\"qu\""_s);
        QCOMPARE(SearchQuery::matchExpression(u"\"data q"), u"\"data q\""_s);
        SearchOptions exact;
        exact.prefixLastTerm = false;
        QVERIFY(search("dashboards qu", exact).isEmpty());
    }

    void phrases()
    {
        QCOMPARE(search("\"data quality\" ").size(), 2); // title of both posts of topic 100
        QCOMPARE(postIds(search("\"quality dashboards\"")), QList<qint64>{postId(100, 1)});
        QVERIFY(search("\"dashboards quality\"").isEmpty());
    }

    void hostileInputNeverFails()
    {
        const char *inputs[] = {"",
                                "\"",
                                "\"\"",
                                "*",
                                "**",
                                "-",
                                "^",
                                ":",
                                "(",
                                ")",
                                "AND",
                                "OR NOT",
                                "NEAR(",
                                "a AND",
                                "\"unclosed phrase",
                                "col:x",
                                "{title}: x",
                                "x*y",
                                "+",
                                "'",
                                "\\",
                                "%",
                                "\x01\x02",
                                "café \"world health",
                                "NOT malaria",
                                "malaria OR"};
        for (const char *input : inputs) {
            try {
                search(input);
            } catch (const StoreError &error) {
                QFAIL(qPrintable(
                        QStringLiteral("input <%1> failed: %2 %3")
                                .arg(QString::fromUtf8(input), error.message(), error.detail())));
            }
        }
        // And random mixes of the characters FTS5 gives meaning to.
        const QString pool = QString::fromUtf8("\"*()^:-+{}[]'. \t\nab cafémح NEAR OR AND NOT");
        QRandomGenerator random(11);
        for (int round = 0; round < 500; ++round) {
            QString input;
            const int length = int(random.bounded(12));
            for (int i = 0; i < length; ++i)
                input.append(pool.at(random.bounded(int(pool.size()))));
            try {
                SearchIndex(db()).search(input);
            } catch (const StoreError &error) {
                QFAIL(qPrintable(
                        QStringLiteral("input <%1> failed: %2").arg(input, error.detail())));
            }
        }
        QVERIFY(search("").isEmpty());
        QVERIFY(search("*").isEmpty());
        // Operators are words: "NOT malaria" looks for both words, it does not exclude.
        QVERIFY(search("NOT malaria ").isEmpty());
    }

    void paging()
    {
        CacheWriter writer(db(), m_clock);
        QList<int> numbers;
        for (int n = 1; n <= 25; ++n)
            numbers.append(n);
        discourse::TopicDetail d =
                detail(600, 1, QStringLiteral("Pagination"), numbers, QStringLiteral("zebra"));
        writer.applyTopicDetail(d, plainTexts(d.posts));
        writer.indexPendingPosts();

        SearchOptions options;
        options.limit = 10;
        QSet<qint64> seen;
        for (int page = 0; page < 3; ++page) {
            options.offset = page * 10;
            const QList<SearchHit> hits = search("zebra ", options);
            QCOMPARE(hits.size(), page < 2 ? 10 : 5);
            for (const SearchHit &hit : hits)
                seen.insert(hit.postId);
        }
        QCOMPARE(seen.size(), 25);
    }

    void indexStaysConsistent() { QVERIFY(SearchIndex(db()).isConsistent()); }

    void cleanupTestCase() { m_cache.reset(); }
};

QTEST_GUILESS_MAIN(TestStoreSearch)
#include "tst_store_search.moc"
