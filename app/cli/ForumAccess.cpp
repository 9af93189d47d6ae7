#include "ForumAccess.h"

#include "CliContext.h"
#include "store/StoreError.h"

#include <QLoggingCategory>

namespace outpost::cli {

std::optional<OpenedForum> openSelectedForum(CliContext &context, ExitCode *exit)
{
    try {
        QString error;
        std::optional<store::Forum> forum = context.selectForum(&error);
        if (!forum) {
            *exit = context.fail(error);
            return std::nullopt;
        }
        store::CacheOpenResult opened = context.profile().openCache(forum->id);
        if (!opened.message.isEmpty()) {
            context.err() << opened.message << Qt::endl;
        }
        return OpenedForum{*forum, std::move(opened.database)};
    } catch (const store::StoreError &error) {
        *exit = context.fail(error.message());
        return std::nullopt;
    }
}

ExitCode ForumCacheCommand::run(CliContext &context, const QStringList &args)
{
    keepLibraryLogsQuiet();
    ExitCode exit = ExitCode::Ok;
    std::optional<OpenedForum> opened = openSelectedForum(context, &exit);
    if (!opened)
        return exit;
    try {
        return read(context, *opened, args);
    } catch (const store::StoreError &error) {
        return context.fail(error.message());
    }
}

void keepLibraryLogsQuiet()
{
    if (qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        return;
    QLoggingCategory::setFilterRules(QStringLiteral("outpost.*.info=false\n"
                                                    "outpost.*.debug=false"));
}

void printOrderedJson(CliContext &context, const OrderedJson &json)
{
    context.out() << QString::fromUtf8(json.toJson());
    context.out().flush();
}

std::optional<QList<qint64>> parseIds(const QStringList &args, QString *bad)
{
    QList<qint64> ids;
    for (const QString &arg : args) {
        bool ok = false;
        const qint64 id = arg.toLongLong(&ok);
        if (!ok || id <= 0) {
            *bad = arg;
            return std::nullopt;
        }
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace outpost::cli
