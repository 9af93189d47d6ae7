#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace outpost::store {

// Builds the highlighted snippets of search hits from the post text, marking every word
// that matches a query term (folded as the index folds it, the last term as a prefix while
// typing). FTS5's snippet() would run the whole MATCH again for every hit, which for a
// prefix query means rebuilding the prefix's merged doclist twenty times; this needs only
// the text of the hits, tokenized once.
class SearchSnippet
{
public:
    SearchSnippet(QList<QByteArray> terms, bool lastIsPrefix);

    // The whole text with each matching word between start and end markers.
    QString highlight(const QString &text, QChar start, QChar end) const;
    // About `words` words of the text around the densest run of matches, whitespace
    // collapsed, "…" where text was cut.
    QString snippet(const QString &text, QChar start, QChar end, int words) const;

private:
    bool matches(const QByteArray &folded) const;

    QList<QByteArray> m_exact;
    QByteArray m_prefix;
};

} // namespace outpost::store
