// categories, topics, thread, digest (search and status live in SearchStatusCommands.cpp).
// All of them read the offline copy only: they work with no network at all.
#include "CliContext.h"
#include "Clock.h"
#include "Commands.h"
#include "ForumAccess.h"
#include "HumanFormat.h"
#include "ReadOutput.h"
#include "SearchStatusCommands.h"
#include "TerminalText.h"
#include "discourse/CookedHtml.h"
#include "store/CacheReader.h"
#include "store/ForumRepository.h"
#include "store/StoreError.h"

namespace outpost::cli {

namespace {

constexpr int kPageSize = 200;

QList<qint64> followedIds(CliContext &context, qint64 forumId)
{
    SystemClock clock;
    QList<qint64> ids;
    for (const store::FollowedCategory &f :
         store::ForumRepository(context.profile().userDatabase(), clock).followed(forumId))
        ids.append(f.categoryId);
    return ids;
}

class CategoriesCommand final : public ForumCacheCommand
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::ReadCommands)
public:
    QString name() const override { return QStringLiteral("categories"); }
    QString summary() const override
    {
        return tr("List the forum's categories; followed ones are marked.");
    }
    QStringList synopsis() const override { return {QStringLiteral("categories [--json]")}; }

protected:
    ExitCode read(CliContext &context, OpenedForum &opened, const QStringList &args) override
    {
        if (!args.isEmpty())
            return context.usageError(tr("'categories' takes no arguments"));
        const QList<qint64> followed = followedIds(context, opened.forum.id);
        const QList<store::CategorySummary> all =
                store::CacheReader(opened.cache).categories(QDateTime());
        // Tree order: each top-level category, then its subcategories.
        QList<const store::CategorySummary *> ordered;
        QSet<qint64> ids;
        for (const store::CategorySummary &c : all)
            ids.insert(c.category.id);
        for (const store::CategorySummary &parent : all) {
            if (parent.category.parentId && ids.contains(*parent.category.parentId))
                continue;
            ordered.append(&parent);
            for (const store::CategorySummary &child : all) {
                if (child.category.parentId == parent.category.id)
                    ordered.append(&child);
            }
        }
        if (context.json()) {
            OrderedJson array = OrderedJson::array();
            for (const store::CategorySummary *c : ordered) {
                const discourse::Category &cat = c->category;
                array.append(OrderedJson::object()
                                     .add(QStringLiteral("id"), cat.id)
                                     .add(QStringLiteral("name"), cat.name)
                                     .add(QStringLiteral("slug"), cat.slug)
                                     .add(QStringLiteral("parent_id"),
                                          cat.parentId ? QJsonValue(*cat.parentId) : QJsonValue())
                                     .add(QStringLiteral("followed"), followed.contains(cat.id))
                                     .add(QStringLiteral("topic_count"), cat.topicCount)
                                     .add(QStringLiteral("topics_cached"), c->topicsCached)
                                     .add(QStringLiteral("description"), cat.descriptionText));
            }
            printOrderedJson(context, array);
            return ExitCode::Ok;
        }
        if (ordered.isEmpty()) {
            context.out() << tr("No categories in the offline copy yet: run 'outpost-cli sync'.")
                          << Qt::endl;
            return ExitCode::Ok;
        }
        TablePrinter table({{tr("ID"), TablePrinter::Align::Right},
                            {tr("NAME"), TablePrinter::Align::Left, true},
                            //: Column: topics cached offline / topics on the forum.
                            {tr("TOPICS"), TablePrinter::Align::Right},
                            {tr("FOLLOWED")}});
        for (const store::CategorySummary *c : ordered) {
            const discourse::Category &cat = c->category;
            const bool child = cat.parentId && ids.contains(*cat.parentId);
            table.addRow({QString::number(cat.id),
                          child ? QStringLiteral("  ") + cat.name : cat.name,
                          QStringLiteral("%1/%2").arg(c->topicsCached).arg(cat.topicCount),
                          followed.contains(cat.id) ? tr("yes") : QString()});
        }
        context.out() << table.render(stdoutTerminalWidth());
        return ExitCode::Ok;
    }
};

class TopicsCommand final : public ForumCacheCommand
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::ReadCommands)
public:
    QString name() const override { return QStringLiteral("topics"); }
    QString summary() const override { return tr("List cached topics, newest activity first."); }
    QStringList synopsis() const override
    {
        return {QStringLiteral("topics [--category ID] [--limit N] [--json]")};
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("category"),
                          tr("Only this category and its subcategories."), tr("ID")});
        parser.addOption({QStringLiteral("limit"), tr("At most N topics (default 50; 0 for all)."),
                          tr("N")});
    }

