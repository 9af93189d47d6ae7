// Several forums in one window, each with its own cache, account and outbox: add one through
// the Forum menu (the first-start wizard, probing the devserver over loopback), switch between
// them, rename one, and remove them (refused while the person's words wait in the outbox).
// And Help → About: version, licence and credits.

#include "AppContext.h"
#include "AppSettings.h"
#include "ForumSession.h"
#include "GuiFixture.h"
#include "OutpostVersion.h"
#include "ShowcaseForum.h"
#include "controllers/AccountController.h"
#include "devserver/ServerThread.h"
#include "models/CategoryChoiceModel.h"
#include "outbox/Outbox.h"
#include "store/ForumRepository.h"
#include "views/AboutDialog.h"
#include "views/AccountStatus.h"
#include "views/FirstRunWizard.h"
#include "views/ForumMenu.h"
#include "views/MainWindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::gui;
using outpost::testing::GuiFixture;
using outpost::testing::ShowcaseForum;

class TestGuiForums : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addSwitchRenameAndRemove();
    void aboutShowsVersionLicenceAndCredits();
    void creditsNameTheTranslators();

private:
    QAction *action(MainWindow &window, const QString &name)
    {
        return window.findChild<QAction *>(name);
    }
};

void TestGuiForums::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuiForums::addSwitchRenameAndRemove()
{
    devserver::ServerThread::Config config;
    config.spec = *devserver::GenerateSpec::parse(u"categories=4,topics=20,posts=80"_s, nullptr);
    config.settings.limits.enabled = false;
    devserver::ServerThread server(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    GuiFixture fixture;
    fixture.context().settings().setImagesOnUnmetered(false);
    const store::Forum showcase = fixture.addShowcaseForum();
    MainWindow window(fixture.context());
    window.resize(1200, 800);
    window.openForum(showcase);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu *menu = window.findChild<QMenu *>(u"forumMenu"_s);
    QVERIFY(menu);
    QVERIFY(window.menuBar()->actions().contains(menu->menuAction()));
    QVERIFY(action(window, u"forumAction%1"_s.arg(showcase.id))->isChecked());

    // Add a second forum from the Forum menu: the first-start wizard.
    action(window, u"addForumAction"_s)->trigger();
    FirstRunWizard *wizard = window.findChild<FirstRunWizard *>();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    wizard->findChild<QRadioButton *>(u"otherForumChoice"_s)->click();
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"forumAddress"_s),
                     server.baseUrl().toString());
    wizard->button(QWizard::NextButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(FirstRunWizard::CategoriesPageId), 30'000);
    QVERIFY(wizard->categoryModel()->setData(wizard->categoryModel()->index(0, 0), Qt::Checked,
                                             Qt::CheckStateRole));
    wizard->button(QWizard::NextButton)->click();
    wizard->findChild<QCheckBox *>(u"firstRunSyncOnStart"_s)->setChecked(false);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(window.session() && window.session()->forum().id != showcase.id);
    const store::Forum added = window.session()->forum();
    QCOMPARE(QUrl(added.baseUrl).port(), server.baseUrl().port());
    // Each forum has its own cache (and account, and outbox: both are keyed by the forum).
    QVERIFY(window.session()->cachePath() != fixture.context().profile().cachePath(showcase.id));
    QVERIFY(action(window, u"forumAction%1"_s.arg(added.id))->isChecked());
    QVERIFY(!action(window, u"forumAction%1"_s.arg(showcase.id))->isChecked());
    QVERIFY(window.windowTitle().startsWith(added.name));

    // Switch back through the menu.
    action(window, u"forumAction%1"_s.arg(showcase.id))->trigger();
    QCOMPARE(window.session()->forum().id, showcase.id);
    QVERIFY(window.windowTitle().startsWith(showcase.name));
    QVERIFY(action(window, u"forumAction%1"_s.arg(showcase.id))->isChecked());
    QCOMPARE(window.forumMenu()->account()->state() == AccountController::State::NoForum, false);

    // Rename the open forum.
    QInputDialog *rename = window.forumMenu()->askToRename();
    QVERIFY(rename);
    QCOMPARE(rename->objectName(), u"renameForumDialog"_s);
    QCOMPARE(rename->textValue(), showcase.name);
    rename->setTextValue(u"  Our community  "_s);
    rename->accept();
    QCOMPARE(window.session()->forum().name, u"Our community"_s);
    QCOMPARE(window.windowTitle(), u"Our community — Outpost"_s);
    QCOMPARE(action(window, u"forumAction%1"_s.arg(showcase.id))->text(), u"Our community"_s);
    store::ForumRepository forums(fixture.context().profile().userDatabase(),
                                  fixture.context().clock());
    QCOMPARE(forums.find(showcase.id)->name, u"Our community"_s);
    // An empty name changes nothing.
    QVERIFY(!window.forumMenu()->rename(showcase.id, u"   "_s));
    QCOMPARE(forums.find(showcase.id)->name, u"Our community"_s);

    // Removing is refused while a post waits in its outbox.
    outbox::Outbox outbox(fixture.context().profile().userDatabase(), fixture.context().clock(),
                          showcase.id);
    const store::OutboxItem queued = outbox.queueReply(
            ShowcaseForum::richTopicId, u"A reply that keeps the forum from being removed."_s);
    QMessageBox *box = window.forumMenu()->askToRemove();
    QVERIFY(box);
    QCOMPARE(box->objectName(), u"removeForumRefused"_s);
    QVERIFY2(box->text().contains(u"still has 1 draft"_s), qPrintable(box->text()));
    box->accept();
    QVERIFY(forums.find(showcase.id));
    QCOMPARE(window.session()->forum().id, showcase.id);
    // The store refuses too, whatever the window asked.
    QVERIFY(!window.forumMenu()->remove(showcase.id));
    QVERIFY(forums.find(showcase.id));

    // Once the post is gone, removing asks first, then removes the forum and its cache.
    outbox.discard(queued.id);
    const QString cachePath = fixture.context().profile().cachePath(showcase.id);
    QVERIFY(QFile::exists(cachePath));
    box = window.forumMenu()->askToRemove();
    QVERIFY(box);
    QCOMPARE(box->objectName(), u"removeForumConfirm"_s);
    QVERIFY(box->text().contains(u"Our community"_s));
    box->findChild<QPushButton *>(u"confirmRemoveForumButton"_s)->click();
    QTRY_VERIFY(!forums.find(showcase.id));
    QVERIFY(!QFile::exists(cachePath));
    QVERIFY(window.session());
    QCOMPARE(window.session()->forum().id, added.id); // the other forum is open now
    QVERIFY(!action(window, u"forumAction%1"_s.arg(showcase.id)));

    // The last one: the window offers to add a forum again.
    box = window.forumMenu()->askToRemove();
    QVERIFY(box);
    box->findChild<QPushButton *>(u"confirmRemoveForumButton"_s)->click();
    QTRY_VERIFY(!window.session());
    QVERIFY(forums.all().isEmpty());
    QVERIFY(window.findChild<QWidget *>(u"noForumPage"_s)->isVisible());
    QCOMPARE(window.forumMenu()->account()->state(), AccountController::State::NoForum);
    QVERIFY(!window.findChild<AccountStatus *>(u"accountStatus"_s)->isVisible());
    QVERIFY(!action(window, u"removeForumAction"_s)->isEnabled());
    QVERIFY(!action(window, u"signInAction"_s)->isEnabled());
    QCOMPARE(window.windowTitle(), u"Outpost"_s);
}

