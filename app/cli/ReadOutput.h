#pragma once

#include "OrderedJson.h"
#include "TerminalText.h"
#include "store/CacheTypes.h"

#include <QCoreApplication>

namespace outpost::cli {

// The shapes the read commands share: a topic as JSON (`topics`, `digest`) and as a table
// row for people, and search snippets.
class ReadOutput
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::ReadOutput)
public:
    // {"id", "title", "category_id", "posts_count", "cached_posts", "last_posted_at",
    //  "unread", then extras: "new", "created_at", "bumped_at", "closed", "pinned", "slug"}
    static OrderedJson topicJson(const store::TopicSummary &topic);
    static OrderedJson topicsJson(const QList<store::TopicSummary> &topics);

    static TablePrinter topicTable();
    static void addTopicRow(TablePrinter &table, const store::TopicSummary &topic);

    // A snippet with the store's highlight marks (U+0002 … U+0003) for people: bold on a
    // terminal, plain text otherwise.
    static QString snippetForPeople(const QString &marked, bool terminal);
    // Without the marks, for scripts.
    static QString plainSnippet(const QString &marked);
    // The highlighted words, in order.
    static QStringList highlights(const QString &marked);
};

} // namespace outpost::cli
