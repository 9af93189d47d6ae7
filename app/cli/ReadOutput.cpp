#include "ReadOutput.h"

#include "HumanFormat.h"
#include "store/SearchIndex.h"

namespace outpost::cli {

OrderedJson ReadOutput::topicJson(const store::TopicSummary &summary)
{
    const discourse::TopicListItem &t = summary.topic;
    return OrderedJson::object()
            .add(QStringLiteral("id"), t.id)
            .add(QStringLiteral("title"), t.title)
            .add(QStringLiteral("category_id"), t.categoryId)
            .add(QStringLiteral("posts_count"), t.postsCount)
            .add(QStringLiteral("cached_posts"), summary.postsCached)
            .add(QStringLiteral("last_posted_at"), HumanFormat::isoTime(t.lastPostedAt))
            .add(QStringLiteral("unread"), summary.unreadPosts())
            .add(QStringLiteral("new"), summary.lastReadPostNumber == 0)
            .add(QStringLiteral("created_at"), HumanFormat::isoTime(t.createdAt))
            .add(QStringLiteral("bumped_at"), HumanFormat::isoTime(t.bumpedAt))
            .add(QStringLiteral("closed"), t.closed)
            .add(QStringLiteral("pinned"), t.pinned)
            .add(QStringLiteral("slug"), t.slug);
}

OrderedJson ReadOutput::topicsJson(const QList<store::TopicSummary> &topics)
{
    OrderedJson array = OrderedJson::array();
    for (const store::TopicSummary &topic : topics)
        array.append(topicJson(topic));
    return array;
}

TablePrinter ReadOutput::topicTable()
{
    return TablePrinter({{tr("ID"), TablePrinter::Align::Right},
                         {tr("TITLE"), TablePrinter::Align::Left, true},
                         //: Column of cached/total posts, e.g. "12/14".
                         {tr("POSTS"), TablePrinter::Align::Right},
                         {tr("UNREAD"), TablePrinter::Align::Right},
                         {tr("ACTIVITY")}});
}

void ReadOutput::addTopicRow(TablePrinter &table, const store::TopicSummary &summary)
{
    const discourse::TopicListItem &t = summary.topic;
    QString title = t.title;
    if (t.closed)
        //: A closed topic's title in lists.
        title = tr("%1 [closed]").arg(title);
    const QString posts =
            summary.postsCached == t.postsCount
                    ? HumanFormat::number(t.postsCount)
                    : QStringLiteral("%1/%2").arg(summary.postsCached).arg(t.postsCount);
    QString unread;
    if (summary.lastReadPostNumber == 0)
        //: A topic never opened, in the UNREAD column.
        unread = tr("new");
    else if (summary.unreadPosts() > 0)
        unread = HumanFormat::number(summary.unreadPosts());
    const QDateTime activity = t.lastPostedAt.isValid() ? t.lastPostedAt : t.bumpedAt;
    table.addRow({QString::number(t.id), title, posts, unread, HumanFormat::when(activity)});
}

QString ReadOutput::snippetForPeople(const QString &marked, bool terminal)
{
    if (!terminal)
        return plainSnippet(marked);
    QString out = marked;
    out.replace(QChar(store::highlightStart), QStringLiteral("\x1b[1m"));
    out.replace(QChar(store::highlightEnd), QStringLiteral("\x1b[22m"));
    return out;
}

QString ReadOutput::plainSnippet(const QString &marked)
{
    QString out = marked;
    out.remove(QChar(store::highlightStart));
    out.remove(QChar(store::highlightEnd));
    return out;
}

QStringList ReadOutput::highlights(const QString &marked)
{
    QStringList words;
    qsizetype at = 0;
    while ((at = marked.indexOf(QChar(store::highlightStart), at)) >= 0) {
        const qsizetype end = marked.indexOf(QChar(store::highlightEnd), at + 1);
        if (end < 0)
            break;
        words.append(marked.mid(at + 1, end - at - 1));
        at = end + 1;
    }
    return words;
}

} // namespace outpost::cli
