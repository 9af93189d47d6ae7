// forum add|list|rename|remove, follow, unfollow.
#include "CliContext.h"
#include "Clock.h"
#include "Commands.h"
#include "ForumAccess.h"
#include "ForumProbe.h"
#include "HumanFormat.h"
#include "TerminalText.h"
#include "store/CacheReader.h"
#include "store/ForumRepository.h"
#include "store/StoreError.h"
#include "sync/SyncStatus.h"

#include <QFile>
#include <QUrl>

namespace outpost::cli {

namespace {

// http(s) only, a host, no user info, query or fragment; scheme and host in lower case; no
// trailing slash (a forum in a subfolder keeps its path). Empty and `error` set when the
// text is not a forum address.
QString normaliseForumUrl(const QString &text, QString *error)
{
    QString input = text.trimmed();
    if (!input.contains(QLatin1String("://")))
        input.prepend(QLatin1String("https://"));
    QUrl url(input, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        *error = QCoreApplication::translate(
                         "outpost::cli::ForumCommands",
                         "'%1' is not a forum address; give one like https://community.dhis2.org")
                         .arg(text);
        return {};
    }
    if (!url.userInfo().isEmpty()) {
        *error = QCoreApplication::translate("outpost::cli::ForumCommands",
                                             "the address must not contain a user name or "
                                             "password; sign in with 'outpost-cli login'");
        return {};
    }
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url.toString(QUrl::FullyEncoded);
}

std::optional<store::Forum> findForum(const QList<store::Forum> &forums, const QString &which)
{
    for (const store::Forum &forum : forums) {
        if (QString::number(forum.id) == which ||
            forum.name.compare(which, Qt::CaseInsensitive) == 0 ||
            forum.baseUrl.compare(which.trimmed(), Qt::CaseInsensitive) == 0)
            return forum;
    }
    return std::nullopt;
}

// Without opening (and so creating or checking) the cache of a forum never synced.
QDateTime lastSyncOf(CliContext &context, const store::Forum &forum)
{
    if (!QFile::exists(context.profile().cachePath(forum.id)))
        return {};
    try {
        store::Database db = context.profile().openCacheConnection(forum.id);
        return sync::readSyncStatus(db).lastSyncAt;
    } catch (const store::StoreError &) {
        return {};
    }
}

class ForumCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::ForumCommands)
public:
    QString name() const override { return QStringLiteral("forum"); }
    QString summary() const override { return tr("Add, list, rename or remove forums."); }
    QStringList synopsis() const override
    {
        return {QStringLiteral("forum add URL [--name NAME] [--no-check]"),
                QStringLiteral("forum list [--json]"),
                QStringLiteral("forum rename ID|NAME NEW_NAME"),
                QStringLiteral("forum remove ID|NAME")};
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("name"), tr("The forum's name in Outpost."), tr("NAME")});
        parser.addOption({QStringLiteral("no-check"),
                          tr("Add the forum without checking that it answers like a Discourse "
                             "forum.")});
    }

    ExitCode run(CliContext &context, const QStringList &args) override
    {
        keepLibraryLogsQuiet();
        const QString action = args.value(0);
        try {
            if (action == QLatin1String("add") && args.size() == 2)
                return add(context, args.at(1));
            if (action == QLatin1String("list") && args.size() == 1)
                return list(context);
            if (action == QLatin1String("rename") && args.size() == 3)
                return rename(context, args.at(1), args.at(2));
            if (action == QLatin1String("remove") && args.size() == 2)
                return remove(context, args.at(1));
        } catch (const store::StoreError &error) {
            return context.fail(error.message());
        }
        if (action.isEmpty())
            return context.usageError(tr("'forum' needs an action: add, list, rename or remove"));
        return context.usageError(
                tr("'forum %1' does not take these arguments; see 'outpost-cli forum --help'")
                        .arg(action));
    }

