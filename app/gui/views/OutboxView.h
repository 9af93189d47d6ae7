#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace outpost::outbox {
class OutboxModel;
}

namespace outpost::gui {

class OutboxController;
class OutboxListProxy;

// The outbox: every item with its state (waiting, sending, sent, needs attention) and, when
// the forum refused it, why in plain words. The chosen item can be fixed and sent again,
// kept as a draft, or discarded; an edit in conflict shows the person's text beside the
// forum's and lets them choose. "Send Now" delivers at once when the link is up.
class OutboxView : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxView(OutboxController &controller, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    // Selects the item (and shows it below the list).
    bool selectItem(const QString &id);
    QString currentId() const;
    QString summaryText() const;

    // The actions on the chosen item (also its buttons).
    void retryCurrent();
    void keepCurrentAsDraft();
    void discardCurrent();
    void keepMine();
    void takeTheirs();

Q_SIGNALS:
    // "Keep as draft": the composer should open the draft.
    void openDraftRequested(const QString &draftId);

private:
    void setModel(outbox::OutboxModel *model);
    void showCurrent();
    void updateSummary();
    QString currentRawText() const;

    OutboxController &m_controller;
    OutboxListProxy *m_proxy;
    QLabel *m_summary;
    QLabel *m_signIn;
    QPushButton *m_sendNow;
    QListView *m_list;
    QWidget *m_detail;
    QLabel *m_state;
    QLineEdit *m_title;
    QStackedWidget *m_texts;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_mine;
    QPlainTextEdit *m_theirs;
    QPushButton *m_retry;
    QPushButton *m_keepDraft;
    QPushButton *m_discard;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QString m_shownId;
};

} // namespace outpost::gui
