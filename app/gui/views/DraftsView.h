#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace outpost::gui {

class ComposeController;

// The open forum's drafts, most recently edited first: Enter (or Open) reopens one in the
// composer where it was left; Delete removes it after asking.
class DraftsView : public QWidget
{
    Q_OBJECT
public:
    explicit DraftsView(ComposeController &compose, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    void openCurrent();
    void deleteCurrent();

private:
    void updateButtons();

    ComposeController &m_compose;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_open;
    QPushButton *m_delete;
};

} // namespace outpost::gui
