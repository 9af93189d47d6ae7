#include "views/AccountStatus.h"

#include "controllers/AccountController.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace outpost::gui {

AccountStatus::AccountStatus(AccountController &account, QWidget *parent)
    : QWidget(parent)
    , m_account(account)
    , m_label(new QLabel(this))
    , m_signIn(new QToolButton(this))
{
    setObjectName(u"accountStatus"_s);
    m_label->setObjectName(u"accountStatusText"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_signIn->setObjectName(u"accountSignInButton"_s);
    m_signIn->setText(tr("Sign In…"));
    m_signIn->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_label);
    layout->addWidget(m_signIn);
    connect(m_signIn, &QToolButton::clicked, &account, [&account] { account.signIn(); });
    connect(&account, &AccountController::stateChanged, this, &AccountStatus::update);
    update();
}

void AccountStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_signIn->setText(tr("Sign In…"));
        update();
    }
    QWidget::changeEvent(event);
}

QString AccountStatus::text() const
{
    return m_label->text();
}

void AccountStatus::update()
{
    using State = AccountController::State;
    const State state = m_account.state();
    m_label->setText(m_account.statusText());
    m_label->setToolTip(state == State::NeedsSignIn ? m_account.problemText()
                        : state == State::SignedOut
                                ? tr("Public forums work without signing in. To post, like and "
                                     "see your watched categories, sign in.")
                                : QString());
    // Bold when the person must act: the outbox stopped until they sign in again.
    QFont font = m_label->font();
    font.setBold(state == State::NeedsSignIn);
    m_label->setFont(font);
    m_signIn->setVisible(state == State::SignedOut || state == State::NeedsSignIn);
    setVisible(state != State::NoForum);
}

} // namespace outpost::gui
