// Signing in and out in the desktop app, end to end: the real main window against the devserver
// over loopback (the test plays the person's web browser), the key kept by a real
// gnome-keyring (this test runs inside tests/support/with-keyring.sh). Run a second time with
// no D-Bus at all (OUTPOST_EXPECT_NO_KEYCHAIN=1): the key is then kept for this run only.
//
// keyNeverLeaks is issue 6's security test: after signing in, syncing and sending a post, the
// key is in no file of the profile, no log line and no command line.

#include "AppContext.h"
#include "AppSettings.h"
#include "Clock.h"
#include "ConsentBrowser.h"
#include "ForumSession.h"
#include "GuiFixture.h"
#include "auth/CredentialStore.h"
#include "auth/SignInHandBack.h"
#include "controllers/AccountController.h"
#include "controllers/ForumKeys.h"
#include "controllers/SyncController.h"
#include "devserver/ServerThread.h"
#include "outbox/Outbox.h"
#include "session/ForumConnection.h"
#include "store/ForumRepository.h"
#include "views/AccountStatus.h"
#include "views/ForumMenu.h"
#include "views/MainWindow.h"
#include "views/MessageBanner.h"
#include "views/SignInDialog.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QToolButton>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::gui;
using outpost::testing::ConsentBrowser;
using outpost::testing::GuiFixture;

namespace {

// Everything the app logs, at every level of its own categories.
QMutex g_logMutex;
QByteArray g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log += QByteArray(context.category ? context.category : "default") + ": " +
                 message.toUtf8() + '\n';
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestGuiSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signInThenSignOut();
    void removingASignedInForumRevokesItsKey();
    void wrongNonceAndTamperedCodeAreRefused();
    void refusedKeyMarksTheForumNeedsSignIn();
    void keyNeverLeaks();
    void handBackSignsInAndKeyNeverLeaks();
    void handBackRefusesWrongNonceAndTamperedPayload();
    void handBackNotAllowedStaysOnPaste();

private:
    struct Window
    {
        std::unique_ptr<GuiFixture> fixture;
        std::unique_ptr<MainWindow> window;
        store::Forum forum;
        AccountController *account() const { return window->forumMenu()->account(); }
    };
    Window openWindow();
    // Helpers fail the test through QVERIFY; callers check QTest::currentTestFailed().
    void openSignIn(Window &w, SignInDialog *&dialog);
    void paste(SignInDialog *dialog, const QString &code);
    void signIn(Window &w);
    // Turns on the forum's hand-back setting on a free port the devserver allows; returns it.
    quint16 enableHandBack(Window &w, bool allowOnForum = true);
    QString browserUsername();
    bool expectKeychain() const { return !qEnvironmentVariableIsSet("OUTPOST_EXPECT_NO_KEYCHAIN"); }
    std::optional<QByteArray> keychainKey();

    std::unique_ptr<devserver::ServerThread> m_server;
    std::unique_ptr<ConsentBrowser> m_browser;
};

void TestGuiSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(u"outpost.*=true"_s);
    g_previousHandler = qInstallMessageHandler(captureMessage);
    devserver::ServerThread::Config config;
    config.spec = *devserver::GenerateSpec::parse(u"categories=4,topics=20,posts=80"_s, nullptr);
    config.settings.limits.enabled = false;
    m_server = std::make_unique<devserver::ServerThread>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_browser = std::make_unique<ConsentBrowser>(m_server->baseUrl());
}

void TestGuiSignIn::init()
{
    // Each case starts signed out, with no live key on the forum.
    auth::CredentialStore().removeBlocking(m_server->baseUrl().toString());
    m_browser->revokeAll();
}

void TestGuiSignIn::cleanup()
{
    auth::CredentialStore().removeBlocking(m_server->baseUrl().toString());
}

QString TestGuiSignIn::browserUsername()
{
    return m_server->invoke([](devserver::Server &s) { return s.browserUser()->username; });
}

std::optional<QByteArray> TestGuiSignIn::keychainKey()
{
    return auth::CredentialStore().loadBlocking(m_server->baseUrl().toString()).first;
}