private:
    ExitCode add(CliContext &context, const QString &address)
    {
        QString error;
        const QString url = normaliseForumUrl(address, &error);
        if (url.isEmpty())
            return context.usageError(error);
        SystemClock clock;
        store::ForumRepository forums(context.profile().userDatabase(), clock);
        if (const std::optional<store::Forum> existing = forums.findByUrl(url))
            return context.fail(tr("%1 is already added, as “%2”").arg(url, existing->name));

        QString note;
        if (!context.parser().isSet(QStringLiteral("no-check"))) {
            if (!context.json())
                context.err() << tr("Checking %1 …").arg(url) << Qt::endl;
            const ForumProbe probe = probeForum(QUrl(url));
            switch (probe.verdict) {
            case ForumProbe::Verdict::Discourse:
                break;
            case ForumProbe::Verdict::SignInNeeded:
                note = tr("The forum only shows its content to members; sign in with "
                          "'outpost-cli login' before syncing.");
                break;
            case ForumProbe::Verdict::Unreachable:
                note = tr("The forum could not be reached now, so it was added unchecked; "
                          "'outpost-cli sync' will try when you are online. (%1)")
                               .arg(probe.detail);
                break;
            case ForumProbe::Verdict::NotDiscourse:
                return context.fail(tr("%1 does not answer like a Discourse forum: %2 Check the "
                                       "address, or add it anyway with --no-check.")
                                            .arg(url, probe.detail));
            }
        }
        QString name = context.parser().value(QStringLiteral("name")).trimmed();
        if (name.isEmpty())
            name = QUrl(url).host();
        const bool first = forums.all().isEmpty();
        const store::Forum forum = forums.add(url, name);
        if (context.json()) {
            printOrderedJson(context, OrderedJson::object()
                                              .add(QStringLiteral("id"), forum.id)
                                              .add(QStringLiteral("name"), forum.name)
                                              .add(QStringLiteral("url"), forum.baseUrl)
                                              .add(QStringLiteral("default"), first)
                                              .add(QStringLiteral("note"), note));
        } else {
            context.out() << (first ? tr("Added forum %1, “%2” (%3). It is the default forum.")
                                    : tr("Added forum %1, “%2” (%3)."))
                                     .arg(forum.id)
                                     .arg(forum.name, forum.baseUrl)
                          << Qt::endl;
            if (!note.isEmpty())
                context.out() << note << Qt::endl;
            context.out() << tr("Next: 'outpost-cli sync' reads its categories, then "
                                "'outpost-cli categories' lists them and 'outpost-cli follow "
                                "ID' picks the ones to keep offline.")
                          << Qt::endl;
        }
        return ExitCode::Ok;
    }

    ExitCode list(CliContext &context)
    {
        SystemClock clock;
        store::ForumRepository forums(context.profile().userDatabase(), clock);
        const QList<store::Forum> all = forums.all();
        if (context.json()) {
            OrderedJson array = OrderedJson::array();
            for (const store::Forum &forum : all) {
                OrderedJson followed = OrderedJson::array();
                for (const store::FollowedCategory &f : forums.followed(forum.id))
                    followed.append(QJsonValue(f.categoryId));
                array.append(OrderedJson::object()
                                     .add(QStringLiteral("id"), forum.id)
                                     .add(QStringLiteral("name"), forum.name)
                                     .add(QStringLiteral("url"), forum.baseUrl)
                                     .add(QStringLiteral("default"), forum.id == all.first().id)
                                     .add(QStringLiteral("sync_window_days"), forum.syncWindowDays)
                                     .add(QStringLiteral("followed"), followed)
                                     .add(QStringLiteral("last_sync"),
                                          HumanFormat::isoTime(lastSyncOf(context, forum))));
            }
            printOrderedJson(context, array);
            return ExitCode::Ok;
        }
        if (all.isEmpty()) {
            context.out() << tr("No forum yet. Add one with 'outpost-cli forum add URL'.")
                          << Qt::endl;
            return ExitCode::Ok;
        }
        TablePrinter table({{tr("ID"), TablePrinter::Align::Right},
                            {tr("NAME"), TablePrinter::Align::Left, true},
                            {tr("URL"), TablePrinter::Align::Left, true},
                            {tr("FOLLOWED"), TablePrinter::Align::Right},
                            {tr("LAST SYNC")}});
        for (const store::Forum &forum : all) {
            const QDateTime last = lastSyncOf(context, forum);
            const QString name = forum.id == all.first().id
                                         //: Marks the default forum in 'forum list'.
                                         ? tr("%1 (default)").arg(forum.name)
                                         : forum.name;
            table.addRow({QString::number(forum.id), name, forum.baseUrl,
                          QString::number(forums.followed(forum.id).size()),
                          HumanFormat::when(last)});
        }
        context.out() << table.render(stdoutTerminalWidth());
        return ExitCode::Ok;
    }

    ExitCode rename(CliContext &context, const QString &which, const QString &newName)
    {
        SystemClock clock;
        store::ForumRepository forums(context.profile().userDatabase(), clock);
        const std::optional<store::Forum> forum = findForum(forums.all(), which);
        if (!forum)
            return context.fail(noSuchForum(which));
        if (newName.trimmed().isEmpty())
            return context.usageError(tr("the new name is empty"));
        forums.rename(forum->id, newName.trimmed());
        if (!context.json())
            context.out()
                    << tr("Forum %1 is now called “%2”.").arg(forum->id).arg(newName.trimmed())
                    << Qt::endl;
        return ExitCode::Ok;
    }

    ExitCode remove(CliContext &context, const QString &which)
    {
        SystemClock clock;
        store::ForumRepository forums(context.profile().userDatabase(), clock);
        const std::optional<store::Forum> forum = findForum(forums.all(), which);
        if (!forum)
            return context.fail(noSuchForum(which));
        // Refused by the store while the person's drafts or queued posts are there.
        forums.remove(forum->id);
        context.profile().removeForumFiles(forum->id);
        if (!context.json())
            context.out() << tr("Removed forum %1, “%2”, and its offline copy.")
                                     .arg(forum->id)
                                     .arg(forum->name)
                          << Qt::endl;
        return ExitCode::Ok;
    }

    static QString noSuchForum(const QString &which)
    {
        return tr("there is no forum '%1'; 'outpost-cli forum list' shows the forums").arg(which);
    }
};

