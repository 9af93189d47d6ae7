#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace outpost::gui {

class AccountController;

// The account's corner of the status bar: "Signed in as …", "Not signed in" or "Needs
// sign-in", with a Sign In button when signing in would help.
class AccountStatus : public QWidget
{
    Q_OBJECT
public:
    AccountStatus(AccountController &account, QWidget *parent = nullptr);

    QString text() const;
    QToolButton *signInButton() const { return m_signIn; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    AccountController &m_account;
    QLabel *m_label;
    QToolButton *m_signIn;
};

} // namespace outpost::gui
