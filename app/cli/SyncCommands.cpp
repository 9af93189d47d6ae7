// sync: pull the followed categories and the digest (docs/sync.md), with a progress line on a
// terminal, Ctrl+C / SIGTERM as a clean cancel, and exit codes 0 / 1 / 3.
#include "CliContext.h"
#include "Clock.h"
#include "Commands.h"
#include "ForumAccess.h"
#include "HumanFormat.h"
#include "ProgressLine.h"
#include "SignalRelay.h"
#include "store/ForumRepository.h"
#include "store/StoreError.h"
#include "sync/SyncJob.h"

#include <QEventLoop>

namespace outpost::cli {

namespace {

// Plain names for the sync's types: lupdate reads a `sync::` return type as a class name and
// would file this file's tr() calls under the wrong context.
using sync::SyncEnvironment;
using sync::SyncReport;
using sync::SyncRequest;

QString stopName(sync::SyncStop stop)
{
    switch (stop) {
    case sync::SyncStop::Completed:
        break;
    case sync::SyncStop::Cancelled:
        return QStringLiteral("cancelled");
    case sync::SyncStop::Offline:
        return QStringLiteral("offline");
    case sync::SyncStop::BudgetExhausted:
        return QStringLiteral("budget_exhausted");
    case sync::SyncStop::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("completed");
}

class SyncCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::SyncCommands)
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override
    {
        return tr("Pull the followed categories and the digest into the offline copy.");
    }
    QStringList synopsis() const override
    {
        return {QStringLiteral("sync [--json] [--older CATEGORY_ID]… [--topic TOPIC_ID]…")};
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("older"),
                          tr("Also fetch one more window of older topics of this category "
                             "(repeatable)."),
                          tr("CATEGORY_ID")});
        parser.addOption({QStringLiteral("topic"),
                          tr("Also fetch this whole thread now, first (repeatable)."),
                          tr("TOPIC_ID")});
    }

    ExitCode run(CliContext &context, const QStringList &args) override
    {
        keepLibraryLogsQuiet();
        if (!args.isEmpty())
            return context.usageError(tr("'sync' takes no arguments, only options"));
        QString bad;
        const std::optional<QList<qint64>> older =
                parseIds(context.parser().values(QStringLiteral("older")), &bad);
        if (!older)
            return context.usageError(tr("'%1' is not a category id").arg(bad));
        const std::optional<QList<qint64>> topics =
                parseIds(context.parser().values(QStringLiteral("topic")), &bad);
        if (!topics)
            return context.usageError(tr("'%1' is not a topic id").arg(bad));

        sync::SyncEnvironment environment;
        bool followsNothing = false;
        {
            ExitCode exit = ExitCode::Ok;
            // Opening the cache here checks it (a damaged one is rebuilt with a message)
            // before the sync's own connections open it.
            std::optional<OpenedForum> opened = openSelectedForum(context, &exit);
            if (!opened)
                return exit;
            environment.forum = opened->forum;
            try {
                SystemClock clock;
                followsNothing = store::ForumRepository(context.profile().userDatabase(), clock)
                                         .followed(opened->forum.id)
                                         .isEmpty();
                environment.credentials = context.credentialsFor(opened->forum);
            } catch (const store::StoreError &error) {
                return context.fail(error.message());
            }
        }
        environment.profileDirectory = context.profileDir();
        environment.verifyCache = false;
        sync::SyncRequest request;
        request.olderCategoryIds = *older;
        request.topicIds = *topics;

        const sync::SyncReport report = runWithProgress(context, environment, request);
        if (context.json())
            printJson(context, report);
        else
            printForPeople(context, environment.forum, report,
                           followsNothing &&
                                   environment.credentials.kind == discourse::Credentials::None);
        switch (report.stop) {
        case sync::SyncStop::Completed:
            return ExitCode::Ok;
        case sync::SyncStop::Failed:
            return ExitCode::Failed;
        case sync::SyncStop::Cancelled:
        case sync::SyncStop::Offline:
        case sync::SyncStop::BudgetExhausted:
            break;
        }
        return ExitCode::Partial;
    }

