// Renders the main views of the app into PNG files for the README (render-screenshots.sh runs
// it): the real MainWindow, offscreen, with a fixed clock. The topic list, thread, digest and
// search are shown on a cache the real sync filled from the devserver's generated forum (the
// demo's forum); the offline, composer, outbox, dark right-to-left and first-start pictures
// use the showcase forum, whose few topics are written for them.
//
//   outpost-screenshots OUTPUT_DIR                the English views
//   outpost-screenshots --lang CODE OUTPUT_DIR    the main window in that language
//                                                 (main-window-CODE.png)
//
// The language shots show whatever translations/outpost_CODE.ts holds when they are made:
// run render-screenshots.sh again after the translations change.

#include "AppContext.h"
#include "AppLanguage.h"
#include "AppSettings.h"
#include "Clock.h"
#include "ForumSession.h"
#include "GuiFixture.h"
#include "ShowcaseForum.h"
#include "controllers/OutboxController.h"
#include "controllers/SyncController.h"
#include "devserver/ServerThread.h"
#include "models/TopicListModel.h"
#include "outbox/Outbox.h"
#include "store/OutboxRepository.h"
#include "views/CategoryTreeView.h"
#include "views/ComposerWindow.h"
#include "views/FirstRunWizard.h"
#include "views/MainActions.h"
#include "views/MainWindow.h"
#include "views/OutboxView.h"
#include "views/SearchView.h"
#include "views/ThreadView.h"
#include "views/TopicListView.h"
#include "views/WritingDock.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace outpost;
using outpost::testing::GuiFixture;
using outpost::testing::ShowcaseForum;

namespace {

void settle(int ms = 300)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(10);
    }
}

gui::ComposerWindow *openComposer()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == u"composerWindow"_s && widget->isVisible())
            return qobject_cast<gui::ComposerWindow *>(widget);
    }
    return nullptr;
}

bool save(QWidget *widget, const QString &directory, const QString &name)
{
    settle();
    const QString path = QDir(directory).filePath(name);
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    return p;
}

// What to show of the generated forum: the public categories to follow, and a recent topic
// whose opening posts have a quote, code and a picture.
struct SyncedPicks
{
    QList<qint64> follow;
    qint64 richTopicId = 0;
    int richPostNumber = 1;
};

SyncedPicks pickFromForum(devserver::Server &server)
{
    const devserver::Forum &forum = server.forum();
    SyncedPicks picks;
    for (const devserver::Category &category : forum.categories()) {
        if (!category.readRestricted() && category.id != forum.uncategorizedId())
            picks.follow.append(category.id);
    }
    int best = 0;
    const std::vector<int> &recent = forum.topicsByActivity();
    for (size_t i = 0; i < recent.size() && i < 120; ++i) {
        const devserver::Topic &topic = *forum.topic(recent[i]);
        if (topic.postIds.size() < 3 || topic.postIds.size() > 40)
            continue;
        int score = 0;
        int quotePost = 0;
        for (size_t n = 0; n < topic.postIds.size() && n < 4; ++n) {
            const QString cooked = forum.text(*forum.post(topic.postIds[n])).cooked;
            const bool quote = cooked.contains(u"<aside class=\"quote\""_s);
            score += (quote ? 1 : 0) + (cooked.contains(u"<pre"_s) ? 1 : 0) +
                     (cooked.contains(u"lightbox"_s) ? 1 : 0);
            if (quote && quotePost == 0)
                quotePost = int(n) + 1;
        }
        if (score > best) {
            best = score;
            picks.richTopicId = topic.id;
            picks.richPostNumber = std::max(1, quotePost);
        }
    }
    return picks;
}

