#pragma once

#include "outbox/DeliveryTypes.h"
#include "store/UserTypes.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;

namespace outpost::gui {

class AppContext;
class DraftController;
class ForumSession;
class PostBrowser;
class PostStyle;

// A window for one draft: a reply (to a topic or a post), a new topic (title and category) or
// an edit of one's own post. Markdown on the left, on the right the post as the forum will
// show it, rendered offline (compose::preview). The draft saves itself as the person types
// (DraftController) and reopens with its words and cursor; "Send" moves it into the outbox and
// closes the window. Nothing here needs the network.
class ComposerWindow : public QWidget
{
    Q_OBJECT
public:
    // Takes `draft` into a DraftController it owns. `session` gives topic titles and categories.
    ComposerWindow(AppContext &context, ForumSession *session, store::Draft draft,
                   QWidget *parent = nullptr);
    ~ComposerWindow() override;

    DraftController *controller() const { return m_draft; }
    QString draftId() const;
    const store::Draft &draft() const;

    // Puts text at the cursor on lines of its own (a quote of a post), and saves soon.
    void insertBlock(const QString &markdown);
    // Renders the preview now (it otherwise follows typing after a short pause).
    void refreshPreview();

    QPlainTextEdit *editor() const { return m_editor; }
    PostBrowser *previewBrowser() const { return m_preview; }
    QPushButton *sendButton() const { return m_send; }
    QString statusText() const;

Q_SIGNALS:
    // The draft went into the outbox (the window closes right after).
    void queued(const outpost::store::OutboxItem &item);
    // Saved or deleted: the drafts list may have changed.
    void draftsChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void fillCategories();
    void send();
    void discardDraft();
    void showSaved();
    void showStatus(const QString &text, bool problem);
    void updateNetworkNote();
    void rebuildStyle();

    AppContext &m_context;
    QPointer<ForumSession> m_session;
    DraftController *m_draft;
    std::unique_ptr<PostStyle> m_style;
    QLabel *m_heading = nullptr;
    QLabel *m_note = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_category = nullptr;
    QSplitter *m_splitter = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QWidget *m_previewPane = nullptr;
    PostBrowser *m_preview = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_network = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_togglePreview = nullptr;
    QTimer m_previewTimer;
    bool m_closingAfterSend = false;
};

} // namespace outpost::gui
