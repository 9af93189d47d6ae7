#include "views/ForumMenu.h"

#include "AppContext.h"
#include "Clock.h"
#include "ForumSession.h"
#include "controllers/AccountController.h"
#include "controllers/ForumKeys.h"
#include "controllers/SyncController.h"
#include "outbox/Outbox.h"
#include "store/DraftRepository.h"
#include "store/ForumRepository.h"
#include "store/StoreError.h"
#include "views/AboutDialog.h"
#include "views/AccountStatus.h"
#include "views/MainWindow.h"
#include "views/MessageBanner.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QInputDialog>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace outpost::gui {

Q_LOGGING_CATEGORY(lcForums, "outpost.gui.forums")

namespace {

QAction *makeAction(QObject *parent, const char *objectName, const QString &text,
                    const QString &statusTip)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setStatusTip(statusTip);
    return action;
}

} // namespace

ForumMenu::ForumMenu(MainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_menu(new QMenu(&window))
    , m_forums(new QActionGroup(this))
    , m_account(new AccountController(window.context(), &window))
    , m_status(new AccountStatus(*m_account, &window))
{
    m_menu->setObjectName(u"forumMenu"_s);
    m_forums->setExclusive(true);
    addForum = makeAction(this, "addForumAction", QString(), QString());
    renameForum = makeAction(this, "renameForumAction", QString(), QString());
    removeForum = makeAction(this, "removeForumAction", QString(), QString());
    signIn = makeAction(this, "signInAction", QString(), QString());
    signOut = makeAction(this, "signOutAction", QString(), QString());
    about = makeAction(this, "aboutAction", QString(), QString());
    retranslate();
    // The menu is a widget: it hears of a language switch, and the texts follow.
    m_menu->installEventFilter(this);
    about->setMenuRole(QAction::AboutRole);

    m_forumsEnd = m_menu->addSeparator();
    m_menu->addAction(addForum);
    m_menu->addAction(renameForum);
    m_menu->addAction(removeForum);
    m_menu->addSeparator();
    m_menu->addAction(signIn);
    m_menu->addAction(signOut);
    // After File, before View.
    QMenuBar *bar = window.menuBar();
    QMenu *view = bar->findChild<QMenu *>(u"viewMenu"_s);
    bar->insertMenu(view ? view->menuAction() : nullptr, m_menu);
    if (QMenu *help = bar->findChild<QMenu *>(u"helpMenu"_s)) {
        help->addSeparator();
        help->addAction(about);
    } else {
        bar->addAction(about);
    }
    window.statusBar()->addPermanentWidget(m_status);

    connect(addForum, &QAction::triggered, &window, [&window] { window.startFirstRun(); });
    connect(renameForum, &QAction::triggered, this, [this] { askToRename(); });
    connect(removeForum, &QAction::triggered, this, [this] { askToRemove(); });
    connect(signIn, &QAction::triggered, m_account, [this] { m_account->signIn(); });
    connect(signOut, &QAction::triggered, m_account, &AccountController::signOut);
    connect(about, &QAction::triggered, this, [this] { showAbout(); });
    connect(m_menu, &QMenu::aboutToShow, this, &ForumMenu::rebuildForumList);
    connect(m_forums, &QActionGroup::triggered, this,
            [this](QAction *action) { switchTo(action->data().toLongLong()); });
    connect(&window, &MainWindow::forumOpened, this, [this] {
        m_account->setSession(m_window.session());
        rebuildForumList();
        updateActions();
    });
    connect(m_account, &AccountController::stateChanged, this, &ForumMenu::updateActions);
    connect(m_account, &AccountController::information, this, [this](const QString &message) {
        m_window.banner()->showMessage(MessageBanner::Kind::Information, message);
    });
    connect(m_account, &AccountController::warning, this,
            [this](const QString &message, const QString &detail) {
                m_window.banner()->showMessage(MessageBanner::Kind::Warning, message, detail);
            });
    // The outbox's delivery marks a forum that refused the key; a sync may have done so.
    connect(window.syncController(), &SyncController::finished, m_account,
            &AccountController::refresh);
    // Queued posts wait for a sign-in: send them now when the link allows it.
    connect(m_account, &AccountController::signedIn, this, [this](qint64 forumId) {
        SyncController *sync = m_window.syncController();
        if (m_window.session() && m_window.session()->forum().id == forumId &&
            sync->automaticSyncAllowed())
            sync->syncNow(SyncController::Trigger::Person);
    });
    m_account->setSession(window.session());
    rebuildForumList();
    updateActions();
}

ForumMenu::~ForumMenu() = default;

void ForumMenu::rebuildForumList()
{
    for (QAction *action : m_forums->actions()) {
        m_forums->removeAction(action);
        m_menu->removeAction(action);
        delete action;
    }
    QList<store::Forum> all;
    try {
        all = store::ForumRepository(m_window.context().profile().userDatabase(),
                                     m_window.context().clock())
                      .all();
    } catch (const store::StoreError &error) {
        qCWarning(lcForums) << error.what();
    }
    const qint64 open = m_window.session() ? m_window.session()->forum().id : 0;
    for (const store::Forum &forum : std::as_const(all)) {
        auto *action = new QAction(forum.name, m_forums);
        action->setObjectName(u"forumAction%1"_s.arg(forum.id));
        action->setCheckable(true);
        action->setChecked(forum.id == open);
        action->setData(forum.id);
        action->setStatusTip(forum.baseUrl);
        m_menu->insertAction(m_forumsEnd, action);
    }
}

void ForumMenu::retranslate()
{
    m_menu->setTitle(tr("Fo&rum"));
    addForum->setText(tr("&Add a Forum…"));
    addForum->setStatusTip(tr("Add another Discourse forum to read offline"));
    renameForum->setText(tr("Re&name Forum…"));
    renameForum->setStatusTip(tr("Give the open forum another name in Outpost"));
    removeForum->setText(tr("Re&move Forum…"));
    removeForum->setStatusTip(tr("Remove the open forum and its offline copy from this computer"));
    signIn->setStatusTip(tr("Sign in to the open forum with your account, to post and like"));
    signOut->setText(tr("Sign &Out"));
    signOut->setStatusTip(tr("Revoke Outpost's key on the forum and forget it here; drafts "
                             "and the outbox stay"));
    about->setText(tr("&About Outpost"));
    about->setStatusTip(tr("Version, licence and the people who made Outpost"));
    updateActions();
}

bool ForumMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ForumMenu::updateActions()
{
    using State = AccountController::State;
    const bool open = m_window.session() != nullptr;
    const State state = m_account->state();
    renameForum->setEnabled(open);
    removeForum->setEnabled(open);
    signIn->setEnabled(open && state != State::SigningOut && state != State::Looking);
    signIn->setText(state == State::SignedIn || state == State::NeedsSignIn ? tr("&Sign In Again…")
                                                                            : tr("&Sign In…"));
    signOut->setEnabled(state == State::SignedIn || state == State::NeedsSignIn);
}

void ForumMenu::switchTo(qint64 forumId)
{
    if (m_window.session() && m_window.session()->forum().id == forumId)
        return;
    try {
        const std::optional<store::Forum> forum =
                store::ForumRepository(m_window.context().profile().userDatabase(),
                                       m_window.context().clock())
                        .find(forumId);
        if (forum)
            m_window.openForum(*forum);
    } catch (const store::StoreError &error) {
        m_window.banner()->showMessage(MessageBanner::Kind::Error, error.message(), error.detail());
    }
    rebuildForumList();
}

QInputDialog *ForumMenu::askToRename()
{
    ForumSession *session = m_window.session();
    if (!session)
        return nullptr;
    auto *dialog = new QInputDialog(&m_window);
    dialog->setObjectName(u"renameForumDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Forum"));
    //: %1 is the forum's address
    dialog->setLabelText(tr("Name of %1 in Outpost:").arg(session->forum().baseUrl));
    dialog->setTextValue(session->forum().name);
    const qint64 id = session->forum().id;
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, id](const QString &name) { rename(id, name); });
    dialog->open();
    return dialog;
}