TestGuiSignIn::Window TestGuiSignIn::openWindow()
{
    Window w;
    w.fixture = std::make_unique<GuiFixture>();
    w.fixture->context().settings().setImagesOnUnmetered(false);
    w.forum = w.fixture->addEmptyForum(m_server->baseUrl().toString());
    // A forum of our own: no client-side budget (20 requests a minute with a key would make a
    // case that syncs three times wait for the next minute).
    store::ForumRepository(w.fixture->context().profile().userDatabase(), w.fixture->clock())
            .setSetting(w.forum.id, session::forum_settings::kRateLimits, u"off"_s);
    w.window = std::make_unique<MainWindow>(w.fixture->context());
    w.window->openForum(w.forum);
    w.window->show();
    return w;
}

void TestGuiSignIn::openSignIn(Window &w, SignInDialog *&dialog)
{
    dialog = nullptr;
    QAction *action = w.window->findChild<QAction *>(u"signInAction"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    dialog = w.account()->signInDialog();
    QVERIFY(dialog);
    // The key pair is made on a worker; then the consent page opens in the "browser".
    QTRY_VERIFY_WITH_TIMEOUT(dialog->consentUrl().isValid(), 20'000);
}

void TestGuiSignIn::paste(SignInDialog *dialog, const QString &code)
{
    auto *field = dialog->findChild<QPlainTextEdit *>(u"signInCode"_s);
    field->setPlainText(code);
    auto *button = dialog->findChild<QPushButton *>(u"signInButton"_s);
    QVERIFY(button->isEnabled());
    button->click();
}

void TestGuiSignIn::signIn(Window &w)
{
    SignInDialog *dialog = nullptr;
    openSignIn(w, dialog);
    if (QTest::currentTestFailed())
        return;
    const QString code = m_browser->approve(dialog->consentUrl());
    QVERIFY(!code.isEmpty());
    paste(dialog, code);
    QTRY_VERIFY_WITH_TIMEOUT(w.account()->state() == AccountController::State::SignedIn, 30'000);
    QTRY_VERIFY(!w.account()->signInDialog());
}

void TestGuiSignIn::signInThenSignOut()
{
    const QString username = browserUsername();
    // The categories the person watches and tracks on the forum.
    const QList<int> categories = m_server->invoke([&](devserver::Server &s) {
        QList<int> ids;
        for (const devserver::Category &c : s.forum().categories()) {
            if (!c.readRestricted() && ids.size() < 2)
                ids << c.id;
        }
        s.settings().watchedCategoryIds.insert(username, {ids.value(0)});
        s.settings().trackedCategoryIds.insert(username, {ids.value(1)});
        return ids;
    });
    QCOMPARE(categories.size(), 2);

    Window w = openWindow();
    auto *status = w.window->findChild<AccountStatus *>(u"accountStatus"_s);
    QVERIFY(status);
    QTRY_COMPARE(w.account()->state(), AccountController::State::SignedOut);
    QCOMPARE(status->text(), u"Not signed in"_s);
    QVERIFY(status->signInButton()->isVisible());
    QVERIFY(!w.window->findChild<QAction *>(u"signOutAction"_s)->isEnabled());
    QVERIFY(!w.window->session()->isFollowed(categories.at(0)));

    SignInDialog *dialog = nullptr;
    openSignIn(w, dialog);
    if (QTest::currentTestFailed())
        return;
    const QUrl consent = dialog->consentUrl();
    QCOMPARE(consent.path(), u"/user-api-key/new"_s);
    // Opened in the system browser, and shown to copy.
    QVERIFY(w.fixture->openedUrls().contains(consent));
    QCOMPARE(dialog->findChild<QLineEdit *>(u"consentUrl"_s)->text(),
             consent.toString(QUrl::FullyEncoded));

    const QString code = m_browser->approve(consent);
    QVERIFY(!code.isEmpty());
    paste(dialog, code);
    QTRY_COMPARE_WITH_TIMEOUT(w.account()->state(), AccountController::State::SignedIn, 30'000);
    QTRY_VERIFY(!w.account()->signInDialog()); // closed itself
    QCOMPARE(w.account()->username(), username);
    QCOMPARE(w.account()->isMemoryOnly(), !expectKeychain());
    QCOMPARE(status->text(), expectKeychain()
                                     ? u"Signed in as %1"_s.arg(username)
                                     : u"Signed in as %1 (for this run only)"_s.arg(username));
    QVERIFY(!status->signInButton()->isVisible());
    QVERIFY(w.window->findChild<QAction *>(u"signOutAction"_s)->isEnabled());
    if (expectKeychain()) {
        QVERIFY(w.window->banner()->message().contains(username));
        const std::optional<QByteArray> key = keychainKey();
        QVERIFY(key);
        QVERIFY(key->size() >= 32);
        QCOMPARE(w.fixture->context().credentialsFor(w.forum).key, *key);
    } else {
        QVERIFY2(w.window->banner()->message().contains(u"No system keychain"_s),
                 qPrintable(w.window->banner()->message()));
        QVERIFY(!keychainKey());
    }
    QCOMPARE(w.fixture->context().credentialsFor(w.forum).kind, discourse::Credentials::UserApiKey);
    QCOMPARE(m_browser->liveKeys(), 1);
    // The watched and tracked categories joined the follows.
    QVERIFY(w.window->session()->isFollowed(categories.at(0)));
    QVERIFY(w.window->session()->isFollowed(categories.at(1)));
    // Signing in sends what waits in the outbox: a sync started.
    QTRY_VERIFY_WITH_TIMEOUT(!w.window->syncController()->isRunning(), 60'000);

    // Sign out: the forum revokes the key, this computer forgets it.
    w.window->findChild<QAction *>(u"signOutAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(w.account()->state(), AccountController::State::SignedOut, 30'000);
    QTRY_COMPARE(m_browser->liveKeys(), 0);
    QVERIFY(!keychainKey());
    QCOMPARE(w.fixture->context().credentialsFor(w.forum).kind, discourse::Credentials::None);
    QTRY_VERIFY(w.window->banner()->message().contains(u"signed out"_s));
    QCOMPARE(status->text(), u"Not signed in"_s);

    // A new window on the same profile finds no key either.
    const QString directory = w.fixture->directory();
    w.window.reset();
    GuiFixture again(directory);
    MainWindow second(again.context());
    second.openForum(w.forum);
    QTRY_COMPARE(second.forumMenu()->account()->state(), AccountController::State::SignedOut);
}

// Removing a signed-in forum revokes Outpost's key on the forum first, as Sign Out does.
void TestGuiSignIn::removingASignedInForumRevokesItsKey()
{
    Window w = openWindow();
    QTRY_COMPARE(w.account()->state(), AccountController::State::SignedOut);
    signIn(w);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_browser->liveKeys(), 1);
    // Signing in starts a sync (the outbox); a forum is not removed while it syncs.
    QTRY_VERIFY_WITH_TIMEOUT(!w.window->syncController()->isRunning(), 60'000);
    QMessageBox *box = w.window->forumMenu()->askToRemove();
    QVERIFY(box);
    QCOMPARE(box->objectName(), u"removeForumConfirm"_s);
    box->findChild<QPushButton *>(u"confirmRemoveForumButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->liveKeys(), 0, 30'000);
    SystemClock clock;
    QTRY_VERIFY(!store::ForumRepository(w.fixture->context().profile().userDatabase(), clock)
                         .find(w.forum.id));
    QVERIFY(!w.window->session());
    QVERIFY(!keychainKey());
    QTRY_VERIFY2(w.window->banner()->message().contains(u"is removed"_s),
                 qPrintable(w.window->banner()->message()));
}

void TestGuiSignIn::wrongNonceAndTamperedCodeAreRefused()
{
    Window w = openWindow();
    QTRY_COMPARE(w.account()->state(), AccountController::State::SignedOut);
    SignInDialog *dialog = nullptr;
    openSignIn(w, dialog);
    if (QTest::currentTestFailed())
        return;

    // A code made for another attempt (another nonce).
    QString code = m_browser->approve(dialog->consentUrl(), {{u"nonce"_s, u"0123456789abcdef"_s}});
    QVERIFY(!code.isEmpty());
    paste(dialog, code);
    QVERIFY2(dialog->statusText().contains(u"another sign-in attempt"_s),
             qPrintable(dialog->statusText()));
    QCOMPARE(w.account()->state(), AccountController::State::SignedOut);
    QVERIFY(dialog->isVisible());

    // Start Again makes a new request; a code changed on the way is refused.
    const QUrl first = dialog->consentUrl();
    dialog->findChild<QPushButton *>(u"restartSignInButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->consentUrl().isValid() && dialog->consentUrl() != first,
                             20'000);
    QTRY_COMPARE(w.fixture->openedUrls().size(), 2);
    code = m_browser->approve(dialog->consentUrl());
    QByteArray raw = QByteArray::fromBase64(code.toLatin1());
    QVERIFY(raw.size() > 100);
    raw[40] = char(raw[40] ^ 0x21);
    paste(dialog, QString::fromLatin1(raw.toBase64()));
    QVERIFY2(dialog->statusText().contains(u"could not be read"_s),
             qPrintable(dialog->statusText()));
    // Not a code at all.
    paste(dialog, u"hello, forum"_s);
    QVERIFY2(dialog->statusText().contains(u"not a sign-in code"_s),
             qPrintable(dialog->statusText()));
    QCOMPARE(w.account()->state(), AccountController::State::SignedOut);
    QVERIFY(!keychainKey());
    QCOMPARE(w.fixture->context().credentialsFor(w.forum).kind, discourse::Credentials::None);

    // The same attempt still works with the forum's real code.
    paste(dialog, m_browser->approve(dialog->consentUrl()));
    QTRY_COMPARE_WITH_TIMEOUT(w.account()->state(), AccountController::State::SignedIn, 30'000);
    QCOMPARE(keychainKey().has_value(), expectKeychain());
}

void TestGuiSignIn::refusedKeyMarksTheForumNeedsSignIn()
{
    Window w = openWindow();
    QTRY_COMPARE(w.account()->state(), AccountController::State::SignedOut);
    signIn(w);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(!w.window->syncController()->isRunning(), 60'000);

    // The forum revokes the key (an admin, or the person on the forum's website).
    m_browser->revokeAll();
    const qint64 topicId = m_server->invoke([](devserver::Server &s) {
        for (int id : s.forum().topicsByActivity()) {
            const devserver::Topic *t = s.forum().topic(id);
            if (t && !t->closed && !t->archived)
                return qint64(id);
        }
        return qint64(0);
    });
    QVERIFY(topicId > 0);
    AppContext &context = w.fixture->context();
    const store::OutboxItem queued =
            outbox::Outbox(context.profile().userDatabase(), context.clock(), w.forum.id)
                    .queueReply(topicId, u"A reply that waits until the person signs in again."_s);

    QSignalSpy finished(w.window->syncController(), &SyncController::finished);
    QVERIFY(w.window->syncController()->syncNow(SyncController::Trigger::Person));
    QVERIFY(finished.wait(60'000));
    QTRY_COMPARE(w.account()->state(), AccountController::State::NeedsSignIn);
    auto *status = w.window->findChild<AccountStatus *>(u"accountStatus"_s);
    QCOMPARE(status->text(), u"Needs sign-in"_s);
    QVERIFY(status->signInButton()->isVisible());
    QVERIFY(w.window->findChild<QAction *>(u"signInAction"_s)->isEnabled());
    // Nothing queued is lost.
    const std::optional<store::OutboxItem> item =
            outbox::Outbox(context.profile().userDatabase(), context.clock(), w.forum.id)
                    .find(queued.id);
    QVERIFY(item);
    QCOMPARE(item->state, store::OutboxState::Queued);

    // Signing in again clears the mark, and the reply goes out.
    signIn(w);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(status->text().startsWith(u"Signed in as"_s), true);
    QTRY_VERIFY_WITH_TIMEOUT(!w.window->syncController()->isRunning(), 60'000);
    QTRY_COMPARE_WITH_TIMEOUT(
            outbox::Outbox(context.profile().userDatabase(), context.clock(), w.forum.id)
                    .find(queued.id)
                    ->state,
            store::OutboxState::Sent, 60'000);
}

void TestGuiSignIn::keyNeverLeaks()
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    Window w = openWindow();
    QTRY_COMPARE(w.account()->state(), AccountController::State::SignedOut);
    signIn(w);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(!w.window->syncController()->isRunning(), 60'000);
    const QByteArray key = w.fixture->context().credentialsFor(w.forum).key;
    QVERIFY(key.size() >= 32);

    // Sync and post: a reply through the outbox, sent by the sync with the key.
    const qint64 topicId = m_server->invoke([](devserver::Server &s) {
        for (int id : s.forum().topicsByActivity()) {
            const devserver::Topic *t = s.forum().topic(id);
            if (t && !t->closed && !t->archived)
                return qint64(id);
        }
        return qint64(0);
    });
    AppContext &context = w.fixture->context();
    const store::OutboxItem queued =
            outbox::Outbox(context.profile().userDatabase(), context.clock(), w.forum.id)
                    .queueReply(topicId, u"A reply sent in the security test of signing in."_s);
    const qint64 publicCategory = m_server->invoke([](devserver::Server &s) {
        for (const devserver::Category &c : s.forum().categories()) {
            if (!c.readRestricted())
                return qint64(c.id);
        }
        return qint64(0);
    });
    w.window->session()->setFollowed(publicCategory, true);
    QSignalSpy finished(w.window->syncController(), &SyncController::finished);
    QVERIFY(w.window->syncController()->syncNow(SyncController::Trigger::Person));
    QVERIFY(finished.wait(60'000));
    QCOMPARE(outbox::Outbox(context.profile().userDatabase(), context.clock(), w.forum.id)
                     .find(queued.id)
                     ->state,
             store::OutboxState::Sent);

    // And the command-line program on the same profile, reading the same keychain.
    QByteArray cliOutput;
    QByteArray cliCommandLine;
    if (expectKeychain()) {
        QProcess cli;
        cli.setProgram(qEnvironmentVariable("OUTPOST_CLI"));
        cli.setArguments({u"--profile"_s, w.fixture->directory(), u"sync"_s});
        cli.start();
        QVERIFY(cli.waitForStarted());
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(cli.processId()));
        if (cmdline.open(QIODevice::ReadOnly))
            cliCommandLine = cmdline.readAll();
        QVERIFY(cli.waitForFinished(120'000));
        cliOutput = cli.readAllStandardOutput() + cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, cliOutput.constData());
    }
    w.window.reset(); // everything written and closed

    const QList<QByteArray> forms{key, key.toHex(), key.toBase64(),
                                  QUrl::toPercentEncoding(QString::fromLatin1(key))};
    const auto leaks = [&forms](const QByteArray &text) {
        for (const QByteArray &form : forms) {
            if (text.contains(form))
                return true;
        }
        return false;
    };
    // Every file of the profile: databases, their journals, caches, images.
    QDirIterator it(w.fixture->directory(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    int files = 0;
    bool sawUserDatabase = false;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QVERIFY2(!leaks(file.readAll()), qPrintable(file.fileName()));
        sawUserDatabase = sawUserDatabase || file.fileName().endsWith(u"/outpost.sqlite"_s);
        ++files;
    }
    QVERIFY(files > 1);
    QVERIFY(sawUserDatabase);
    // The logs: every line the app's categories wrote, at every level.
    QByteArray log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    QVERIFY2(log.contains("signed in to forum"), log.left(2000).constData());
    QVERIFY(!leaks(log));
    QVERIFY(!leaks(cliOutput));
    // The command lines: this process (the app) and the CLI's.
    QFile self(u"/proc/self/cmdline"_s);
    QVERIFY(self.open(QIODevice::ReadOnly));
    QVERIFY(!leaks(self.readAll()));
    QVERIFY(!leaks(cliCommandLine));
}

quint16 TestGuiSignIn::enableHandBack(Window &w, bool allowOnForum)
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port free now; the dialog binds it right after
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        port = probe.serverPort();
    }
    const QString address = u"http://127.0.0.1:%1/outpost-auth"_s.arg(port);
    m_server->invoke([&](devserver::Server &s) {
        s.settings().allowedAuthRedirects = {u"https://api.discourse.org/api/auth_redirect"_s};
        if (allowOnForum)
            s.settings().allowedAuthRedirects << address;
    });
    auth::SignInHandBack setting;
    setting.enabled = true;
    setting.port = port;
    auth::SignInHandBack::save(w.fixture->context().profile().userDatabase(), w.fixture->clock(),
                               w.forum.id, setting);
    return port;
}

void TestGuiSignIn::handBackSignsInAndKeyNeverLeaks()
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    Window w = openWindow();
    QTRY_COMPARE(w.account()->state(), AccountController::State::SignedOut);
    const quint16 port = enableHandBack(w);
    QVERIFY(port != 0);
    SignInDialog *dialog = nullptr;
    openSignIn(w, dialog);
    if (QTest::currentTestFailed())
        return;
    auto *check = dialog->findChild<QCheckBox *>(u"handBackCheck"_s);
    QVERIFY(check && check->isChecked());
    QCOMPARE(dialog->findChild<QSpinBox *>(u"handBackPort"_s)->value(), int(port));
    const QUrl address(u"http://127.0.0.1:%1/outpost-auth"_s.arg(port));
    QCOMPARE(dialog->handBackAddress(), address);
    QCOMPARE(QUrlQuery(dialog->consentUrl()).queryItemValue(u"auth_redirect"_s, QUrl::FullyDecoded),
             address.toString());
    // The forum allowed it: the browser opens, and pasting stays possible meanwhile.
    QTRY_COMPARE(w.fixture->openedUrls().size(), 1);
    QVERIFY(dialog->statusText().contains(u"hands the key back"_s));
    QVERIFY(!dialog->findChild<QPlainTextEdit *>(u"signInCode"_s)->isReadOnly());

    const QUrl location = m_browser->approveForRedirect(dialog->consentUrl());
    QCOMPARE(location.port(), int(port));
    QByteArray page;
    QCOMPARE(m_browser->follow(location, &page), 200);
    QVERIFY(page.contains("go back to Outpost"));
    QTRY_VERIFY_WITH_TIMEOUT(w.account()->state() == AccountController::State::SignedIn, 30'000);
    QTRY_VERIFY(!w.account()->signInDialog());
    // One request only: the receiver is gone.
    QCOMPARE(m_browser->follow(location), -int(QNetworkReply::ConnectionRefusedError));

    const QByteArray key = w.fixture->context().credentialsFor(w.forum).key;
    QVERIFY(key.size() >= 32);
    QCOMPARE(keychainKey().has_value(), expectKeychain());
    w.window.reset();
    const QList<QByteArray> forms{key, key.toHex(), key.toBase64(),
                                  QUrl::toPercentEncoding(QString::fromLatin1(key))};
    const auto leaks = [&forms](const QByteArray &text) {
        for (const QByteArray &form : forms) {
            if (text.contains(form))
                return true;
        }
        return false;
    };
    QDirIterator it(w.fixture->directory(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QVERIFY2(!leaks(file.readAll()), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files > 1);
    QByteArray log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    QVERIFY2(log.contains("signed in to forum"), log.left(2000).constData());
    QVERIFY(!leaks(log));
    QFile self(u"/proc/self/cmdline"_s);
    QVERIFY(self.open(QIODevice::ReadOnly));
    QVERIFY(!leaks(self.readAll()));
}

void TestGuiSignIn::handBackRefusesWrongNonceAndTamperedPayload()
{
    Window w = openWindow();
    QTRY_COMPARE(w.account()->state(), AccountController::State::SignedOut);
    QVERIFY(enableHandBack(w) != 0);
    SignInDialog *dialog = nullptr;
    openSignIn(w, dialog);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(w.fixture->openedUrls().size(), 1);
    QUrl location = m_browser->approveForRedirect(dialog->consentUrl(),
                                                  {{u"nonce"_s, u"0123456789abcdef"_s}});
    QVERIFY(location.isValid());
    QCOMPARE(m_browser->follow(location), 200);
    QTRY_VERIFY2(dialog->statusText().contains(u"another sign-in attempt"_s),
                 qPrintable(dialog->statusText()));
    QVERIFY(dialog->handBackAddress().isEmpty()); // one request, and it was used
    QCOMPARE(w.account()->state(), AccountController::State::SignedOut);

    // Start Again: a new receiver; a payload changed on the way is refused.
    const QUrl first = dialog->consentUrl();
    dialog->findChild<QPushButton *>(u"restartSignInButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->consentUrl().isValid() && dialog->consentUrl() != first,
                             20'000);
    QTRY_COMPARE(w.fixture->openedUrls().size(), 2);
    QVERIFY(!dialog->handBackAddress().isEmpty());
    location = m_browser->approveForRedirect(dialog->consentUrl());
    QUrlQuery query(location);
    QByteArray raw = QByteArray::fromBase64(
            query.queryItemValue(u"payload"_s, QUrl::FullyDecoded).toLatin1());
    QVERIFY(raw.size() > 100);
    raw[40] = char(raw[40] ^ 0x21);
    query.removeAllQueryItems(u"payload"_s);
    query.addQueryItem(u"payload"_s, QString::fromLatin1(QUrl::toPercentEncoding(
                                             QString::fromLatin1(raw.toBase64()))));
    location.setQuery(query);
    QCOMPARE(m_browser->follow(location), 200);
    QTRY_VERIFY2(dialog->statusText().contains(u"could not be read"_s),
                 qPrintable(dialog->statusText()));
    QCOMPARE(w.account()->state(), AccountController::State::SignedOut);
    QVERIFY(!keychainKey());
}

void TestGuiSignIn::handBackNotAllowedStaysOnPaste()
{
    Window w = openWindow();
    QTRY_COMPARE(w.account()->state(), AccountController::State::SignedOut);
    QVERIFY(enableHandBack(w, false) != 0);
    SignInDialog *dialog = nullptr;
    w.window->findChild<QAction *>(u"signInAction"_s)->trigger();
    dialog = w.account()->signInDialog();
    QVERIFY(dialog);
    // The forum refuses the address: a new request without it, and the dialog says why.
    QTRY_VERIFY_WITH_TIMEOUT(
            dialog->consentUrl().isValid() &&
                    !QUrlQuery(dialog->consentUrl()).hasQueryItem(u"auth_redirect"_s),
            20'000);
    QTRY_COMPARE(w.fixture->openedUrls().size(), 1);
    QVERIFY(!QUrlQuery(w.fixture->openedUrls().constFirst()).hasQueryItem(u"auth_redirect"_s));
    QVERIFY(dialog->handBackAddress().isEmpty());
    QVERIFY2(
            dialog->statusText().contains(u"does not allow Outpost to receive the key by itself"_s),
            qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(u"paste the code here"_s));
    // The setting stays on for next time; this attempt signs in by pasting.
    QVERIFY(dialog->findChild<QCheckBox *>(u"handBackCheck"_s)->isChecked());
    paste(dialog, m_browser->approve(dialog->consentUrl()));
    QTRY_COMPARE_WITH_TIMEOUT(w.account()->state(), AccountController::State::SignedIn, 30'000);
    QCOMPARE(keychainKey().has_value(), expectKeychain());
}

QTEST_MAIN(TestGuiSignIn)
#include "tst_gui_sign_in.moc"
