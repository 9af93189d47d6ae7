#pragma once

#include <QDockWidget>

class QTabWidget;

namespace outpost::gui {

class ComposeController;
class DraftsView;
class OutboxController;
class OutboxView;

// The outbox and the drafts, side by side in tabs of one dock of the main window.
class WritingDock : public QDockWidget
{
    Q_OBJECT
public:
    WritingDock(OutboxController &outbox, ComposeController &compose, QWidget *parent = nullptr);

    OutboxView *outboxView() const { return m_outbox; }
    DraftsView *draftsView() const { return m_drafts; }
    // Shows the dock on that tab and gives its list the keyboard.
    void showOutbox();
    void showDrafts();

private:
    QTabWidget *m_tabs;
    OutboxView *m_outbox;
    DraftsView *m_drafts;
};

} // namespace outpost::gui
