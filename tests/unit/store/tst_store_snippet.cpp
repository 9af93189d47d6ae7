#include "store/SearchSnippet.h"

#include <QTest>

using namespace outpost::store;

namespace {

const QChar kOpen(u'[');
const QChar kClose(u']');

QString words(int from, int to)
{
    QStringList list;
    for (int i = from; i <= to; ++i)
        list.append(QStringLiteral("w%1").arg(i));
    return list.join(u' ');
}

} // namespace

// Snippets and highlights of search hits, built from the folded query terms.
class TestStoreSnippet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void highlightMarksFoldedMatchesInTheOriginal()
    {
        const SearchSnippet s({"cafe", "sao"}, false);
        QCOMPARE(s.highlight(QString::fromUtf8("Um café em São Paulo, CAFÉ!"), kOpen, kClose),
                 QString::fromUtf8("Um [café] em [São] Paulo, [CAFÉ]!"));
        QCOMPARE(s.highlight(QStringLiteral("nothing here"), kOpen, kClose),
                 QStringLiteral("nothing here"));
    }

    void lastTermAsPrefix()
    {
        const SearchSnippet typing({"data", "dash"}, true);
        QCOMPARE(typing.highlight(QStringLiteral("dashboards and data, dash"), kOpen, kClose),
                 QStringLiteral("[dashboards] and [data], [dash]"));
        const SearchSnippet done({"data", "dash"}, false);
        QCOMPARE(done.highlight(QStringLiteral("dashboards and data, dash"), kOpen, kClose),
                 QStringLiteral("dashboards and [data], [dash]"));
    }

    void shortTextIsWholeWithSpacesCollapsed()
    {
        const SearchSnippet s({"two"}, false);
        QCOMPARE(s.snippet(QStringLiteral("  one\n\ntwo   three "), kOpen, kClose, 24),
                 QStringLiteral("one [two] three"));
    }

    void longTextIsCutAroundTheDensestMatches()
    {
        // w0 .. w99, with both terms near w60.
        QString text = words(0, 99);
        text.replace(QStringLiteral("w60"), QStringLiteral("alpha"));
        text.replace(QStringLiteral("w62"), QStringLiteral("beta"));
        text.replace(QStringLiteral("w10"), QStringLiteral("alpha"));
        const SearchSnippet s({"alpha", "beta"}, false);
        const QString snippet = s.snippet(text, kOpen, kClose, 10);
        QVERIFY2(snippet.startsWith(QChar(u'\u2026')), qPrintable(snippet));
        QVERIFY2(snippet.endsWith(QChar(u'\u2026')), qPrintable(snippet));
        QVERIFY2(snippet.contains(QStringLiteral("[alpha] w61 [beta]")), qPrintable(snippet));
        QVERIFY(!snippet.contains(QStringLiteral("w10")));
        QCOMPARE(snippet.count(u' ') + 1, 10); // ten words
    }

    void noMatchInTheBodyShowsItsBeginning()
    {
        const SearchSnippet s({"title-only"}, false);
        const QString snippet = s.snippet(words(0, 50), kOpen, kClose, 5);
        QCOMPARE(snippet, QStringLiteral("w0 w1 w2 w3 w4") + QChar(u'\u2026'));
    }

    void arabicKeepsItsMarks()
    {
        const SearchSnippet s({QString::fromUtf8("محمد").toUtf8()}, false);
        QCOMPARE(s.snippet(QString::fromUtf8("قالَ مُحَمَّدٌ"), kOpen, kClose, 24),
                 QString::fromUtf8("قالَ [مُحَمَّدٌ]"));
    }
};

QTEST_GUILESS_MAIN(TestStoreSnippet)
#include "tst_store_snippet.moc"
