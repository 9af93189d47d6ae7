#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace outpost::store {

// Turns what a person typed into a safe FTS5 MATCH expression. Nothing they type can cause
// an FTS5 syntax error: every word and "quoted phrase" becomes a quoted FTS5 string (so AND,
// OR, NEAR, *, ^, :, parentheses are just text), an unbalanced quote runs to the end, terms
// are combined with AND. For search-as-you-type the last term becomes a prefix query while
// it is still being typed (no trailing space or closing quote) and is long enough to be
// selective.
class SearchQuery
{
public:
    enum class Prefix
    {
        LastTermWhileTyping,
        Never,
    };
    // A prefix of fewer folded characters would expand to thousands of terms.
    static constexpr int minimumPrefixLength = 3;

    struct Parsed
    {
        QString expression;        // the MATCH expression; empty when nothing is searchable
        QList<QByteArray> terms;   // every folded token of the query (UTF-8), for highlighting
        bool lastIsPrefix = false; // terms.last() is matched as a prefix
    };
    static Parsed parse(QStringView input, Prefix prefix = Prefix::LastTermWhileTyping);

    // Empty when the input has nothing searchable (only spaces, punctuation, operators).
    static QString matchExpression(QStringView input, Prefix prefix = Prefix::LastTermWhileTyping)
    {
        return parse(input, prefix).expression;
    }
};

} // namespace outpost::store
