// Test-only program for test_gui_draft_kill: opens the composer on a profile, types a reply
// with QTest the way a person would (two bursts), and reports each time the draft saved itself
// ("saved <characters>" on stdout). It never saves on purpose and never exits by itself: the
// test kills it with SIGKILL.
//
//   outpost-compose-kill-helper PROFILE_DIR TOPIC_ID TEXT

#include "AppContext.h"
#include "Clock.h"
#include "ForumSession.h"
#include "GuiFixture.h"
#include "controllers/DraftController.h"
#include "store/ForumRepository.h"
#include "views/ComposerWindow.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace outpost;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: %s PROFILE_DIR TOPIC_ID TEXT\n", argv[0]);
        return 2;
    }
    testing::GuiFixture fixture(args.at(1));
    const QList<store::Forum> forums =
            store::ForumRepository(fixture.context().profile().userDatabase(), fixture.clock())
                    .all();
    if (forums.isEmpty()) {
        std::fprintf(stderr, "no forum in the profile\n");
        return 2;
    }
    gui::ForumSession session(fixture.context(), forums.first());
    store::Draft draft;
    draft.kind = store::DraftKind::Reply;
    draft.forumId = forums.first().id;
    draft.topicId = args.at(2).toLongLong();
    gui::ComposerWindow composer(fixture.context(), &session, draft);
    composer.show();

    const QString text = args.at(3);
    const QString first = text.left(text.size() / 2);
    const QString rest = text.mid(first.size());
    bool restTyped = false;
    QObject::connect(composer.controller(), &gui::DraftController::saved, &app,
                     [&](const store::Draft &saved) {
                         std::printf("saved %lld\n", static_cast<long long>(saved.raw.size()));
                         std::fflush(stdout);
                         if (!restTyped) {
                             restTyped = true;
                             QTest::keyClicks(composer.editor(), rest);
                         }
                     });
    QObject::connect(composer.controller(), &gui::DraftController::saveFailed, &app,
                     [](const QString &message, const QString &detail) {
                         std::fprintf(stderr, "not saved: %s (%s)\n", qPrintable(message),
                                      qPrintable(detail));
                         std::exit(3);
                     });
    QTimer::singleShot(0, &app, [&] { QTest::keyClicks(composer.editor(), first); });
    return app.exec();
}
