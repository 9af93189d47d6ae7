// How the outbox recognises its own post on the forum: texts are compared in a form that
// ignores what the forum may change (line endings, unusual spaces, trailing white space,
// blank lines at the ends) and nothing else.
#include "outbox/PostText.h"

#include <QTest>

using namespace outpost::outbox;
using namespace Qt::Literals::StringLiterals;

class TestPostText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAfterWhatTheForumChanges_data()
    {
        QTest::addColumn<QString>("ours");
        QTest::addColumn<QString>("theirs");
        QTest::newRow("CR LF") << u"one\r\ntwo"_s << u"one\ntwo"_s;
        QTest::newRow("lone CR") << u"one\rtwo"_s << u"one\ntwo"_s;
        QTest::newRow("trailing spaces on lines") << u"one  \ntwo\t"_s << u"one\ntwo"_s;
        QTest::newRow("trailing blank lines") << u"text\n\n\n"_s << u"text"_s;
        QTest::newRow("leading blank lines") << u"\n\ntext"_s << u"text"_s;
        QTest::newRow("runs of blank lines") << u"a\n\n\n\nb"_s << u"a\n\nb"_s;
        QTest::newRow("no-break and thin spaces") << u"10\u00a0000\u2009km"_s << u"10 000 km"_s;
        QTest::newRow("runs of spaces inside a line") << u"a   b"_s << u"a b"_s;
        QTest::newRow("tabs inside a line") << u"a\tb"_s << u"a b"_s;
        QTest::newRow("indentation, any width") << u"    code"_s << u" code"_s;
        QTest::newRow("NFC and NFD") << u"caf\u00e9"_s << u"cafe\u0301"_s;
        QTest::newRow("zero-width space and BOM") << u"\ufeffa\u200bb"_s << u"ab"_s;
        QTest::newRow("Arabic, unchanged") << u"مرحبا بكم"_s << u"مرحبا بكم"_s;
    }

    void sameAfterWhatTheForumChanges()
    {
        QFETCH(QString, ours);
        QFETCH(QString, theirs);
        QVERIFY2(sameText(ours, theirs),
                 qPrintable(comparableText(ours) + u" | "_s + comparableText(theirs)));
    }

    void differentWhenTheWordsDiffer_data()
    {
        QTest::addColumn<QString>("ours");
        QTest::addColumn<QString>("theirs");
        QTest::newRow("case") << u"Hello"_s << u"hello"_s;
        QTest::newRow("a word") << u"one two"_s << u"one three"_s;
        QTest::newRow("words joined") << u"one two"_s << u"onetwo"_s;
        QTest::newRow("a line break inside") << u"one\ntwo"_s << u"one two"_s;
        QTest::newRow("punctuation") << u"Yes."_s << u"Yes!"_s;
        QTest::newRow("indented or not") << u"  code"_s << u"code"_s;
        QTest::newRow("a paragraph break") << u"a\n\nb"_s << u"a\nb"_s;
        QTest::newRow("empty and not") << QString() << u"x"_s;
    }

    void differentWhenTheWordsDiffer()
    {
        QFETCH(QString, ours);
        QFETCH(QString, theirs);
        QVERIFY(!sameText(ours, theirs));
    }

    void titlesCompareByLettersAndDigits()
    {
        QVERIFY(sameTitle(u"how do i export data?"_s, u"How do I export data?"_s));
        QVERIFY(sameTitle(u"Export failing!!!"_s, u"Export failing!"_s));
        QVERIFY(sameTitle(u"Über  die Daten"_s, u"über die daten"_s));
        QVERIFY(sameTitle(u"DHIS2 v2.40"_s, u"DHIS2 v 2 40"_s));
        QVERIFY(!sameTitle(u"DHIS2 2.40"_s, u"DHIS2 2.41"_s));
        QVERIFY(!sameTitle(u"Export data"_s, u"Import data"_s));
    }
};

QTEST_GUILESS_MAIN(TestPostText)
#include "tst_post_text.moc"
