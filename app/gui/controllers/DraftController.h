#pragma once

#include "outbox/DeliveryTypes.h"
#include "store/UserTypes.h"

#include <QObject>
#include <QTimer>

namespace outpost::gui {

class AppContext;

// One draft being written: keeps its words in the person's own database (never the cache)
// within a second of the last change, so closing the window, a crash or a kill loses at most
// that second; remembers where the cursor was; and moves the draft into the outbox on "Send".
// The composer window is a view of it.
class DraftController : public QObject
{
    Q_OBJECT
public:
    // A pause in typing this long saves the draft.
    static constexpr int autosaveDelayMs = 700;

    // `draft` may be new (empty id: it is saved, and given an id, on its first change).
    DraftController(AppContext &context, store::Draft draft, QObject *parent = nullptr);
    ~DraftController() override;

    const store::Draft &draft() const { return m_draft; }
    QString draftId() const { return m_draft.id; }
    bool isDirty() const { return m_dirty; }
    bool hasContent() const;
    // Where the cursor was when the draft was last saved (0 for a new one).
    int cursorPosition() const { return m_cursor; }

    void setRaw(const QString &raw);
    void setTitle(const QString &title);
    void setCategoryId(std::optional<qint64> categoryId);
    void setCursorPosition(int position);

    // Saves now if anything changed. False (and saveFailed()) when the database refused.
    bool saveNow();
    // Checks what must be there (text; title and category for a topic), saves, and moves the
    // draft into the outbox. Returns the item, or nullopt after failed() said why.
    std::optional<store::OutboxItem> send();
    // Deletes the draft (nothing is queued).
    void discard();

Q_SIGNALS:
    void saved(const outpost::store::Draft &draft);
    void saveFailed(const QString &message, const QString &detail);
    // send() refused or failed: a sentence for people.
    void failed(const QString &message, const QString &detail);
    void queued(const outpost::store::OutboxItem &item);
    void discarded(const QString &draftId);

private:
    void changed();
    void forgetCursor();
    QString cursorKey() const;

    AppContext &m_context;
    store::Draft m_draft;
    QTimer m_autosave;
    int m_cursor = 0;
    bool m_dirty = false;
    bool m_finished = false; // sent or discarded: nothing more is saved
};

} // namespace outpost::gui
