#include "store/SearchQuery.h"

#include "store/FoldingTokenizer.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace outpost::store {

namespace {

struct Term
{
    QString text;
    bool closed = true; // false for a bare word at the very end, or an unclosed phrase
    bool phrase = false;
};

QList<Term> splitTerms(QStringView input)
{
    QList<Term> terms;
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        const QChar c = input.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'"') {
            const qsizetype close = input.indexOf(u'"', i + 1);
            if (close < 0) {
                terms.append({input.mid(i + 1).toString(), false, true});
                break;
            }
            terms.append({input.mid(i + 1, close - i - 1).toString(), true, true});
            i = close + 1;
            continue;
        }
        qsizetype j = i;
        while (j < n && !input.at(j).isSpace() && input.at(j) != u'"')
            ++j;
        terms.append({input.mid(i, j - i).toString(), j < n});
        i = j;
    }
    return terms;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

} // namespace

SearchQuery::Parsed SearchQuery::parse(QStringView input, Prefix prefix)
{
    // Control characters (including our own highlight markers) carry no meaning in a query.
    QString cleaned;
    cleaned.reserve(input.size());
    for (QChar c : input)
        cleaned.append(c.category() == QChar::Other_Control ? u' ' : c);

    Parsed parsed;
    QStringList parts;
    const QList<Term> terms = splitTerms(cleaned);
    for (qsizetype k = 0; k < terms.size(); ++k) {
        const Term &term = terms.at(k);
        const QList<FoldingTokenizer::Token> tokens =
                FoldingTokenizer::tokenize(term.text.toUtf8());
        if (tokens.isEmpty())
            continue; // punctuation or an operator on its own
        const bool typing =
                k == terms.size() - 1 && !term.closed && prefix == Prefix::LastTermWhileTyping;
        const bool longEnough =
                QString::fromUtf8(tokens.constLast().folded).toUcs4().size() >= minimumPrefixLength;
        // "tracker s": the word just begun is too short to be selective as a prefix and most
        // likely not a word of its own yet, so the words before it decide meanwhile. Alone, or
        // inside a phrase, it is searched as the word it is.
        if (typing && !longEnough && !term.phrase && tokens.size() == 1 && !parts.isEmpty())
            continue;
        for (const FoldingTokenizer::Token &token : tokens)
            parsed.terms.append(token.folded);
        QString part = quoted(term.text);
        if (typing && longEnough) {
            part += u'*';
            parsed.lastIsPrefix = true;
        }
        parts.append(part);
    }
    parsed.expression = parts.join(u' ');
    return parsed;
}

} // namespace outpost::store
