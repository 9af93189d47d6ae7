// search QUERY, status: offline, from the cache and the person's own database.
#include "SearchStatusCommands.h"

#include "CliContext.h"
#include "Clock.h"
#include "ForumAccess.h"
#include "HumanFormat.h"
#include "ReadOutput.h"
#include "store/CacheReader.h"
#include "store/ForumRepository.h"
#include "store/OutboxRepository.h"
#include "store/SearchIndex.h"
#include "store/StoreError.h"
#include "sync/SyncStatus.h"

#include <QFileInfo>

namespace outpost::cli {

namespace {

class SearchCommand final : public ForumCacheCommand
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::ReadCommands)
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override
    {
        return tr("Search the cached posts (accents and case do not matter).");
    }
    QStringList synopsis() const override
    {
        return {QStringLiteral("search QUERY [--category ID] [--limit N] [--json]")};
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("category"), tr("Only in this category."), tr("ID")});
        parser.addOption({QStringLiteral("limit"), tr("At most N results (default 20)."), tr("N")});
    }

protected:
    ExitCode read(CliContext &context, OpenedForum &opened, const QStringList &args) override
    {
        const QString query = args.join(QLatin1Char(' ')).trimmed();
        if (query.isEmpty())
            return context.usageError(tr("'search' needs something to look for"));
        store::SearchOptions options;
        // A query typed in full: its last word is a word, not the start of one.
        options.prefixLastTerm = false;
        if (context.parser().isSet(QStringLiteral("limit"))) {
            bool ok = false;
            options.limit = context.parser().value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || options.limit <= 0)
                return context.usageError(tr("--limit needs a number above 0"));
        }
        if (context.parser().isSet(QStringLiteral("category"))) {
            QString bad;
            const auto ids = parseIds({context.parser().value(QStringLiteral("category"))}, &bad);
            if (!ids)
                return context.usageError(tr("'%1' is not a category id").arg(bad));
            options.categoryIds = *ids;
        }
        const QList<store::SearchHit> hits =
                store::SearchIndex(opened.cache).search(query, options);
        if (context.json()) {
            OrderedJson array = OrderedJson::array();
            for (const store::SearchHit &hit : hits) {
                array.append(OrderedJson::object()
                                     .add(QStringLiteral("topic_id"), hit.topicId)
                                     .add(QStringLiteral("post_id"), hit.postId)
                                     .add(QStringLiteral("post_number"), hit.postNumber)
                                     .add(QStringLiteral("title"), hit.title)
                                     .add(QStringLiteral("snippet"),
                                          ReadOutput::plainSnippet(hit.snippet))
                                     .add(QStringLiteral("matches"),
                                          OrderedJson::strings(ReadOutput::highlights(hit.snippet)))
                                     .add(QStringLiteral("category_id"), hit.categoryId)
                                     .add(QStringLiteral("username"), hit.username)
                                     .add(QStringLiteral("created_at"),
                                          HumanFormat::isoTime(hit.createdAt)));
            }
            printOrderedJson(context, array);
            return ExitCode::Ok;
        }
        QTextStream &out = context.out();
        if (hits.isEmpty()) {
            out << tr("Nothing in the offline copy matches “%1”.").arg(query) << Qt::endl;
            return ExitCode::Ok;
        }
        const bool terminal = stdoutIsTerminal();
        for (const store::SearchHit &hit : hits) {
            //: A search result's heading: %1 title, %2 topic id, %3 post number, %4 author,
            //: %5 when.
            out << tr("%1 (topic %2, #%3 by %4, %5)")
                            .arg(ReadOutput::snippetForPeople(hit.titleHighlighted, terminal))
                            .arg(hit.topicId)
                            .arg(hit.postNumber)
                            .arg(hit.username, HumanFormat::when(hit.createdAt))
                << Qt::endl
                << "    " << ReadOutput::snippetForPeople(hit.snippet, terminal) << Qt::endl;
        }
        return ExitCode::Ok;
    }
};

class StatusCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::ReadCommands)
public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override
    {
        return tr("Per forum: last sync, followed categories, what is cached, the outbox.");
    }
    QStringList synopsis() const override { return {QStringLiteral("status [--json]")}; }

    ExitCode run(CliContext &context, const QStringList &args) override
    {
        keepLibraryLogsQuiet();
        if (!args.isEmpty())
            return context.usageError(tr("'status' takes no arguments"));
        try {
            return show(context);
        } catch (const store::StoreError &error) {
            return context.fail(error.message());
        }
    }

