#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace outpost::gui {

class AppContext;
class ForumSession;
class ImageController;

// The interface's language (switched at once, no restart), and what Outpost may download and
// when: the sync window, automatic syncs (and on a metered link), pictures (and on a metered
// link) with the size of their cache, trusted link sites.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppContext &context, ForumSession *session, ImageController *images,
                   QWidget *parent = nullptr);

    // Saves the choices (the OK button does it).
    void apply();

private:
    AppContext &m_context;
    ForumSession *m_session;
    ImageController *m_images;
    QComboBox *m_language;
    QSpinBox *m_window;
    QCheckBox *m_syncOnStart;
    QCheckBox *m_syncWhenLinkReturns;
    QCheckBox *m_syncOnMetered;
    QCheckBox *m_imagesOnUnmetered;
    QCheckBox *m_imagesOnMetered;
    QSpinBox *m_imageCap;
    QLabel *m_imageUse;
    QPushButton *m_forgetSites;
};

} // namespace outpost::gui
