#pragma once

// Discourse's quote markup, written and read: what the composer inserts when the person quotes
// a post, and what the preview turns back into a quote.

#include <QString>

#include <optional>

namespace outpost::compose {

struct QuoteSource
{
    QString username;   // may be empty (a quote of nobody in particular)
    int postNumber = 0; // 0 when unknown
    qint64 topicId = 0; // 0 when unknown
};

// [quote="user, post:N, topic:T"]\n<text>\n[/quote]\n, ready to insert on a line of its own.
QString quoteMarkup(const QuoteSource &source, QStringView text);

// The argument of a [quote=...] tag (with or without its double quotes): "bob, post:3,
// topic:7, full:true". Unknown parts are ignored.
QuoteSource parseQuoteArgument(QStringView argument);

} // namespace outpost::compose
