#include "views/SignInDialog.h"

#include "AppContext.h"
#include "Clock.h"
#include "auth/LoopbackReceiver.h"
#include "auth/SignInHandBack.h"
#include "controllers/ForumKeys.h"
#include "outbox/ForumAccount.h"
#include "session/AccountJob.h"
#include "store/ForumRepository.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSysInfo>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outpost::gui {

Q_LOGGING_CATEGORY(lcSignIn, "outpost.gui.signin")

SignInDialog::SignInDialog(AppContext &context, store::Forum forum, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_forum(std::move(forum))
    , m_intro(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_open(new QPushButton(tr("&Open in Browser"), this))
    , m_copy(new QPushButton(tr("&Copy Address"), this))
    , m_handBack(new QCheckBox(
              tr("Let the forum &hand the key back to Outpost automatically (the forum's "
                 "administrators must allow it)"),
              this))
    , m_port(new QSpinBox(this))
    , m_code(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_restart(new QPushButton(tr("Start &Again"), this))
    , m_signIn(new QPushButton(tr("&Sign In"), this))
{
    setObjectName(u"signInDialog"_s);
    //: %1 is the forum's name
    setWindowTitle(tr("Sign In to %1").arg(m_forum.name));
    m_intro->setObjectName(u"signInIntro"_s);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setText(
            tr("Outpost asks the forum for a key of its own, so your password never passes "
               "through Outpost.\n\n"
               "1. Outpost opens the forum in your web browser. Sign in there if it asks.\n"
               "2. Choose “Authorize”. The forum then shows a long code.\n"
               "3. Copy the code, paste it below and choose Sign In."));
    m_url->setObjectName(u"consentUrl"_s);
    m_url->setReadOnly(true);
    m_url->setAccessibleName(tr("Address of the forum's sign-in page"));
    m_url->setPlaceholderText(tr("Preparing…"));
    m_open->setObjectName(u"openBrowserButton"_s);
    m_copy->setObjectName(u"copyAddressButton"_s);
    m_handBack->setObjectName(u"handBackCheck"_s);
    m_handBack->setToolTip(
            tr("Instead of showing a code to paste, the forum sends your browser back to "
               "Outpost with the key. Its administrators must add http://127.0.0.1:%1/outpost-auth "
               "to the allowed sign-in redirects (allowed_user_api_auth_redirects).")
                    .arg(auth::SignInHandBack::kDefaultPort));
    m_port->setObjectName(u"handBackPort"_s);
    m_port->setRange(0, 65535);
    //: The port 0 in the hand-back setting: Outpost picks a free port each time
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setAccessibleName(tr("Port on this computer for the hand-back"));
    m_port->setToolTip(tr("The port of http://127.0.0.1:PORT/outpost-auth. It must be the one the "
                          "forum's administrators allowed."));
    try {
        const auth::SignInHandBack handBack = auth::SignInHandBack::load(
                m_context.profile().userDatabase(), m_context.clock(), m_forum.id);
        m_handBack->setChecked(handBack.enabled);
        m_port->setValue(handBack.port);
    } catch (const store::StoreError &error) {
        qCWarning(lcSignIn) << "reading the hand-back setting:" << error.what();
        m_port->setValue(auth::SignInHandBack::kDefaultPort);
    }
    m_port->setEnabled(m_handBack->isChecked());
    m_code->setObjectName(u"signInCode"_s);
    m_code->setAccessibleName(tr("The code the forum shows"));
    m_code->setPlaceholderText(tr("Paste the code from the forum here"));
    m_code->setTabChangesFocus(true);
    m_code->setMinimumHeight(90);
    m_progress->setObjectName(u"signInBusy"_s);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Signing in"));
    m_progress->hide();
    m_status->setObjectName(u"signInStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restart->setObjectName(u"restartSignInButton"_s);
    m_restart->setToolTip(tr("Make a new sign-in request and open it in the browser"));
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_open);
    urlRow->addWidget(m_copy);
    auto *handBackRow = new QHBoxLayout;
    handBackRow->addWidget(m_handBack, 1);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    handBackRow->addWidget(portLabel);
    handBackRow->addWidget(m_port);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_restart, QDialogButtonBox::ResetRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *codeLabel = new QLabel(tr("Code from the forum:"), this);
    codeLabel->setBuddy(m_code);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(urlRow);
    layout->addLayout(handBackRow);
    layout->addSpacing(6);
    layout->addWidget(codeLabel);
    layout->addWidget(m_code, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_open, &QPushButton::clicked, this, &SignInDialog::openBrowser);
    connect(m_copy, &QPushButton::clicked, this, &SignInDialog::copyAddress);
    connect(m_restart, &QPushButton::clicked, this, &SignInDialog::startAttempt);
    // AcceptRole would close the dialog: signing in decides that itself.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QPlainTextEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_handBack, &QCheckBox::toggled, this, &SignInDialog::handBackChanged);
    connect(m_port, &QSpinBox::editingFinished, this, &SignInDialog::handBackChanged);
    resize(620, 440);
    startAttempt();
}

SignInDialog::~SignInDialog()
{
    if (m_keygen) {
        m_keygen->wait();
        delete m_keygen;
    }
    delete m_check.data(); // cancels the request and waits for its worker
    delete m_probe.data();
    m_key.fill('\0');
}

QUrl SignInDialog::consentUrl() const
{
    return m_handshake ? m_handshake->authorizationUrl() : QUrl();
}

QString SignInDialog::statusText() const
{
    return m_status->text();
}

QUrl SignInDialog::handBackAddress() const
{
    return m_receiver && m_receiver->isListening() ? m_receiver->redirectUrl() : QUrl();
}

void SignInDialog::handBackChanged()
{
    m_port->setEnabled(m_handBack->isChecked());
    auth::SignInHandBack setting;
    setting.enabled = m_handBack->isChecked();
    setting.port = quint16(m_port->value());
    try {
        auth::SignInHandBack::save(m_context.profile().userDatabase(), m_context.clock(),
                                   m_forum.id, setting);
    } catch (const store::StoreError &error) {
        showError(error.message());
    }
    // A new request with (or without) the hand-back address; the old one is dropped.
    if (sender() == m_handBack || m_handBack->isChecked())
        startAttempt();
}

void SignInDialog::startAttempt()
{
    if (m_keygen || m_busy)
        return;
    m_handshake.reset();
    m_key.fill('\0');
    m_key.clear();
    m_url->clear();
    m_code->clear();
    m_code->setReadOnly(false);
    delete m_probe.data();
    delete m_receiver;
    m_receiver = nullptr;
    m_notice.clear();
    setBusy(true, tr("Preparing a sign-in request…"));
    auth::UserApiKeyHandshake::Options options;
    options.forumUrl = QUrl(m_forum.baseUrl);
    //: Shown to the person on the forum's consent page; %1 is the computer's name.
    options.applicationName = tr("Outpost on %1").arg(QSysInfo::machineHostName());
    options.clientId = m_context.keys().clientId();
    if (m_handBack->isChecked() && !m_pasteOnly) {
        m_receiver = new auth::LoopbackReceiver(this);
        QString error;
        if (m_receiver->listen(quint16(m_port->value()), auth::LoopbackReceiver::defaultPath(),
                               &error)) {
            options.authRedirect = m_receiver->redirectUrl();
            connect(m_receiver, &auth::LoopbackReceiver::handedBack, this,
                    &SignInDialog::acceptCode);
            connect(m_receiver, &auth::LoopbackReceiver::gaveUp, this, &SignInDialog::showError);
        } else {
            delete m_receiver;
            m_receiver = nullptr;
            m_notice = error;
        }
    }
    m_pasteOnly = false;
    // Making an RSA key takes a moment: not on the GUI thread.
    const int attempt = ++m_attempt;
    m_keygen = QThread::create([this, options, attempt] {
        QString error;
        std::shared_ptr<auth::UserApiKeyHandshake> handshake =
                auth::UserApiKeyHandshake::start(options, &error);
        QMetaObject::invokeMethod(
                this,
                [this, handshake, error, attempt] {
                    if (attempt == m_attempt)
                        attemptReady(handshake, error);
                },
                Qt::QueuedConnection);
    });
    m_keygen->setObjectName(u"outpost-keygen"_s);
    m_keygen->start();
}

void SignInDialog::attemptReady(std::shared_ptr<auth::UserApiKeyHandshake> handshake,
                                const QString &error)
{
    m_keygen->wait();
    delete m_keygen;
    m_keygen = nullptr;
    setBusy(false);
    if (!handshake) {
        showError(error);
        return;
    }
    m_handshake = std::move(handshake);
    // The address holds our public key, a nonce and the loopback address: nothing secret.
    m_url->setText(consentUrl().toString(QUrl::FullyEncoded));
    m_url->setCursorPosition(0);
    if (!m_receiver) {
        openBrowser();
        if (!m_notice.isEmpty())
            showError(m_notice + u"\n\n"_s + m_status->text());
        return;
    }
    // Before the person approves anything: does the forum allow the hand-back address?
    setBusy(true, tr("Asking the forum whether it allows the automatic hand-back…"));
    session::AccountRequest request;
    request.action = session::AccountRequest::Action::CheckRedirect;
    request.consentUrl = consentUrl();
    request.profileDirectory = m_context.profile().directory();
    request.forum = m_forum;
    request.transport = m_context.transportConfig();
    auto *job = new session::AccountJob(std::move(request), this);
    m_probe = job;
    connect(job, &session::AccountJob::finished, this, &SignInDialog::probeFinished);
    job->start();
}

void SignInDialog::probeFinished(const session::AccountResult &result)
{
    if (session::AccountJob *job = m_probe.data())
        job->deleteLater();
    m_probe = nullptr;
    setBusy(false);
    switch (result.outcome) {
    case session::AccountResult::Outcome::Cancelled:
        return;
    case session::AccountResult::Outcome::Done:
        openBrowser();
        return;
    case session::AccountResult::Outcome::Refused:
    case session::AccountResult::Outcome::Failed:
        break;
    }
    // Back to pasting for this attempt, with a request that does not ask for the hand-back.
    qCInfo(lcSignIn) << "the hand-back is not available:" << result.detail;
    const QString why = result.outcome == session::AccountResult::Outcome::Refused
                                ? result.message
                                : tr("Outpost could not ask the forum about the automatic "
                                     "hand-back (%1). Paste the code instead.")
                                          .arg(result.message);
    m_pasteOnly = true;
    startAttempt();
    m_notice = why;
}

void SignInDialog::openBrowser()
{
    if (!m_handshake)
        return;
    if (m_context.openExternally(consentUrl())) {
        m_status->setStyleSheet(QString());
        m_status->setText(m_receiver ? tr("The forum's page is open in your browser. After you "
                                          "choose “Authorize” there, the forum hands the key "
                                          "back to Outpost by itself. If your browser shows a "
                                          "code instead, paste it here.")
                                     : tr("The forum's page is open in your browser. After you "
                                          "choose “Authorize” there, paste the code here."));
    } else {
        showError(tr("Outpost could not open a web browser. Copy the address above into one, "
                     "then paste the code the forum shows here."));
    }
    m_code->setFocus();
}

void SignInDialog::copyAddress()
{
    if (!m_handshake)
        return;
    QApplication::clipboard()->setText(consentUrl().toString(QUrl::FullyEncoded));
    m_status->setText(tr("The address is copied. Open it in your web browser."));
}

void SignInDialog::submit()
{
    acceptCode(m_code->toPlainText());
}

void SignInDialog::acceptCode(const QString &code)
{
    if (m_busy)
        return;
    if (m_key.isEmpty()) {
        if (!m_handshake)
            return;
        const auth::UserApiKeyHandshake::Result accepted = m_handshake->acceptPayload(code);
        if (!accepted.ok()) {
            qCInfo(lcSignIn) << "a sign-in code was refused";
            showError(accepted.error);
            return;
        }
        m_key = accepted.key;
        // The private key has done its work: drop it now, and stop waiting for the forum.
        m_handshake.reset();
        if (m_receiver)
            m_receiver->close();
        m_code->setReadOnly(true);
    }
    setBusy(true, tr("Checking the key with the forum…"));
    session::AccountRequest request;
    request.action = session::AccountRequest::Action::CheckKey;
    request.profileDirectory = m_context.profile().directory();
    request.forum = m_forum;
    request.credentials.kind = discourse::Credentials::UserApiKey;
    request.credentials.key = m_key;
    request.credentials.clientId = m_context.keys().clientId();
    request.transport = m_context.transportConfig();
    auto *job = new session::AccountJob(std::move(request), this);
    m_check = job;
    connect(job, &session::AccountJob::finished, this, &SignInDialog::checkFinished);
    job->start();
}

void SignInDialog::checkFinished(const session::AccountResult &result)
{
    // Plain pointers: GCC cannot follow QPointer's null check and warns at -O2.
    if (session::AccountJob *job = m_check.data())
        job->deleteLater();
    m_check = nullptr;
    switch (result.outcome) {
    case session::AccountResult::Outcome::Done:
        break;
    case session::AccountResult::Outcome::Cancelled:
        setBusy(false);
        return;
    case session::AccountResult::Outcome::Refused:
        // A dead key is of no use: forget it, and let the person ask for a new one.
        setBusy(false);
        m_key.fill('\0');
        m_key.clear();
        m_code->setReadOnly(false);
        showError(tr("The forum did not accept the new key. Choose Start Again to ask for a new "
                     "one. (%1)")
                          .arg(result.message));
        return;
    case session::AccountResult::Outcome::Failed:
        // The key is fine as far as we know: Sign In tries the check again.
        setBusy(false);
        showError(tr("Outpost could not check the key with the forum: %1 Choose Sign In to try "
                     "again.")
                          .arg(result.message));
        return;
    }
    setBusy(true, tr("Keeping the key in the system keychain…"));
    const discourse::CurrentUser user = result.user;
    m_context.keys().keep(m_forum, m_key,
                          [guard = QPointer<SignInDialog>(this),
                           user](const auth::CredentialStore::Outcome &outcome) {
                              if (guard)
                                  guard->keyKept(user, outcome);
                          });
}

void SignInDialog::keyKept(const discourse::CurrentUser &user,
                           const auth::CredentialStore::Outcome &outcome)
{
    setBusy(false);
    if (outcome.status == auth::CredentialStore::Status::Failed) {
        showError(outcome.message);
        return;
    }
    m_key.fill('\0');
    m_key.clear();
    try {
        // A new sign-in, perhaps as someone else: what the outbox knew of the old one goes.
        outbox::ForumAccount account(m_context.profile().userDatabase(), m_context.clock(),
                                     m_forum.id);
        account.forget();
        account.rememberUsername(user.username);
        // The categories the person watches or tracks on the forum join the followed ones,
        // as the sync does when it reads the session.
        QList<qint64> watched = user.watchedCategoryIds;
        for (qint64 id : user.trackedCategoryIds + user.watchedFirstPostCategoryIds) {
            if (!watched.contains(id))
                watched.append(id);
        }
        store::ForumRepository(m_context.profile().userDatabase(), m_context.clock())
                .replaceForumFollows(m_forum.id, watched);
    } catch (const store::StoreError &error) {
        qCWarning(lcSignIn) << "after signing in:" << error.what();
    }
    qCInfo(lcSignIn) << "signed in to forum" << m_forum.id;
    Q_EMIT signedIn(user, outcome.status == auth::CredentialStore::Status::MemoryOnly
                                  ? outcome.message
                                  : QString());
    accept();
}

void SignInDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (!status.isEmpty()) {
        m_status->setStyleSheet(QString());
        m_status->setText(status);
    }
    updateButtons();
}

void SignInDialog::showError(const QString &message)
{
    // Red reads as an error at a glance; the words alone say it for screen readers.
    m_status->setStyleSheet(u"color: #c62828; font-weight: bold;"_s);
    m_status->setText(message);
}

void SignInDialog::updateButtons()
{
    const bool haveAttempt = m_handshake != nullptr;
    m_open->setEnabled(haveAttempt && !m_busy);
    m_copy->setEnabled(haveAttempt && !m_busy);
    m_restart->setEnabled(!m_busy && m_keygen == nullptr);
    m_signIn->setEnabled(!m_busy && (!m_key.isEmpty() ||
                                     (haveAttempt && !m_code->toPlainText().trimmed().isEmpty())));
}

} // namespace outpost::gui
