#pragma once

#include "Command.h"
#include "OrderedJson.h"
#include "store/Database.h"
#include "store/UserTypes.h"

#include <QList>

#include <optional>

namespace outpost::cli {

class CliContext;

// The forum a command works on, with its cache open.
struct OpenedForum
{
    store::Forum forum;
    store::Database cache;
};

// Selects the forum (--forum, else the first one) and opens its cache. A damaged cache is
// rebuilt: the store's sentence goes to stderr and the command goes on with the empty cache.
// On failure, prints why and sets `exit` (Failed).
std::optional<OpenedForum> openSelectedForum(CliContext &context, ExitCode *exit);

// A command that reads the selected forum's cache: opens it (see openSelectedForum), turns a
// store::StoreError into a message and exit code 1, and hands over to read().
class ForumCacheCommand : public Command
{
public:
    ExitCode run(CliContext &context, const QStringList &args) override;

protected:
    virtual ExitCode read(CliContext &context, OpenedForum &opened, const QStringList &args) = 0;
};

// Library log lines (migrations, one line per failed request) are for developers; a person
// running a command sees sentences instead. QT_LOGGING_RULES still turns them on.
void keepLibraryLogsQuiet();

// Prints one JSON document on stdout, its keys in the order they were added.
void printOrderedJson(CliContext &context, const OrderedJson &json);

// Positional arguments that must be ids; nullopt (and `bad` says which) when one is not.
std::optional<QList<qint64>> parseIds(const QStringList &args, QString *bad);

} // namespace outpost::cli
