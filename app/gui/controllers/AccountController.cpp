#include "controllers/AccountController.h"

#include "AppContext.h"
#include "Clock.h"
#include "ForumSession.h"
#include "controllers/ForumKeys.h"
#include "outbox/ForumAccount.h"
#include "session/AccountJob.h"
#include "store/StoreError.h"
#include "views/SignInDialog.h"

#include <QLoggingCategory>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace outpost::gui {

Q_LOGGING_CATEGORY(lcAccount, "outpost.gui.account")

AccountController::AccountController(AppContext &context, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    connect(&context.keys(), &ForumKeys::changed, this, [this](qint64 forumId) {
        if (m_forum && m_forum->id == forumId)
            refresh();
    });
}

AccountController::~AccountController()
{
    delete m_revoke.data(); // cancels and waits for the worker
}

void AccountController::setSession(ForumSession *session)
{
    // Plain pointers: GCC cannot follow QPointer's null check and warns at -O2.
    SignInDialog *open = m_dialog.data();
    if (open && (!session || !m_forum || session->forum().id != m_forum->id))
        open->reject();
    m_session = session;
    if (session)
        m_forum = session->forum();
    else
        m_forum.reset();
    if (m_forum)
        m_context.keys().load(*m_forum);
    refresh();
}

bool AccountController::isMemoryOnly() const
{
    return m_forum && m_context.keys().state(m_forum->id) == ForumKeys::State::MemoryOnly;
}

void AccountController::refresh()
{
    State state = State::NoForum;
    QString username;
    QString problem;
    if (m_forum) {
        const ForumKeys &keys = m_context.keys();
        switch (keys.state(m_forum->id)) {
        case ForumKeys::State::Unknown:
        case ForumKeys::State::Loading:
            state = State::Looking;
            break;
        case ForumKeys::State::None:
            state = State::SignedOut;
            break;
        case ForumKeys::State::Stored:
        case ForumKeys::State::MemoryOnly:
            state = State::SignedIn;
            break;
        }
        if (m_revoke)
            state = State::SigningOut;
        try {
            outbox::ForumAccount account(m_context.profile().userDatabase(), m_context.clock(),
                                         m_forum->id);
            if (state == State::SignedIn) {
                username = account.username().value_or(QString());
                problem = account.needsSignIn();
                if (!problem.isEmpty())
                    state = State::NeedsSignIn;
            }
        } catch (const store::StoreError &error) {
            qCWarning(lcAccount) << error.what();
        }
    }
    const bool changed = state != m_state || username != m_username || problem != m_problem;
    m_state = state;
    m_username = username;
    m_problem = problem;
    if (changed)
        Q_EMIT stateChanged();
}

QString AccountController::statusText() const
{
    switch (m_state) {
    case State::NoForum:
        return {};
    case State::Looking:
        return tr("Looking for your sign-in…");
    case State::SignedOut:
        return tr("Not signed in");
    case State::SignedIn:
        if (m_username.isEmpty())
            return isMemoryOnly() ? tr("Signed in (for this run only)") : tr("Signed in");
        //: %1 is the person's username on the forum
        return isMemoryOnly() ? tr("Signed in as %1 (for this run only)").arg(m_username)
                              : tr("Signed in as %1").arg(m_username);
    case State::NeedsSignIn:
        return tr("Needs sign-in");
    case State::SigningOut:
        return tr("Signing out…");
    }
    return {};
}

SignInDialog *AccountController::signInDialog() const
{
    return m_dialog.data();
}

SignInDialog *AccountController::signIn()
{
    if (!m_forum)
        return nullptr;
    if (SignInDialog *open = m_dialog.data()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new SignInDialog(m_context, *m_forum, m_window);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const qint64 forumId = m_forum->id;
    connect(dialog, &SignInDialog::signedIn, this,
            [this, forumId](const discourse::CurrentUser &user, const QString &keychainNote) {
                refresh();
                ForumSession *session = m_session.data();
                if (session && session->forum().id == forumId)
                    session->reloadFollows();
                if (!keychainNote.isEmpty())
                    Q_EMIT warning(keychainNote, QString());
                else
                    Q_EMIT information(tr("You are signed in as %1.").arg(user.username));
                Q_EMIT signedIn(forumId);
            });
    dialog->show();
    return dialog;
}

bool AccountController::signOut()
{
    if (!m_forum || m_revoke || !m_context.keys().hasKey(m_forum->id))
        return false;
    const store::Forum forum = *m_forum;
    if (m_context.network().state() == NetworkState::Offline) {
        forgetKey(forum, tr("You are offline."), QString());
        return true;
    }
    session::AccountRequest request;
    request.action = session::AccountRequest::Action::Revoke;
    request.profileDirectory = m_context.profile().directory();
    request.forum = forum;
    request.credentials = m_context.keys().credentialsFor(forum);
    request.transport = m_context.transportConfig();
    auto *job = new session::AccountJob(std::move(request), this);
    m_revoke = job;
    connect(job, &session::AccountJob::finished, this,
            [this, forum](const session::AccountResult &result) { revokeFinished(forum, result); });
    job->start();
    refresh();
    return true;
}

void AccountController::revokeFinished(const store::Forum &forum,
                                       const session::AccountResult &result)
{
    if (session::AccountJob *job = m_revoke.data())
        job->deleteLater();
    m_revoke = nullptr;
    if (result.outcome == session::AccountResult::Outcome::Done)
        forgetKey(forum, QString(), QString());
    else
        forgetKey(forum, result.message, result.detail);
}

void AccountController::forgetKey(const store::Forum &forum, const QString &revokeProblem,
                                  const QString &detail)
{
    try {
        outbox::ForumAccount(m_context.profile().userDatabase(), m_context.clock(), forum.id)
                .forget();
    } catch (const store::StoreError &error) {
        qCWarning(lcAccount) << error.what();
    }
    m_context.keys().forget(forum, [guard = QPointer<AccountController>(this), forum, revokeProblem,
                                    detail](const auth::CredentialStore::Outcome &outcome) {
        // The keychain may answer after the window closed.
        AccountController *self = guard.data();
        if (!self)
            return;
        if (outcome.status == auth::CredentialStore::Status::Failed) {
            Q_EMIT self->warning(outcome.message, QString());
        } else if (!revokeProblem.isEmpty()) {
            Q_EMIT self->warning(
                    AccountController::tr(
                            "You are signed out on this computer, but the forum could not be "
                            "told to revoke the key (%1). Revoke it in your preferences on "
                            "the forum, under Apps, when you are online.")
                            .arg(revokeProblem),
                    detail);
        } else {
            //: %1 is the forum's name
            Q_EMIT self->information(
                    AccountController::tr(
                            "You are signed out of %1. Your drafts and outbox are kept.")
                            .arg(forum.name));
        }
        qCInfo(lcAccount) << "signed out of forum" << forum.id;
        Q_EMIT self->signedOut(forum.id);
    });
    refresh();
}

} // namespace outpost::gui
