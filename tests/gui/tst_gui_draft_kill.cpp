// A draft typed in the composer survives a SIGKILL of the process: a test-only program
// (compose_kill_helper.cpp, the real ComposerWindow of outpost-gui) types a reply and waits;
// once its draft saved itself it is killed with SIGKILL, and the words are in the person's
// database when the profile is opened again, and reopen in the composer.

#include "AppContext.h"
#include "Clock.h"
#include "ForumSession.h"
#include "GuiFixture.h"
#include "ShowcaseForum.h"
#include "controllers/ComposeController.h"
#include "store/DraftRepository.h"
#include "views/ComposerWindow.h"
#include "views/MainWindow.h"

#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::gui;
using outpost::testing::GuiFixture;
using outpost::testing::ShowcaseForum;

class TestGuiDraftKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void draftSurvivesSigkill();
};

void TestGuiDraftKill::draftSurvivesSigkill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    store::Forum forum;
    {
        GuiFixture fixture(dir.path());
        forum = fixture.addShowcaseForum();
    }
    // QTest types Latin-1 only, so the words are plain ASCII.
    const QString text = u"Typed on a bus, then the battery died: every word and the "
                         u"**Markdown** survive."_s;

    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(OUTPOST_COMPOSE_HELPER),
                 {dir.path(), QString::number(ShowcaseForum::richTopicId), text});
    QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));
    // Wait until the draft saved itself with every word (two pauses in typing: two saves).
    QStringList saves;
    const QString done = u"saved %1"_s.arg(text.size());
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                while (helper.canReadLine())
                    saves << QString::fromUtf8(helper.readLine()).trimmed();
                return saves.contains(done) || helper.state() == QProcess::NotRunning;
            }(),
            60'000);
    QVERIFY2(saves.contains(done), qPrintable(saves.join(u"; "_s)));
    QVERIFY2(saves.size() >= 2, qPrintable(saves.join(u"; "_s)));

    helper.kill(); // SIGKILL: no close, no destructor, no flush of anything
    QVERIFY(helper.waitForFinished(10'000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

    GuiFixture reopened(dir.path());
    const QList<store::Draft> drafts =
            store::DraftRepository(reopened.context().profile().userDatabase(), reopened.clock())
                    .list(forum.id);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().raw, text);
    QCOMPARE(drafts.first().kind, store::DraftKind::Reply);
    QCOMPARE(drafts.first().topicId, ShowcaseForum::richTopicId);

    // And the app reopens it, cursor at the end where typing stopped.
    MainWindow window(reopened.context());
    window.show();
    QVERIFY(window.openForum(forum));
    ComposerWindow *composer = window.composeController()->openDraft(drafts.first().id);
    QVERIFY(composer);
    QCOMPARE(composer->editor()->toPlainText(), text);
    QCOMPARE(composer->editor()->textCursor().position(), int(text.size()));
}

QTEST_MAIN(TestGuiDraftKill)
#include "tst_gui_draft_kill.moc"
