#include "controllers/DraftController.h"

#include "AppContext.h"
#include "Clock.h"
#include "outbox/Outbox.h"
#include "store/DraftRepository.h"
#include "store/ForumRepository.h"
#include "store/StoreError.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace outpost::gui {

Q_LOGGING_CATEGORY(lcDraft, "outpost.gui.draft")

namespace {
// Where the cursor was, per draft, beside the forum's other settings in the person's database.
const QString kCursorPrefix = u"draft_cursor/"_s;
} // namespace

DraftController::DraftController(AppContext &context, store::Draft draft, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_draft(std::move(draft))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { saveNow(); });
    if (!m_draft.id.isEmpty()) {
        try {
            store::ForumRepository forums(m_context.profile().userDatabase(), m_context.clock());
            m_cursor = forums.setting(m_draft.forumId, cursorKey()).value_or(QString()).toInt();
        } catch (const store::StoreError &error) {
            qCWarning(lcDraft) << "cursor position not read:" << error.detail();
        }
    }
}

DraftController::~DraftController()
{
    // Whatever was typed since the last pause is not lost when the window goes.
    if (m_dirty && !m_finished)
        saveNow();
}

bool DraftController::hasContent() const
{
    return !m_draft.raw.trimmed().isEmpty() || !m_draft.title.trimmed().isEmpty();
}

QString DraftController::cursorKey() const
{
    return kCursorPrefix + m_draft.id;
}

void DraftController::changed()
{
    if (m_finished)
        return;
    m_dirty = true;
    m_autosave.start(); // restarts: the save waits for a pause
}

void DraftController::setRaw(const QString &raw)
{
    if (raw == m_draft.raw)
        return;
    m_draft.raw = raw;
    changed();
}

void DraftController::setTitle(const QString &title)
{
    if (title == m_draft.title)
        return;
    m_draft.title = title;
    changed();
}

void DraftController::setCategoryId(std::optional<qint64> categoryId)
{
    if (categoryId == m_draft.categoryId)
        return;
    m_draft.categoryId = categoryId;
    changed();
}

void DraftController::setCursorPosition(int position)
{
    if (position == m_cursor)
        return;
    m_cursor = position;
    changed();
}

bool DraftController::saveNow()
{
    m_autosave.stop();
    if (!m_dirty || m_finished)
        return true;
    // A composer opened and closed without a word leaves no draft behind.
    if (m_draft.id.isEmpty() && !hasContent()) {
        m_dirty = false;
        return true;
    }
    try {
        store::Database &db = m_context.profile().userDatabase();
        m_draft = store::DraftRepository(db, m_context.clock()).save(m_draft);
        store::ForumRepository(db, m_context.clock())
                .setSetting(m_draft.forumId, cursorKey(), QString::number(m_cursor));
    } catch (const store::StoreError &error) {
        qCWarning(lcDraft) << "draft not saved:" << error.detail();
        Q_EMIT saveFailed(error.message(), error.detail());
        return false;
    }
    m_dirty = false;
    Q_EMIT saved(m_draft);
    return true;
}

std::optional<store::OutboxItem> DraftController::send()
{
    if (m_draft.raw.trimmed().isEmpty()) {
        Q_EMIT failed(tr("Write something first: there is nothing to send."), QString());
        return std::nullopt;
    }
    if (m_draft.kind == store::DraftKind::NewTopic) {
        if (m_draft.title.trimmed().isEmpty()) {
            Q_EMIT failed(tr("A new topic needs a title."), QString());
            return std::nullopt;
        }
        if (!m_draft.categoryId) {
            Q_EMIT failed(tr("Choose the category the topic belongs in."), QString());
            return std::nullopt;
        }
    }
    m_dirty = true; // the id and the latest words must be in the database before queueing
    if (!saveNow())
        return std::nullopt;
    try {
        outbox::Outbox outbox(m_context.profile().userDatabase(), m_context.clock(),
                              m_draft.forumId);
        const store::OutboxItem item = outbox.queueDraft(m_draft.id);
        m_finished = true;
        forgetCursor();
        Q_EMIT queued(item);
        return item;
    } catch (const store::StoreError &error) {
        Q_EMIT failed(error.message(), error.detail());
        return std::nullopt;
    }
}

void DraftController::discard()
{
    m_autosave.stop();
    m_finished = true;
    m_dirty = false;
    if (m_draft.id.isEmpty())
        return;
    try {
        store::DraftRepository(m_context.profile().userDatabase(), m_context.clock())
                .remove(m_draft.id);
        forgetCursor();
    } catch (const store::StoreError &error) {
        Q_EMIT failed(error.message(), error.detail());
        return;
    }
    Q_EMIT discarded(m_draft.id);
}

void DraftController::forgetCursor()
{
    try {
        store::ForumRepository(m_context.profile().userDatabase(), m_context.clock())
                .removeSetting(m_draft.forumId, cursorKey());
    } catch (const store::StoreError &error) {
        qCWarning(lcDraft) << "cursor position not removed:" << error.detail();
    }
}

} // namespace outpost::gui
