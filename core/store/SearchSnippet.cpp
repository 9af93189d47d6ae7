#include "store/SearchSnippet.h"

#include "store/FoldingTokenizer.h"

#include <QSet>

namespace outpost::store {

namespace {

constexpr char16_t kEllipsis = u'\u2026';

// Runs of whitespace (paragraph breaks included) become one space: a snippet is one line.
QString collapseSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

} // namespace

SearchSnippet::SearchSnippet(QList<QByteArray> terms, bool lastIsPrefix)
{
    if (lastIsPrefix && !terms.isEmpty())
        m_prefix = terms.takeLast();
    m_exact = std::move(terms);
}

bool SearchSnippet::matches(const QByteArray &folded) const
{
    return m_exact.contains(folded) || (!m_prefix.isEmpty() && folded.startsWith(m_prefix));
}

QString SearchSnippet::highlight(const QString &text, QChar start, QChar end) const
{
    const QByteArray utf8 = text.toUtf8();
    QString out;
    out.reserve(text.size() + 8);
    int copied = 0;
    for (const FoldingTokenizer::Token &token : FoldingTokenizer::tokenize(utf8)) {
        if (!matches(token.folded))
            continue;
        out += QString::fromUtf8(utf8.constData() + copied, token.start - copied);
        out += start;
        out += QString::fromUtf8(utf8.constData() + token.start, token.end - token.start);
        out += end;
        copied = token.end;
    }
    out += QString::fromUtf8(utf8.constData() + copied, utf8.size() - copied);
    return out;
}

QString SearchSnippet::snippet(const QString &text, QChar start, QChar end, int words) const
{
    const QByteArray utf8 = text.toUtf8();
    const QList<FoldingTokenizer::Token> tokens = FoldingTokenizer::tokenize(utf8);
    const qsizetype n = tokens.size();
    words = std::max(1, words);
    QList<bool> hit(n);
    for (qsizetype i = 0; i < n; ++i)
        hit[i] = matches(tokens[i].folded);

    // The window of `words` tokens with the most distinct matching terms, then the most
    // matches; the earliest wins a tie. Then it starts a few words before its first match.
    qsizetype best = 0;
    if (n > words) {
        int bestDistinct = 0;
        int bestCount = 0;
        for (qsizetype from = 0; from + words <= n; ++from) {
            QSet<QByteArray> distinct;
            int count = 0;
            for (qsizetype i = from; i < from + words; ++i) {
                if (hit[i]) {
                    distinct.insert(tokens[i].folded);
                    ++count;
                }
            }
            if (int(distinct.size()) > bestDistinct ||
                (int(distinct.size()) == bestDistinct && count > bestCount)) {
                best = from;
                bestDistinct = int(distinct.size());
                bestCount = count;
            }
        }
        qsizetype firstHit = best;
        while (firstHit < best + words && !hit[firstHit])
            ++firstHit;
        if (firstHit < best + words)
            best = std::max<qsizetype>(0, std::min(firstHit - 3, n - words));
    }
    const qsizetype last = std::min(n, best + words) - 1;
    const int from = (best == 0 || n == 0) ? 0 : tokens[best].start;
    const int to = (last < 0 || last == n - 1) ? int(utf8.size()) : tokens[last].end;

    QString out;
    int copied = from;
    for (qsizetype i = best; i <= last; ++i) {
        if (!hit[i])
            continue;
        out += QString::fromUtf8(utf8.constData() + copied, tokens[i].start - copied);
        out += start;
        out += QString::fromUtf8(utf8.constData() + tokens[i].start,
                                 tokens[i].end - tokens[i].start);
        out += end;
        copied = tokens[i].end;
    }
    out += QString::fromUtf8(utf8.constData() + copied, to - copied);
    out = collapseSpaces(out);
    if (from > 0)
        out.prepend(QChar(kEllipsis));
    if (to < utf8.size())
        out.append(QChar(kEllipsis));
    return out;
}

} // namespace outpost::store