bool ForumMenu::rename(qint64 forumId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    ForumSession *session = m_window.session();
    if (session && session->forum().id == forumId) {
        session->rename(trimmed); // updates the title too
    } else {
        try {
            store::ForumRepository(m_window.context().profile().userDatabase(),
                                   m_window.context().clock())
                    .rename(forumId, trimmed);
        } catch (const store::StoreError &error) {
            m_window.banner()->showMessage(MessageBanner::Kind::Error, error.message(),
                                           error.detail());
            return false;
        }
    }
    rebuildForumList();
    return true;
}

QMessageBox *ForumMenu::askToRemove()
{
    ForumSession *session = m_window.session();
    if (!session)
        return nullptr;
    const store::Forum forum = session->forum();
    AppContext &context = m_window.context();
    int words = 0;
    try {
        words = int(outbox::Outbox(context.profile().userDatabase(), context.clock(), forum.id)
                            .items()
                            .size() +
                    store::DraftRepository(context.profile().userDatabase(), context.clock())
                            .list(forum.id)
                            .size());
    } catch (const store::StoreError &error) {
        m_window.banner()->showMessage(MessageBanner::Kind::Error, error.message(), error.detail());
        return nullptr;
    }
    auto *box = new QMessageBox(&m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Remove Forum"));
    if (words > 0) {
        // The person's own words are never removed with a forum.
        box->setObjectName(u"removeForumRefused"_s);
        box->setIcon(QMessageBox::Information);
        //: %1 is the forum's name
        box->setText(tr("“%1” still has %n draft(s) or unsent post(s) in the outbox. Send or "
                        "delete them before removing the forum.",
                        nullptr, words)
                             .arg(forum.name));
        box->setStandardButtons(QMessageBox::Ok);
        box->open();
        return box;
    }
    box->setObjectName(u"removeForumConfirm"_s);
    box->setIcon(QMessageBox::Question);
    box->setText(tr("Remove “%1” from Outpost?").arg(forum.name));
    box->setInformativeText(
            tr("Its offline copy on this computer is deleted. If you are signed in, Outpost "
               "first revokes its key on the forum and forgets your sign-in; nothing else "
               "changes on the forum."));
    QPushButton *removeButton = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    removeButton->setObjectName(u"confirmRemoveForumButton"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    const qint64 id = forum.id;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, id, removeButton](QAbstractButton *button) {
                if (button == removeButton)
                    signOutThenRemove(id);
            });
    box->open();
    return box;
}

