// `outpost-cli outbox`: what waits to be sent, what was refused, and sending it now.
#include "OutboxCommands.h"

#include "CliContext.h"
#include "OutboxText.h"
#include "TerminalText.h"
#include "outbox/DeliveryJob.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace outpost::cli {

namespace {

class OutboxCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("outbox"); }
    QString summary() const override
    {
        return tr("List the outbox; show, retry, discard or send its items now.");
    }
    QStringList synopsis() const override
    {
        return {tr("outbox [--json]"), tr("outbox show ID"), tr("outbox retry ID [--keep-mine]"),
                tr("outbox discard ID [--with-replies]"), tr("outbox send [--json]")};
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("keep-mine"),
                          tr("retry: for an edit in conflict, send yours over the forum's newer "
                             "version.")});
        parser.addOption({QStringLiteral("take-theirs"),
                          tr("retry: for an edit in conflict, keep the forum's version and "
                             "drop yours.")});
        parser.addOption({QStringLiteral("with-replies"),
                          tr("discard: also discard the queued replies to this new topic.")});
    }

    ExitCode run(CliContext &context, const QStringList &args) override
    {
        const QString action = args.value(0, QStringLiteral("list"));
        const bool needsId = action == QLatin1String("show") || action == QLatin1String("retry") ||
                             action == QLatin1String("discard");
        if (needsId && args.size() != 2)
            return context.usageError(tr("'outbox %1' needs the id of an item").arg(action));
        if (!needsId && args.size() > 1)
            return context.usageError(tr("too many arguments for 'outbox %1'").arg(action));
        if (action == QLatin1String("list"))
            return list(context);
        if (action == QLatin1String("send"))
            return send(context);
        if (needsId)
            return act(context, action, args[1]);
        return context.usageError(
                tr("unknown action '%1' (list, show, retry, discard, send)").arg(action));
    }

