#pragma once

#include <QAction>
#include <QDialog>

namespace outpost::gui {

// Help → Keyboard Shortcuts: every action of the main window with its keys, read from the
// actions themselves so the list never disagrees with what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace outpost::gui