void ForumMenu::signOutThenRemove(qint64 forumId)
{
    const bool isOpen = m_window.session() && m_window.session()->forum().id == forumId;
    if (isOpen && m_window.context().keys().hasKey(forumId)) {
        // The key is revoked as "Sign Out" does it (at once when offline, with a note to
        // revoke it on the forum); the forum goes once the key is forgotten.
        const QMetaObject::Connection then = connect(
                m_account, &AccountController::signedOut, this,
                [this, forumId](qint64 signedOut) {
                    if (signedOut == forumId)
                        remove(forumId);
                },
                Qt::SingleShotConnection);
        if (m_account->signOut())
            return;
        disconnect(then);
    }
    remove(forumId);
}

bool ForumMenu::remove(qint64 forumId)
{
    AppContext &context = m_window.context();
    std::optional<store::Forum> forum;
    try {
        store::ForumRepository forums(context.profile().userDatabase(), context.clock());
        forum = forums.find(forumId);
        if (!forum)
            return false;
        const bool isOpen = m_window.session() && m_window.session()->forum().id == forumId;
        if (isOpen && m_window.syncController()->isRunning()) {
            m_window.banner()->showMessage(
                    MessageBanner::Kind::Warning,
                    tr("The forum is syncing. Cancel the sync or let it finish, then remove "
                       "the forum."));
            return false;
        }
        // Refused by the store while drafts or queued posts are there: checked before the
        // forum is closed, so a refusal changes nothing.
        forums.remove(forumId);
        if (isOpen)
            m_window.closeForum();
        if (!context.profile().removeForumFiles(forumId))
            qCWarning(lcForums) << "some files of forum" << forumId << "were not removed";
        const QList<store::Forum> rest = forums.all();
        if (isOpen && !rest.isEmpty())
            m_window.openForum(rest.first());
    } catch (const store::StoreError &error) {
        m_window.banner()->showMessage(MessageBanner::Kind::Warning, error.message(),
                                       error.detail());
        return false;
    }
    context.keys().forget(*forum, [](const auth::CredentialStore::Outcome &) {});
    m_account->setSession(m_window.session());
    rebuildForumList();
    updateActions();
    //: %1 is the forum's name
    m_window.banner()->showMessage(MessageBanner::Kind::Information,
                                   tr("“%1” is removed, with its offline copy.").arg(forum->name));
    return true;
}

AboutDialog *ForumMenu::showAbout()
{
    AboutDialog *dialog = m_about.data();
    if (!dialog) {
        dialog = new AboutDialog(m_window.context(), &m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_about = dialog;
    }
    dialog->show();
    dialog->raise();
    return dialog;
}

} // namespace outpost::gui
