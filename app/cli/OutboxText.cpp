#include "OutboxText.h"

#include "store/DraftRepository.h"
#include "store/OutboxRepository.h"

#include <QFile>
#include <QJsonValue>
#include <QStringDecoder>

#include <cstdio>

namespace outpost::cli {

namespace {

// Discourse's defaults (min_post_length, min_first_post_length, min_topic_title_length,
// max_post_length); a forum may set others.
constexpr int kMinPostLength = 20;
constexpr int kMinTitleLength = 15;
constexpr int kMaxPostLength = 32000;
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

QJsonValue optional(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

QJsonValue optional(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue time(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

} // namespace

std::optional<QString> OutboxText::read(const QString &path, QString *error)
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = tr("cannot read '%1': %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes) {
        *error = tr("'%1' is larger than 4 MB; that is not the text of a post").arg(path);
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8); // skips a leading byte order mark
    QString raw = decoder(bytes);
    if (decoder.hasError()) {
        *error = tr("'%1' is not UTF-8 text; save it as UTF-8 and try again").arg(path);
        return std::nullopt;
    }
    if (raw.trimmed().isEmpty()) {
        *error = tr("the text is empty; there is nothing to send");
        return std::nullopt;
    }
    return raw;
}

QStringList OutboxText::hints(const QString &raw, const QString &title, bool newTopic)
{
    QStringList notes;
    const qsizetype length = raw.simplified().size();
    if (length < kMinPostLength)
        notes << tr("note: forums usually refuse posts shorter than %n characters; it is queued "
                    "anyway, and the forum will say.",
                    nullptr, kMinPostLength);
    if (length > kMaxPostLength)
        notes << tr("note: forums usually refuse posts longer than %n characters; it is queued "
                    "anyway, and the forum will say.",
                    nullptr, kMaxPostLength);
    if (newTopic && title.trimmed().size() < kMinTitleLength)
        notes << tr("note: forums usually refuse titles shorter than %n characters; it is queued "
                    "anyway, and the forum will say.",
                    nullptr, kMinTitleLength);
    return notes;
}

QJsonObject OutboxText::json(const store::OutboxItem &item)
{
    QJsonObject o{{QStringLiteral("id"), item.id},
                  {QStringLiteral("kind"), store::outboxKindName(item.kind)},
                  {QStringLiteral("topic_id"), optional(item.topicId)},
                  {QStringLiteral("state"), store::outboxStateName(item.state)},
                  {QStringLiteral("error"), text(item.error)},
                  {QStringLiteral("remote_post_id"), optional(item.remotePostId)},
                  {QStringLiteral("remote_topic_id"), optional(item.remoteTopicId)},
                  {QStringLiteral("problem"), text(store::outboxProblemName(item.problem))},
                  {QStringLiteral("unconfirmed"), item.unconfirmed},
                  {QStringLiteral("pending_post_id"), optional(item.pendingPostId)},
                  {QStringLiteral("post_id"), optional(item.postId)},
                  {QStringLiteral("reply_to_post_number"), optional(item.replyToPostNumber)},
                  {QStringLiteral("category_id"), optional(item.categoryId)},
                  {QStringLiteral("base_version"), optional(item.baseVersion)},
                  {QStringLiteral("title"), text(item.title)},
                  {QStringLiteral("raw"), item.raw},
                  {QStringLiteral("depends_on"), text(item.dependsOn)},
                  {QStringLiteral("attempts"), item.attempts},
                  {QStringLiteral("created_at"), time(item.createdAt)},
                  {QStringLiteral("first_attempt_at"), time(item.firstAttemptAt)},
                  {QStringLiteral("last_attempt_at"), time(item.lastAttemptAt)}};
    if (item.problem == store::OutboxProblem::EditConflict) {
        o.insert(QStringLiteral("conflict"),
                 QJsonObject{{QStringLiteral("their_raw"), item.conflictRaw},
                             {QStringLiteral("their_version"), optional(item.conflictVersion)}});
    }
    return o;
}

QString OutboxText::kindName(store::OutboxKind kind)
{
    switch (kind) {
    case store::OutboxKind::Reply:
        return tr("reply");
    case store::OutboxKind::NewTopic:
        return tr("new topic");
    case store::OutboxKind::Edit:
        return tr("edit");
    case store::OutboxKind::Like:
        break;
    }
    return tr("like");
}

QString OutboxText::stateName(const store::OutboxItem &item)
{
    switch (item.state) {
    case store::OutboxState::Queued:
        return item.unconfirmed ? tr("queued (checking)") : tr("queued");
    case store::OutboxState::Sending:
        return tr("sending");
    case store::OutboxState::Sent:
        return item.pendingPostId ? tr("sent (awaiting approval)") : tr("sent");
    case store::OutboxState::NeedsAttention:
        break;
    }
    return item.problem == store::OutboxProblem::EditConflict ? tr("needs attention (conflict)")
                                                              : tr("needs attention");
}

QString OutboxText::target(const store::OutboxItem &item)
{
    switch (item.kind) {
    case store::OutboxKind::Reply:
        if (!item.topicId)
            return tr("after new topic %1").arg(shortId(item.dependsOn));
        if (item.replyToPostNumber)
            //: %1 is a topic id, %2 a post number in it
            return tr("topic %1, post %2").arg(*item.topicId).arg(*item.replyToPostNumber);
        return tr("topic %1").arg(*item.topicId);
    case store::OutboxKind::NewTopic:
        //: %1 is a topic title, %2 a category id
        return tr("“%1” in category %2").arg(item.title).arg(item.categoryId.value_or(0));
    case store::OutboxKind::Edit:
    case store::OutboxKind::Like:
        break;
    }
    return tr("post %1").arg(item.postId.value_or(0));
}

} // namespace outpost::cli