protected:
    ExitCode read(CliContext &context, OpenedForum &opened, const QStringList &args) override
    {
        if (!args.isEmpty())
            return context.usageError(tr("'topics' takes no arguments, only options"));
        store::TopicQuery query;
        if (context.parser().isSet(QStringLiteral("category"))) {
            QString bad;
            const auto ids = parseIds({context.parser().value(QStringLiteral("category"))}, &bad);
            if (!ids)
                return context.usageError(tr("'%1' is not a category id").arg(bad));
            query.categoryIds = *ids;
            for (const store::CategorySummary &c :
                 store::CacheReader(opened.cache).categories(QDateTime())) {
                if (c.category.parentId == ids->first())
                    query.categoryIds.append(c.category.id);
            }
        }
        int limit = 50;
        if (context.parser().isSet(QStringLiteral("limit"))) {
            bool ok = false;
            limit = context.parser().value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit < 0)
                return context.usageError(tr("--limit needs a number, 0 or more"));
        }
        // Page through the cache; never the whole table at once.
        const store::CacheReader reader(opened.cache);
        OrderedJson array = OrderedJson::array();
        TablePrinter table = ReadOutput::topicTable();
        int shown = 0;
        std::optional<store::TopicCursor> after;
        do {
            query.limit = limit == 0 ? kPageSize : std::min(kPageSize, limit - shown);
            query.after = after;
            const store::TopicPage page = reader.topics(query);
            for (const store::TopicSummary &topic : page.topics) {
                if (context.json())
                    array.append(ReadOutput::topicJson(topic));
                else
                    ReadOutput::addTopicRow(table, topic);
                ++shown;
            }
            after = page.next;
        } while (after && (limit == 0 || shown < limit));
        if (context.json()) {
            printOrderedJson(context, array);
        } else if (table.isEmpty()) {
            context.out() << tr("No topics in the offline copy yet: follow categories and run "
                                "'outpost-cli sync'.")
                          << Qt::endl;
        } else {
            context.out() << table.render(stdoutTerminalWidth());
        }
        return ExitCode::Ok;
    }
};

class ThreadCommand final : public ForumCacheCommand
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::ReadCommands)
public:
    QString name() const override { return QStringLiteral("thread"); }
    QString summary() const override { return tr("Show a cached topic, post by post."); }
    QStringList synopsis() const override { return {QStringLiteral("thread TOPIC_ID [--json]")}; }

protected:
    ExitCode read(CliContext &context, OpenedForum &opened, const QStringList &args) override
    {
        QString bad;
        const auto ids = parseIds(args, &bad);
        if (!ids || ids->size() != 1)
            return context.usageError(tr("'thread' needs one topic id"));
        const qint64 id = ids->first();
        const store::CacheReader reader(opened.cache);
        const std::optional<store::TopicSummary> topic = reader.topic(id);
        if (!topic)
            return context.fail(tr("topic %1 is not in the offline copy; fetch it with "
                                   "'outpost-cli sync --topic %1'")
                                        .arg(id));
        const discourse::TopicListItem &t = topic->topic;
        OrderedJson posts = OrderedJson::array();
        QTextStream &out = context.out();
        if (!context.json()) {
            const std::optional<discourse::Category> category = reader.category(t.categoryId);
            out << t.title << Qt::endl;
            //: Under a thread's title: %1 category, %2 posts cached, %3 posts on the forum.
            out << tr("%1 · %2 of %3 posts cached")
                            .arg(category ? category->name : tr("category %1").arg(t.categoryId))
                            .arg(topic->postsCached)
                            .arg(t.postsCount)
                << (t.closed ? QStringLiteral(" · ") + tr("closed") : QString()) << Qt::endl;
        }
        int from = 1;
        for (;;) {
            const QList<store::CachedPost> page = reader.posts(id, from, kPageSize);
            for (const store::CachedPost &cached : page) {
                const discourse::Post &p = cached.post;
                const QString text = discourse::CookedHtml::plainText(p.cooked);
                if (context.json()) {
                    posts.append(OrderedJson::object()
                                         .add(QStringLiteral("id"), p.id)
                                         .add(QStringLiteral("post_number"), p.postNumber)
                                         .add(QStringLiteral("username"), p.username)
                                         .add(QStringLiteral("created_at"),
                                              HumanFormat::isoTime(p.createdAt))
                                         .add(QStringLiteral("updated_at"),
                                              HumanFormat::isoTime(p.updatedAt))
                                         .add(QStringLiteral("text"), text)
                                         .add(QStringLiteral("html"), p.cooked)
                                         .add(QStringLiteral("version"), p.version)
                                         .add(QStringLiteral("reply_to_post_number"),
                                              p.replyToPostNumber ? QJsonValue(*p.replyToPostNumber)
                                                                  : QJsonValue())
                                         .add(QStringLiteral("read"), cached.read));
                } else {
                    out << Qt::endl
                        << QStringLiteral("#%1  ").arg(p.postNumber) << p.username
                        << QStringLiteral(" · ") << HumanFormat::when(p.createdAt);
                    if (p.version > 1)
                        //: After a post's date: it was edited.
                        out << QStringLiteral(" · ") << tr("edited");
                    out << Qt::endl << text << Qt::endl;
                }
            }
            if (page.size() < kPageSize)
                break;
            from = page.last().post.postNumber + 1;
        }
        if (context.json()) {
            printOrderedJson(context, OrderedJson::object()
                                              .add(QStringLiteral("id"), t.id)
                                              .add(QStringLiteral("title"), t.title)
                                              .add(QStringLiteral("category_id"), t.categoryId)
                                              .add(QStringLiteral("posts"), posts)
                                              .add(QStringLiteral("posts_count"), t.postsCount)
                                              .add(QStringLiteral("closed"), t.closed));
        } else if (topic->postsCached == 0) {
            out << Qt::endl
                << tr("No post of this topic is cached; fetch it with 'outpost-cli sync --topic "
                      "%1'.")
                            .arg(id)
                << Qt::endl;
        }
        return ExitCode::Ok;
    }
};

