#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QLabel;

namespace outpost::gui {

// Before a link leaves Outpost for the browser, the person sees the whole address (the site
// in bold, so a look-alike stands out) and may trust that site from then on.
class LinkConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LinkConfirmDialog(const QUrl &url, QWidget *parent = nullptr);

    const QUrl &url() const { return m_url; }
    bool trustSite() const;

private:
    QUrl m_url;
    QCheckBox *m_trust;
};

} // namespace outpost::gui