private:
    struct ForumStatus
    {
        store::Forum forum;
        QList<qint64> followed;
        QStringList followedNames;
        store::CacheStatus cache;
        sync::SyncStatus sync;
        int pendingOutbox = 0;
        qint64 cacheBytes = 0;
    };

    ForumStatus statusOf(CliContext &context, const store::Forum &forum)
    {
        SystemClock clock;
        ForumStatus status;
        status.forum = forum;
        store::Database &userDb = context.profile().userDatabase();
        for (const store::FollowedCategory &f :
             store::ForumRepository(userDb, clock).followed(forum.id))
            status.followed.append(f.categoryId);
        status.pendingOutbox = int(
                store::OutboxRepository(userDb, clock)
                        .list(forum.id, {store::OutboxState::Queued, store::OutboxState::Sending,
                                         store::OutboxState::NeedsAttention})
                        .size());
        const QString path = context.profile().cachePath(forum.id);
        if (!QFileInfo::exists(path)) {
            status.followedNames = QStringList(status.followed.size(), QString());
            return status; // never synced: nothing to open (and nothing to create)
        }
        store::CacheOpenResult cache = context.profile().openCache(forum.id);
        if (!cache.message.isEmpty())
            context.err() << cache.message << Qt::endl;
        const store::CacheReader reader(cache.database);
        status.cache = reader.status();
        status.sync = sync::readSyncStatus(cache.database);
        for (qint64 id : status.followed) {
            const std::optional<discourse::Category> category = reader.category(id);
            status.followedNames.append(category ? category->name : QString());
        }
        for (const QString &file : {path, QString(path + QStringLiteral("-wal"))})
            status.cacheBytes += QFileInfo(file).size();
        return status;
    }

    ExitCode show(CliContext &context)
    {
        SystemClock clock;
        const QList<store::Forum> all =
                store::ForumRepository(context.profile().userDatabase(), clock).all();
        QList<store::Forum> forums = all;
        if (!context.forumSelector().isEmpty()) {
            QString error;
            const std::optional<store::Forum> selected = context.selectForum(&error);
            if (!selected)
                return context.fail(error);
            forums = {*selected};
        }
        if (context.json()) {
            OrderedJson array = OrderedJson::array();
            for (const store::Forum &forum : forums) {
                const ForumStatus s = statusOf(context, forum);
                const OrderedJson followed = OrderedJson::ids(s.followed);
                array.append(
                        OrderedJson::object()
                                .add(QStringLiteral("id"), forum.id)
                                .add(QStringLiteral("name"), forum.name)
                                .add(QStringLiteral("url"), forum.baseUrl)
                                .add(QStringLiteral("last_sync"),
                                     HumanFormat::isoTime(s.sync.lastSyncAt))
                                .add(QStringLiteral("followed_categories"), followed)
                                .add(QStringLiteral("topics"), s.cache.topics)
                                .add(QStringLiteral("posts"), s.cache.posts)
                                .add(QStringLiteral("pending_outbox"), s.pendingOutbox)
                                .add(QStringLiteral("default"), forum.id == all.first().id)
                                .add(QStringLiteral("last_complete_sync"),
                                     HumanFormat::isoTime(s.sync.lastCompleteSyncAt))
                                .add(QStringLiteral("topics_with_posts"), s.cache.topicsWithPosts)
                                .add(QStringLiteral("unread_topics"), s.cache.unreadTopics)
                                .add(QStringLiteral("cache_bytes"), s.cacheBytes));
            }
            printOrderedJson(context, array);
            return ExitCode::Ok;
        }
        QTextStream &out = context.out();
        if (forums.isEmpty()) {
            out << tr("No forum yet. Add one with 'outpost-cli forum add URL'.") << Qt::endl;
            return ExitCode::Ok;
        }
        for (const store::Forum &forum : forums) {
            const ForumStatus s = statusOf(context, forum);
            if (forum.id != forums.first().id)
                out << Qt::endl;
            out << (forum.id == all.first().id ? tr("%1 (default) — %2") : tr("%1 — %2"))
                            .arg(forum.name, forum.baseUrl)
                << Qt::endl;
            QString last = HumanFormat::when(s.sync.lastSyncAt);
            if (s.sync.lastSyncAt.isValid() && s.sync.lastCompleteSyncAt != s.sync.lastSyncAt)
                //: After the time of the last sync, when it stopped early.
                last = tr("%1 (stopped early; last complete: %2)")
                               .arg(last, HumanFormat::when(s.sync.lastCompleteSyncAt));
            QStringList names;
            for (qsizetype i = 0; i < s.followed.size(); ++i) {
                const QString name = s.followedNames.value(i);
                names.append(name.isEmpty()
                                     ? QString::number(s.followed.at(i))
                                     : QStringLiteral("%1 (%2)").arg(name).arg(s.followed.at(i)));
            }
            //: Labels of 'outpost-cli status', aligned in a column.
            out << "  " << padToWidth(tr("last sync:"), 16) << last << Qt::endl;
            out << "  " << padToWidth(tr("following:"), 16)
                << (names.isEmpty() ? tr("no category") : names.join(QStringLiteral(", ")))
                << Qt::endl;
            out << "  " << padToWidth(tr("offline copy:"), 16)
                << tr("%1 topics, %2 posts, %3")
                            .arg(HumanFormat::number(s.cache.topics),
                                 HumanFormat::number(s.cache.posts),
                                 HumanFormat::bytes(s.cacheBytes))
                << Qt::endl;
            out << "  " << padToWidth(tr("outbox:"), 16)
                << tr("%1 waiting").arg(HumanFormat::number(s.pendingOutbox)) << Qt::endl;
        }
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeSearchCommand()
{
    return std::make_unique<SearchCommand>();
}

std::unique_ptr<Command> makeStatusCommand()
{
    return std::make_unique<StatusCommand>();
}

} // namespace outpost::cli