// Topic list, thread, digest and search on a cache the sync filled from the devserver.
bool renderSyncedViews(const QString &output)
{
    devserver::ServerThread::Config config;
    config.spec.categories = 12;
    config.spec.topics = 600;
    config.spec.posts = 6000;
    config.spec.seed = 7;
    // The sync's worker and the devserver keep the system clock (the digest's "since", the
    // sync window, the top lists): the forum is generated around the current hour and the
    // app's clock is moved there too, so all of them agree.
    const qint64 hourMs = 3'600'000;
    config.spec.anchorMs = QDateTime::currentMSecsSinceEpoch() / hourMs * hourMs;
    config.settings.limits.enabled = false;
    config.settings.logToStderr = false;
    devserver::ServerThread server(config);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "devserver: %s\n", qPrintable(error));
        return false;
    }
    const SyncedPicks picks = server.invoke([](devserver::Server &s) { return pickFromForum(s); });

    GuiFixture fixture;
    fixture.context().settings().setImagesOnUnmetered(false);
    fixture.context().settings().setSyncOnStart(false);
    const store::Forum forum = fixture.addEmptyForum(server.baseUrl().toString(), picks.follow);
    gui::MainWindow window(fixture.context());
    fixture.clock().advance(std::chrono::milliseconds(config.spec.anchorMs + 20 * 60'000 -
                                                      fixture.clock().nowMs()));
    window.openForum(forum);
    window.resize(1360, 860);
    window.show();
    bool synced = false;
    QObject::connect(window.syncController(), &gui::SyncController::finished,
                     [&synced](const sync::SyncReport &report) {
                         synced = true;
                         if (!report.isComplete())
                             std::fprintf(stderr, "sync: %s\n", qPrintable(report.message));
                     });
    window.syncController()->syncNow(gui::SyncController::Trigger::Person);
    QElapsedTimer timer;
    timer.start();
    while (!synced && timer.elapsed() < 600'000)
        QTest::qWait(50);
    if (!synced) {
        std::fprintf(stderr, "the sync of the generated forum did not finish\n");
        return false;
    }
    std::printf("synced the generated forum at %s\n", qPrintable(server.baseUrl().toString()));
    window.showFollowed();
    settle(500);
    bool ok = true;

    // 1. The followed topics with a thread open.
    window.topicList()->selectTopic(picks.richTopicId);
    window.openTopic(picks.richTopicId, 1);
    ok &= save(&window, output, u"topic-list.png"_s);

    // 2. The thread at its quote (and the code and picture placeholder that follow).
    window.threadView()->jumpToPost(picks.richPostNumber);
    ok &= save(&window, output, u"thread.png"_s);

    // 3. What's new.
    window.showDigest();
    ok &= save(&window, output, u"digest.png"_s);

    // 4. Search.
    window.searchField()->setText(u"tracker sync"_s);
    window.showSearch(u"tracker sync"_s);
    settle(100);
    window.searchView()->list()->setCurrentIndex(window.searchView()->model()->index(0));
    ok &= save(&window, output, u"search.png"_s);
    window.close();
    return ok;
}