private:
    ExitCode list(CliContext &context)
    {
        return withOutbox(context, [&](const store::Forum &forum, outbox::Outbox &box) {
            // Items a killed program left `sending` are listed as what they are: waiting, to
            // be checked on the forum first.
            box.recoverInterrupted();
            const QList<store::OutboxItem> items = box.items();
            const outbox::OutboxSummary summary = box.summary();
            if (context.json()) {
                QJsonArray array;
                for (const store::OutboxItem &item : items)
                    array.append(OutboxText::json(item));
                context.printJson(QJsonDocument(QJsonObject{
                        {QStringLiteral("forum"), forum.baseUrl},
                        {QStringLiteral("needs_sign_in"), !summary.needsSignIn.isEmpty()},
                        {QStringLiteral("items"), array}}));
                return ExitCode::Ok;
            }
            if (!summary.needsSignIn.isEmpty())
                context.err() << summary.needsSignIn << Qt::endl;
            if (items.isEmpty()) {
                context.out() << tr("The outbox is empty.") << "\n";
                return ExitCode::Ok;
            }
            TablePrinter table({{tr("ID")},
                                {tr("KIND")},
                                {tr("ABOUT"), TablePrinter::Align::Left, true},
                                {tr("STATE")},
                                {tr("DETAILS"), TablePrinter::Align::Left, true}});
            for (const store::OutboxItem &item : items) {
                QString details = item.error;
                if (item.state == store::OutboxState::Sent && item.remotePostId)
                    details = tr("post %1").arg(*item.remotePostId);
                table.addRow({OutboxText::shortId(item.id), OutboxText::kindName(item.kind),
                              OutboxText::target(item), OutboxText::stateName(item), details});
            }
            context.out() << table.render(stdoutTerminalWidth());
            return ExitCode::Ok;
        });
    }

    ExitCode act(CliContext &context, const QString &action, const QString &id)
    {
        return withOutbox(context, [&](const store::Forum &, outbox::Outbox &box) {
            bool ambiguous = false;
            const std::optional<store::OutboxItem> item = box.findByPrefix(id, &ambiguous);
            if (!item)
                return context.fail(ambiguous ? tr("'%1' matches several outbox items; give more "
                                                   "of the id")
                                                        .arg(id)
                                              : tr("there is no outbox item '%1'; 'outpost-cli "
                                                   "outbox' lists them")
                                                        .arg(id));
            if (action == QLatin1String("show"))
                return show(context, *item);
            if (action == QLatin1String("retry"))
                return retry(context, box, *item);
            const QStringList removed =
                    box.discard(item->id, context.parser().isSet(QStringLiteral("with-replies"))
                                                  ? outbox::DiscardMode::WithDependents
                                                  : outbox::DiscardMode::RefuseIfOthersDepend);
            if (item->unconfirmed)
                context.err() << tr("note: an earlier attempt to send it may have reached the "
                                    "forum; check the topic there.")
                              << Qt::endl;
            context.out() << tr("Discarded %n item(s).", nullptr, int(removed.size())) << "\n";
            return ExitCode::Ok;
        });
    }

    ExitCode retry(CliContext &context, outbox::Outbox &box, const store::OutboxItem &item)
    {
        const bool keepMine = context.parser().isSet(QStringLiteral("keep-mine"));
        const bool takeTheirs = context.parser().isSet(QStringLiteral("take-theirs"));
        if (item.problem == store::OutboxProblem::EditConflict) {
            if (keepMine == takeTheirs)
                return context.usageError(
                        tr("this edit is in conflict with a newer version on the forum: retry "
                           "it with --keep-mine or --take-theirs ('outpost-cli outbox show %1' "
                           "shows both)")
                                .arg(OutboxText::shortId(item.id)));
            if (takeTheirs) {
                box.resolveConflictTakeTheirs(item.id);
                context.out() << tr("Kept the forum's version; your edit was dropped.") << "\n";
                return ExitCode::Ok;
            }
            box.resolveConflictKeepMine(item.id);
        } else {
            box.retry(item.id);
        }
        context.out() << tr("Queued %1 again; it will be sent on the next sync.")
                                 .arg(OutboxText::shortId(item.id))
                      << "\n";
        return ExitCode::Ok;
    }

    ExitCode show(CliContext &context, const store::OutboxItem &item)
    {
        if (context.json()) {
            context.printJson(QJsonDocument(OutboxText::json(item)));
            return ExitCode::Ok;
        }
        QTextStream &out = context.out();
        out << tr("Item:     %1").arg(item.id) << "\n"
            << tr("Kind:     %1").arg(OutboxText::kindName(item.kind)) << "\n"
            << tr("About:    %1").arg(OutboxText::target(item)) << "\n"
            << tr("State:    %1").arg(OutboxText::stateName(item)) << "\n";
        if (!item.error.isEmpty())
            out << tr("Reason:   %1").arg(item.error) << "\n";
        if (item.remotePostId)
            out << tr("On the forum: post %1").arg(*item.remotePostId) << "\n";
        if (!item.title.isEmpty())
            out << tr("Title:    %1").arg(item.title) << "\n";
        if (item.kind != store::OutboxKind::Like)
            out << "\n" << tr("Your text:") << "\n" << item.raw << "\n";
        if (item.problem == store::OutboxProblem::EditConflict)
            out << "\n"
                << tr("The forum's text (version %1):").arg(item.conflictVersion.value_or(0))
                << "\n"
                << item.conflictRaw << "\n";
        return ExitCode::Ok;
    }

    ExitCode send(CliContext &context)
    {
        QString error;
        std::optional<store::Forum> forum;
        try {
            forum = context.selectForum(&error);
        } catch (const store::StoreError &storeError) {
            return context.fail(storeError.message());
        }
        if (!forum)
            return context.fail(error);
        outbox::DeliveryEnvironment environment;
        environment.profileDirectory = context.profileDir();
        environment.forum = *forum;
        environment.credentials = context.credentialsFor(*forum);
        environment.verifyCache = true;
        const CancelToken cancel;
        const outbox::DeliveryReport report = outbox::deliverOutbox(environment, cancel);
        printReport(context, report);
        if (report.stop == outbox::DeliveryStop::Failed ||
            report.stop == outbox::DeliveryStop::NeedsSignIn ||
            report.stop == outbox::DeliveryStop::NotSignedIn || report.needsAttention > 0)
            return ExitCode::Failed;
        return report.isComplete() ? ExitCode::Ok : ExitCode::Partial;
    }

    void printReport(CliContext &context, const outbox::DeliveryReport &report)
    {
        if (context.json()) {
            QJsonObject o{{QStringLiteral("stop"), outbox::stopName(report.stop)},
                          {QStringLiteral("sent"), report.sent},
                          {QStringLiteral("sent_for_review"), report.sentForReview},
                          {QStringLiteral("needs_attention"), report.needsAttention},
                          {QStringLiteral("waiting"), report.waiting},
                          {QStringLiteral("messages"), QJsonArray::fromStringList(report.messages)},
                          {QStringLiteral("sent_ids"), QJsonArray::fromStringList(report.sentIds)},
                          {QStringLiteral("attention_ids"),
                           QJsonArray::fromStringList(report.attentionIds)}};
            if (report.resumeAtMs > 0)
                o.insert(QStringLiteral("resume_at"),
                         QDateTime::fromMSecsSinceEpoch(report.resumeAtMs, Qt::UTC)
                                 .toString(Qt::ISODate));
            context.printJson(QJsonDocument(o));
            return;
        }
        context.out() << tr("Sent %n item(s).", nullptr, report.sent) << "\n";
        context.out().flush();
        for (const QString &message : report.messages)
            context.err() << message << Qt::endl;
        if (report.needsAttention > 0)
            context.err() << tr("'outpost-cli outbox' lists them with the forum's reasons.")
                          << Qt::endl;
    }
};

} // namespace

void addOutboxCommand(CommandList &commands)
{
    commands.push_back(std::make_unique<OutboxCommand>());
}

} // namespace outpost::cli
