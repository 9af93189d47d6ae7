#pragma once

// What the write commands (reply, new-topic, like, outbox) share: reading the text of a post,
// and showing outbox items to people and to scripts.

#include "CliContext.h"
#include "Clock.h"
#include "outbox/Outbox.h"
#include "store/StoreError.h"
#include "store/UserTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace outpost::cli {

class OutboxText
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::OutboxText)
public:
    // The text of a post from a UTF-8 file, or from stdin when `path` is "-". Nullopt with a
    // sentence in `error` when it cannot be read, is not UTF-8 or is empty.
    static std::optional<QString> read(const QString &path, QString *error);

    // Hints about what the forum will probably refuse (Discourse's default lengths), printed
    // but never enforced: the forum is the judge.
    static QStringList hints(const QString &raw, const QString &title, bool newTopic);

    // One item as --json prints it.
    static QJsonObject json(const store::OutboxItem &item);
    static QString kindName(store::OutboxKind kind); // for people: "reply", "new topic", ...
    static QString stateName(const store::OutboxItem &item); // "queued", "sent (awaiting approval)"
    // What it is about: "topic 12, post 3", "post 88", "“Title” in category 4", "after 1a2b3c4d".
    static QString target(const store::OutboxItem &item);
    // The short form of an id that the commands accept (the first 8 characters).
    static QString shortId(const QString &id) { return id.left(8); }
};

// Runs `body(forum, outbox)` for the forum --forum selects; a missing forum or a database
// error ends the command with its message (exit code 1).
template <typename Body>
ExitCode withOutbox(CliContext &context, Body &&body)
{
    try {
        QString error;
        const std::optional<store::Forum> forum = context.selectForum(&error);
        if (!forum)
            return context.fail(error);
        SystemClock clock;
        outbox::Outbox box(context.profile().userDatabase(), clock, forum->id);
        return body(*forum, box);
    } catch (const store::StoreError &error) {
        return context.fail(error.message());
    }
}

} // namespace outpost::cli