// The main window in `language`, reading a topic written in it when the showcase has one.
bool saveInLanguage(const QString &language, const QString &output)
{
    GuiFixture fixture;
    const store::Forum forum = fixture.addShowcaseForum();
    fixture.context().settings().setImagesOnUnmetered(false);
    fixture.context().settings().setSyncOnStart(false);
    if (fixture.context().language().apply(language) != language) {
        std::fprintf(stderr, "outpost-screenshots: no such language: %s\n", qPrintable(language));
        return false;
    }
    gui::MainWindow window(fixture.context());
    window.openForum(forum);
    window.resize(1360, 860);
    window.show();
    settle(500);
    // A French topic (its category 7), an Arabic one (category 10), else the rich English one.
    const qint64 category = language == u"fr"_s ? 7 : language == u"ar"_s ? 10 : 0;
    const qint64 topic = language == u"fr"_s   ? 4020
                         : language == u"ar"_s ? 4026
                                               : ShowcaseForum::richTopicId;
    if (category)
        window.showCategory(category);
    window.topicList()->selectTopic(topic);
    window.openTopic(topic, 1);
    const bool ok = save(&window, output, u"main-window-%1.png"_s.arg(language));
    window.close();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"outpost-screenshots"_s);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(9.5);
    QApplication::setFont(font);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString language;
    if (arguments.size() >= 2 && arguments.first() == u"--lang"_s) {
        language = arguments.at(1);
        arguments = arguments.mid(2);
    }
    const QString output = arguments.value(0, u"."_s);
    QDir().mkpath(output);
    if (!language.isEmpty())
        return saveInLanguage(language, output) ? 0 : 1;
    bool ok = true;

    ok &= renderSyncedViews(output);

    GuiFixture fixture;
    const store::Forum forum = fixture.addShowcaseForum();
    // Pictures wait for a click in these pictures, so the placeholder shows.
    fixture.context().settings().setImagesOnUnmetered(false);
    fixture.context().settings().setSyncOnStart(false);

    {
        gui::MainWindow window(fixture.context());
        window.openForum(forum);
        window.resize(1360, 860);
        window.show();
        settle(500);

        // 5. Offline: still reading; the sync waits for the connection.
        window.searchField()->clear();
        window.showCategory(21);
        window.openTopic(4003);
        fixture.network().setState(NetworkState::Offline);
        window.syncController()->syncNow(gui::SyncController::Trigger::Person);
        ok &= save(&window, output, u"offline.png"_s);
        fixture.context().settings().setSyncWhenLinkReturns(false);
        fixture.network().setState(NetworkState::Online);

        // 6. The composer: a reply written offline, with its preview.
        fixture.network().setState(NetworkState::Offline);
        window.showFollowed();
        window.topicList()->selectTopic(ShowcaseForum::richTopicId);
        window.openTopic(ShowcaseForum::richTopicId, 1);
        window.actions()->replyToTopic->trigger();
        settle(300);
        gui::ComposerWindow *composer = openComposer();
        if (composer) {
            composer->resize(980, 620);
            auto *editor = composer->findChild<QPlainTextEdit *>(u"composerEditor"_s);
            editor->setPlainText(
                    u"Thanks @amina_d, **that fixed it**. For anyone who finds this later:\n\n"
                    "1. Open *Maintenance* and clear the application cache.\n"
                    "2. Run the analytics tables export again for the last 12 months.\n\n"
                    "```\nGET /api/analytics?dimension=dx:Uvn6LCg7dVU&dimension=pe:LAST_12_MONTHS\n"
                    "```\n\nThe district totals match the facility reports now :tada:"_s);
            editor->moveCursor(QTextCursor::End);
            composer->refreshPreview();
            ok &= save(composer, output, u"composer.png"_s);
            composer->close();
        } else {
            std::fprintf(stderr, "the composer did not open\n");
            ok = false;
        }

        // 7. The outbox: what waits, what was sent, what needs the person.
        {
            outbox::Outbox box(fixture.context().profile().userDatabase(), fixture.clock(),
                               forum.id);
            store::OutboxRepository repository(fixture.context().profile().userDatabase(),
                                               fixture.clock());
            const store::OutboxItem sent = box.queueReply(
                    4003, u"Same here on 2.39: clearing the cache and re-running the export "
                          "fixed the totals."_s);
            repository.markSent(sent.id, 99'001, 4003);
            box.queueNewTopic(21, u"Tracker program rules not firing on Android 2.9"_s,
                              u"Since the upgrade, program rules that hide a section do not "
                              "fire in the Android app. Has anyone seen this?"_s);
            const store::OutboxItem refused = box.queueReply(4012, u"+1"_s);
            repository.markNeedsAttention(refused.id,
                                          u"Body is too short (minimum is 20 characters)"_s,
                                          store::OutboxProblem::TooShort);
            window.outboxController()->reload();
            window.actions()->showOutbox->trigger();
            window.resizeDocks({window.writingDock()}, {560}, Qt::Horizontal);
            settle(300);
            window.writingDock()->outboxView()->selectItem(refused.id);
            ok &= save(&window, output, u"outbox.png"_s);
            window.writingDock()->hide();
        }
        fixture.network().setState(NetworkState::Online);

        // 8. Dark palette, right-to-left topic in Arabic.
        QApplication::setPalette(darkPalette());
        window.showCategory(10);
        window.openTopic(4026);
        ok &= save(&window, output, u"dark-arabic.png"_s);
        QApplication::setPalette(QApplication::style()->standardPalette());
        window.close();
    }
    {
        GuiFixture fresh;
        gui::MainWindow window(fresh.context());
        window.resize(1100, 700);
        window.show();
        gui::FirstRunWizard *wizard = window.startFirstRun();
        settle(300);
        ok &= save(wizard, output, u"first-run.png"_s);
    }
    return ok ? 0 : 1;
}
