// Renders the main views of the app into PNG files for the README (render-screenshots.sh runs
// it): the real MainWindow on a showcase forum, offscreen, with a fixed clock.
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
#include "controllers/SyncController.h"
#include "views/CategoryTreeView.h"
#include "views/FirstRunWizard.h"
#include "views/MainWindow.h"
#include "views/SearchView.h"
#include "views/ThreadView.h"
#include "views/TopicListView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
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

        // 1. The followed topics with the rich topic open.
        window.topicList()->selectTopic(ShowcaseForum::richTopicId);
        window.openTopic(ShowcaseForum::richTopicId, 1);
        ok &= save(&window, output, u"topic-list.png"_s);

        // 2. The thread, scrolled to the quote and the code.
        window.threadView()->jumpToPost(2);
        window.threadView()->verticalScrollBar()->setValue(
                window.threadView()->verticalScrollBar()->value() - 40);
        ok &= save(&window, output, u"thread.png"_s);

        // 3. What's new.
        window.showDigest();
        window.openTopic(ShowcaseForum::partlyReadTopicId);
        ok &= save(&window, output, u"digest.png"_s);

        // 4. Search.
        window.searchField()->setText(u"enrollment date"_s);
        window.showSearch(u"enrollment date"_s);
        settle(100);
        window.searchView()->list()->setCurrentIndex(window.searchView()->model()->index(0));
        ok &= save(&window, output, u"search.png"_s);

        // 5. Offline: still reading; the sync waits for the connection.
        window.searchField()->clear();
        window.showCategory(21);
        window.openTopic(4003);
        fixture.network().setState(NetworkState::Offline);
        window.syncController()->syncNow(gui::SyncController::Trigger::Person);
        ok &= save(&window, output, u"offline.png"_s);
        fixture.context().settings().setSyncWhenLinkReturns(false);
        fixture.network().setState(NetworkState::Online);

        // 6. Dark palette, right-to-left topic in Arabic.
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