// follow / unfollow CATEGORY_ID…
class FollowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::ForumCommands)
public:
    explicit FollowCommand(bool follow)
        : m_follow(follow)
    {}
    QString name() const override
    {
        return m_follow ? QStringLiteral("follow") : QStringLiteral("unfollow");
    }
    QString summary() const override
    {
        return m_follow ? tr("Keep categories offline: their topics are synced.")
                        : tr("Stop syncing categories (what is cached stays readable).");
    }
    QStringList synopsis() const override { return {name() + QStringLiteral(" CATEGORY_ID…")}; }

    ExitCode run(CliContext &context, const QStringList &args) override
    {
        keepLibraryLogsQuiet();
        if (args.isEmpty())
            return context.usageError(tr("give the ids of the categories ('outpost-cli "
                                         "categories' lists them)"));
        QString bad;
        const std::optional<QList<qint64>> ids = parseIds(args, &bad);
        if (!ids)
            return context.usageError(tr("'%1' is not a category id").arg(bad));
        ExitCode exit = ExitCode::Ok;
        std::optional<OpenedForum> opened = openSelectedForum(context, &exit);
        if (!opened)
            return exit;
        try {
            SystemClock clock;
            store::ForumRepository forums(context.profile().userDatabase(), clock);
            store::CacheReader reader(opened->cache);
            const bool known = !reader.categories(QDateTime()).isEmpty();
            QList<qint64> followed;
            for (const store::FollowedCategory &f : forums.followed(opened->forum.id))
                followed.append(f.categoryId);
            // Check every id first: a typo must not leave half of the list applied.
            for (qint64 id : *ids) {
                if (m_follow && known && !reader.category(id))
                    return context.fail(tr("there is no category %1 on this forum; "
                                           "'outpost-cli categories' lists them")
                                                .arg(id));
            }
            for (qint64 id : *ids) {
                const std::optional<discourse::Category> category = reader.category(id);
                const QString label = category ? tr("“%1” (%2)").arg(category->name).arg(id)
                                               : tr("category %1").arg(id);
                if (m_follow) {
                    forums.follow(opened->forum.id, id);
                    if (!context.json())
                        context.out() << tr("Following %1.").arg(label) << Qt::endl;
                } else if (followed.contains(id)) {
                    forums.unfollow(opened->forum.id, id);
                    if (!context.json())
                        context.out() << tr("No longer following %1.").arg(label) << Qt::endl;
                } else if (!context.json()) {
                    context.out() << tr("%1 was not followed.").arg(label) << Qt::endl;
                }
            }
            if (m_follow && !known && !context.json())
                context.out() << tr("Note: the forum's categories are not synced yet, so the ids "
                                    "were not checked; 'outpost-cli sync' will read them.")
                              << Qt::endl;
        } catch (const store::StoreError &error) {
            return context.fail(error.message());
        }
        return ExitCode::Ok;
    }

private:
    bool m_follow;
};

} // namespace

void addForumCommands(CommandList &commands)
{
    commands.push_back(std::make_unique<ForumCommand>());
    commands.push_back(std::make_unique<FollowCommand>(true));
    commands.push_back(std::make_unique<FollowCommand>(false));
}

} // namespace outpost::cli