class DigestCommand final : public ForumCacheCommand
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::ReadCommands)
public:
    QString name() const override { return QStringLiteral("digest"); }
    QString summary() const override
    {
        return tr("What is new since the previous sync, and the forum's top topics.");
    }
    QStringList synopsis() const override { return {QStringLiteral("digest [--json]")}; }

protected:
    ExitCode read(CliContext &context, OpenedForum &opened, const QStringList &args) override
    {
        if (!args.isEmpty())
            return context.usageError(tr("'digest' takes no arguments"));
        const std::optional<store::Digest> digest = store::CacheReader(opened.cache).latestDigest();
        QList<store::TopicSummary> sections[4];
        for (const store::DigestEntry &entry :
             digest ? digest->entries : QList<store::DigestEntry>())
            sections[int(entry.kind)].append(entry.topic);
        const QList<store::TopicSummary> &fresh = sections[int(store::DigestKind::New)];
        const QList<store::TopicSummary> &active = sections[int(store::DigestKind::Active)];
        const QList<store::TopicSummary> &week = sections[int(store::DigestKind::TopWeek)];
        const QList<store::TopicSummary> &month = sections[int(store::DigestKind::TopMonth)];
        if (context.json()) {
            printOrderedJson(
                    context,
                    OrderedJson::object()
                            .add(QStringLiteral("since"),
                                 HumanFormat::isoTime(digest ? digest->since : QDateTime()))
                            .add(QStringLiteral("new_topics"), ReadOutput::topicsJson(fresh))
                            .add(QStringLiteral("active_topics"), ReadOutput::topicsJson(active))
                            .add(QStringLiteral("top_week"), ReadOutput::topicsJson(week))
                            .add(QStringLiteral("top_month"), ReadOutput::topicsJson(month))
                            .add(QStringLiteral("created_at"),
                                 HumanFormat::isoTime(digest ? digest->createdAt : QDateTime())));
            return ExitCode::Ok;
        }
        if (!digest) {
            context.out() << tr("No digest yet: run 'outpost-cli sync'.") << Qt::endl;
            return ExitCode::Ok;
        }
        QTextStream &out = context.out();
        out << tr("Digest of %1, since %2")
                        .arg(opened.forum.name, HumanFormat::dateTime(digest->since))
            << Qt::endl;
        const std::pair<QString, const QList<store::TopicSummary> *> parts[] = {
                {tr("New topics"), &fresh},
                {tr("Topics with new posts"), &active},
                {tr("Top topics of the week"), &week},
                {tr("Top topics of the month"), &month}};
        for (const auto &[title, topics] : parts) {
            out << Qt::endl << title << Qt::endl;
            if (topics->isEmpty()) {
                out << "  " << tr("(none)") << Qt::endl;
                continue;
            }
            TablePrinter table = ReadOutput::topicTable();
            for (const store::TopicSummary &topic : *topics)
                ReadOutput::addTopicRow(table, topic);
            out << table.render(stdoutTerminalWidth());
        }
        return ExitCode::Ok;
    }
};

} // namespace

void addReadCommands(CommandList &commands)
{
    commands.push_back(std::make_unique<CategoriesCommand>());
    commands.push_back(std::make_unique<TopicsCommand>());
    commands.push_back(std::make_unique<ThreadCommand>());
    commands.push_back(makeSearchCommand());
    commands.push_back(std::make_unique<DigestCommand>());
    commands.push_back(makeStatusCommand());
}

} // namespace outpost::cli
