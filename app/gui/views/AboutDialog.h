#pragma once

#include <QDialog>

class QTabWidget;
class QTextBrowser;

namespace outpost::gui {

class AppContext;

// Help → About: Outpost's version and licence (GPL-3.0-or-later, with the full text), and the
// credits from the outpost-resources bundle: the authors, the translators of each language and
// the libraries Outpost is built on.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(AppContext &context, QWidget *parent = nullptr);

    // The credits as shown, as plain text (tests, and copying into a bug report).
    QString creditsText() const;
    QString versionText() const;

    // The credits page's HTML from the JSON of resources/credits.json (empty on a bad file).
    static QString creditsHtml(const QByteArray &json);

private:
    AppContext &m_context;
    QTabWidget *m_tabs;
    QTextBrowser *m_credits;
    QString m_version;
};

} // namespace outpost::gui
