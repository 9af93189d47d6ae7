// reply, new-topic and like: they put an item in the outbox and need no network. The outbox
// command (OutboxCommands.cpp) lists, retries, discards and sends.
#include "CliContext.h"
#include "Commands.h"
#include "OutboxCommands.h"
#include "OutboxText.h"

#include <QJsonDocument>

namespace outpost::cli {

namespace {

const QString kFile = QStringLiteral("file");

void addFileOption(QCommandLineParser &parser)
{
    parser.addOption({kFile, Command::tr("Read the text from FILE (UTF-8); '-' reads stdin."),
                      Command::tr("FILE")});
}

// The text from --file, or from stdin when the positional argument "-" was given.
std::optional<QString> textArgument(CliContext &context, const QStringList &args, qsizetype dashAt,
                                    ExitCode *failure)
{
    const bool dash = args.size() > dashAt && args[dashAt] == QLatin1String("-");
    const QString file = context.parser().value(kFile);
    if (dash == !file.isEmpty()) {
        *failure = context.usageError(
                dash ? Command::tr("give the text either with --file or as '-', not both")
                     : Command::tr("give the text with --file FILE, or '-' to read stdin"));
        return std::nullopt;
    }
    QString error;
    std::optional<QString> raw = OutboxText::read(dash ? QStringLiteral("-") : file, &error);
    if (!raw)
        *failure = context.usageError(error);
    return raw;
}

// What queueing prints: a sentence for people (and notes on stderr), or the item as JSON.
ExitCode queued(CliContext &context, const store::OutboxItem &item, const QString &sentence,
                const QStringList &notes)
{
    for (const QString &note : notes)
        context.err() << note << Qt::endl;
    if (context.json()) {
        context.printJson(QJsonDocument(OutboxText::json(item)));
    } else {
        context.out() << sentence << "\n";
        context.out().flush();
    }
    return ExitCode::Ok;
}

bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

class ReplyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("reply"); }
    QString summary() const override
    {
        return tr("Queue a reply to a topic (sent on the next sync).");
    }
    QStringList synopsis() const override
    {
        return {tr("reply TOPIC_ID (--file FILE | -) [--to POST_NUMBER]"),
                tr("reply NEW_TOPIC_OUTBOX_ID (--file FILE | -)")};
    }
    void addOptions(QCommandLineParser &parser) override
    {
        addFileOption(parser);
        parser.addOption(
                {QStringLiteral("to"), tr("Reply to this post of the topic."), tr("POST_NUMBER")});
    }
    ExitCode run(CliContext &context, const QStringList &args) override
    {
        if (args.isEmpty() || args.size() > 2)
            return context.usageError(tr("reply needs a topic id, then the text"));
        std::optional<int> to;
        if (context.parser().isSet(QStringLiteral("to"))) {
            bool ok = false;
            to = context.parser().value(QStringLiteral("to")).toInt(&ok);
            if (!ok || *to <= 0)
                return context.usageError(tr("--to needs a post number (1, 2, ...)"));
        }
        ExitCode failure = ExitCode::Usage;
        const std::optional<QString> raw = textArgument(context, args, 1, &failure);
        if (!raw)
            return failure;
        return withOutbox(context, [&](const store::Forum &, outbox::Outbox &box) {
            qint64 topicId = 0;
            const QStringList notes = OutboxText::hints(*raw, {}, false);
            // The short ids Outpost prints are 8 hex digits, which are sometimes all decimal
            // digits: a queued new topic whose id begins with the whole argument (8 characters
            // or more) wins over a topic of that number.
            bool ambiguous = false;
            std::optional<store::OutboxItem> parent;
            if (args[0].size() >= 8 || !parseId(args[0], &topicId))
                parent = box.findByPrefix(args[0], &ambiguous);
            const bool toQueuedTopic = parent && parent->kind == store::OutboxKind::NewTopic;
            if (!toQueuedTopic && parseId(args[0], &topicId)) {
                const store::OutboxItem item = box.queueReply(topicId, *raw, to);
                return queued(context, item,
                              tr("Queued the reply to topic %1 as %2; it will be sent on the "
                                 "next sync.")
                                      .arg(topicId)
                                      .arg(OutboxText::shortId(item.id)),
                              notes);
            }
            if (!toQueuedTopic || to)
                return context.usageError(
                        ambiguous ? tr("'%1' matches several outbox items; give more of the id")
                                            .arg(args[0])
                                  : tr("'%1' is neither a topic id nor a new topic in the outbox")
                                            .arg(args[0]));
            const store::OutboxItem item = box.queueReplyToQueued(parent->id, *raw);
            return queued(
                    context, item,
                    tr("Queued the reply as %1; it will be sent on the next sync, after "
                       "the new topic %2.")
                            .arg(OutboxText::shortId(item.id), OutboxText::shortId(parent->id)),
                    notes);
        });
    }
};

class NewTopicCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("new-topic"); }
    QString summary() const override { return tr("Queue a new topic (sent on the next sync)."); }
    QStringList synopsis() const override
    {
        return {tr("new-topic --category ID --title TITLE (--file FILE | -)")};
    }
    void addOptions(QCommandLineParser &parser) override
    {
        addFileOption(parser);
        parser.addOption({QStringLiteral("category"), tr("The category to post in."), tr("ID")});
        parser.addOption({QStringLiteral("title"), tr("The topic's title."), tr("TITLE")});
    }
    ExitCode run(CliContext &context, const QStringList &args) override
    {
        if (args.size() > 1)
            return context.usageError(tr("new-topic takes no arguments but '-'"));
        qint64 category = 0;
        if (!parseId(context.parser().value(QStringLiteral("category")), &category))
            return context.usageError(tr("new-topic needs --category ID (a number)"));
        const QString title = context.parser().value(QStringLiteral("title")).trimmed();
        if (title.isEmpty())
            return context.usageError(tr("new-topic needs --title TITLE"));
        ExitCode failure = ExitCode::Usage;
        const std::optional<QString> raw = textArgument(context, args, 0, &failure);
        if (!raw)
            return failure;
        return withOutbox(context, [&](const store::Forum &, outbox::Outbox &box) {
            const store::OutboxItem item = box.queueNewTopic(category, title, *raw);
            return queued(context, item,
                          tr("Queued the new topic “%1” as %2; it will be sent on the next "
                             "sync. Reply to it before then with 'outpost-cli reply %2 -'.")
                                  .arg(title, OutboxText::shortId(item.id)),
                          OutboxText::hints(*raw, title, true));
        });
    }
};

class LikeCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("like"); }
    QString summary() const override { return tr("Queue a like of a post."); }
    QStringList synopsis() const override { return {tr("like POST_ID")}; }
    ExitCode run(CliContext &context, const QStringList &args) override
    {
        qint64 postId = 0;
        if (args.size() != 1 || !parseId(args[0], &postId))
            return context.usageError(tr("like needs the id of a post (a number)"));
        return withOutbox(context, [&](const store::Forum &, outbox::Outbox &box) {
            const store::OutboxItem item = box.queueLike(postId);
            return queued(context, item,
                          tr("Queued the like of post %1 as %2; it will be sent on the next "
                             "sync.")
                                  .arg(postId)
                                  .arg(OutboxText::shortId(item.id)),
                          {});
        });
    }
};

} // namespace

void addWriteCommands(CommandList &commands)
{
    commands.push_back(std::make_unique<ReplyCommand>());
    commands.push_back(std::make_unique<NewTopicCommand>());
    commands.push_back(std::make_unique<LikeCommand>());
    addOutboxCommand(commands);
}

} // namespace outpost::cli