void TestGuiForums::aboutShowsVersionLicenceAndCredits()
{
    GuiFixture fixture;
    MainWindow window(fixture.context());
    window.show();
    QAction *about = action(window, u"aboutAction"_s);
    QVERIFY(about);
    QMenu *help = window.findChild<QMenu *>(u"helpMenu"_s);
    QVERIFY(help->actions().contains(about));
    about->trigger();
    AboutDialog *dialog = window.findChild<AboutDialog *>(u"aboutDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->versionText(), QString::fromLatin1(outpost::kVersion));
    QVERIFY(dialog->findChild<QLabel *>(u"aboutName"_s)
                    ->text()
                    .contains(QString::fromLatin1(outpost::kVersion)));
    QVERIFY(!dialog->findChild<QLabel *>(u"aboutIcon"_s)->pixmap().isNull());
    QVERIFY(dialog->findChild<QLabel *>(u"aboutText"_s)->text().contains(u"GPL-3.0-or-later"_s));
    // The credits from resources/credits.json, the libraries with their licences.
    const QString credits = dialog->creditsText();
    for (const QString &expected :
         {u"The Outpost contributors"_s, u"libcurl (curl)"_s, u"QtKeychain (BSD-3-Clause)"_s,
          u"SQLite"_s, u"Translated by"_s})
        QVERIFY2(credits.contains(expected), qPrintable(expected + u" in: "_s + credits));
    // No translator is credited yet: the languages are named as waiting for one.
    QVERIFY2(credits.contains(u"français"_s), qPrintable(credits));
    // The licence's full text.
    const QString licence = dialog->findChild<QPlainTextEdit *>(u"aboutLicense"_s)->toPlainText();
    QVERIFY(licence.contains(u"GNU GENERAL PUBLIC LICENSE"_s));
    QVERIFY(licence.contains(u"Version 3"_s));
}

void TestGuiForums::creditsNameTheTranslators()
{
    const QByteArray json = R"({
        "copyright": "2026 The Outpost contributors",
        "authors": [{"name": "A. Author", "url": "https://example.org/a"}],
        "translators": {"fr": ["Amélie Martin", {"name": "Jean Dupont"}], "es": []},
        "components": [{"name": "Qt", "license": "LGPL-3.0-only", "url": "https://www.qt.io"}]
    })";
    QTextDocument document;
    document.setHtml(AboutDialog::creditsHtml(json));
    const QString text = document.toPlainText();
    QVERIFY2(text.contains(u"français: Amélie Martin, Jean Dupont"_s), qPrintable(text));
    QVERIFY2(text.contains(u"español"_s), qPrintable(text)); // still waiting for a translator
    QVERIFY(text.contains(u"A. Author"_s));
    QVERIFY(text.contains(u"Qt (LGPL-3.0-only)"_s));
    QVERIFY(AboutDialog::creditsHtml("not json").isEmpty());
}

QTEST_MAIN(TestGuiForums)
#include "tst_gui_forums.moc"