private:
    // The sync runs on its own thread (SyncJob); this thread keeps the event loop for the
    // progress line and for SIGINT/SIGTERM, which cancel the sync cleanly.
    static SyncReport runWithProgress(CliContext &context, const SyncEnvironment &environment,
                                      const SyncRequest &request)
    {
        ProgressLine progress;
        const bool showProgress = progress.isEnabled() && !context.json();
        sync::SyncJob job(environment, request);
        sync::SyncReport result;
        QEventLoop loop;
        bool cancelling = false;
        QObject::connect(&job, &sync::SyncJob::progress, &loop, [&](const sync::SyncProgress &p) {
            if (!showProgress || cancelling)
                return;
            //: The sync's progress line: %1/%2 topics done/planned, %3 bytes
            //: downloaded, %4 what it is doing.
            progress.show(tr("[%1/%2 topics, %3] %4")
                                  .arg(p.topicsDone)
                                  .arg(p.topicsPlanned)
                                  .arg(HumanFormat::bytes(p.counters.bytesDown), p.activity));
        });
        QObject::connect(&job, &sync::SyncJob::finished, &loop,
                         [&](const sync::SyncReport &report) {
                             result = report;
                             loop.quit();
                         });
        SignalRelay relay([&](int) {
            cancelling = true;
            job.abort();
            if (showProgress)
                progress.show(tr("Cancelling: finishing what is being saved …"), true);
        });
        job.start();
        loop.exec();
        progress.clear();
        return result;
    }

    static void printJson(CliContext &context, const sync::SyncReport &report)
    {
        const sync::SyncCounters &c = report.counters;
        printOrderedJson(
                context,
                OrderedJson::object()
                        .add(QStringLiteral("requests"), c.requests)
                        .add(QStringLiteral("bytes_down"), c.bytesDown)
                        .add(QStringLiteral("bytes_up"), c.bytesUp)
                        .add(QStringLiteral("topics_updated"), c.topicsUpdated)
                        .add(QStringLiteral("posts_new"), c.postsNew)
                        .add(QStringLiteral("posts_updated"), c.postsUpdated)
                        .add(QStringLiteral("posts_deleted"), c.postsDeleted)
                        .add(QStringLiteral("complete"), report.isComplete())
                        .add(QStringLiteral("stop"), stopName(report.stop))
                        .add(QStringLiteral("message"), report.message)
                        .add(QStringLiteral("resume_at"),
                             HumanFormat::isoTime(report.resumeAtMs > 0
                                                          ? QDateTime::fromMSecsSinceEpoch(
                                                                    report.resumeAtMs, Qt::UTC)
                                                          : QDateTime()))
                        .add(QStringLiteral("problems"), OrderedJson::strings(report.problems))
                        .add(QStringLiteral("topics_deleted"), c.topicsDeleted)
                        .add(QStringLiteral("outbox_sent"), c.outboxSent)
                        .add(QStringLiteral("started_at"), HumanFormat::isoTime(report.startedAt))
                        .add(QStringLiteral("finished_at"),
                             HumanFormat::isoTime(report.finishedAt)));
    }

    static void printForPeople(CliContext &context, const store::Forum &forum,
                               const sync::SyncReport &report, bool followsNothing)
    {
        const sync::SyncCounters &c = report.counters;
        const QString took = HumanFormat::duration(report.startedAt.msecsTo(report.finishedAt));
        QTextStream &out = context.out();
        switch (report.stop) {
        case sync::SyncStop::Completed:
            out << tr("Synced “%1” in %2.").arg(forum.name, took) << Qt::endl;
            break;
        case sync::SyncStop::Failed:
            break;
        case sync::SyncStop::Cancelled:
        case sync::SyncStop::Offline:
        case sync::SyncStop::BudgetExhausted:
            out << tr("Synced part of “%1” in %2.").arg(forum.name, took) << Qt::endl;
            break;
        }
        if (report.stop != sync::SyncStop::Failed || c.requests > 0) {
            //: Labels of the sync summary, aligned in a column.
            out << "  " << tr("topics updated:") << ' ' << HumanFormat::number(c.topicsUpdated)
                << Qt::endl;
            out << "  " << tr("posts:") << ' '
                << tr("%1 new, %2 edited, %3 deleted")
                            .arg(HumanFormat::number(c.postsNew),
                                 HumanFormat::number(c.postsUpdated),
                                 HumanFormat::number(c.postsDeleted))
                << Qt::endl;
            out << "  " << tr("requests:") << ' '
                << tr("%1 (%2 down, %3 up)")
                            .arg(HumanFormat::number(c.requests), HumanFormat::bytes(c.bytesDown),
                                 HumanFormat::bytes(c.bytesUp))
                << Qt::endl;
        }
        out.flush();
        QTextStream &err = context.err();
        if (!report.problems.isEmpty()) {
            err << tr("Problems (the next sync tries again):") << Qt::endl;
            for (const QString &problem : report.problems)
                err << "  - " << problem << Qt::endl;
        }
        if (!report.message.isEmpty())
            err << report.message << Qt::endl;
        if (followsNothing)
            err << tr("You follow no category of this forum yet, so only its categories and the "
                      "digest were synced. 'outpost-cli categories' lists them; 'outpost-cli "
                      "follow ID' picks the ones to keep offline.")
                << Qt::endl;
    }
};

} // namespace

void addSyncCommands(CommandList &commands)
{
    commands.push_back(std::make_unique<SyncCommand>());
}

} // namespace outpost::cli
