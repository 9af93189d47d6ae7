#include "GuiBenchApp.h"

#include "AppCommandLine.h"
#include "AppContext.h"
#include "AppLanguage.h"
#include "AppSettings.h"
#include "AppStartup.h"
#include "Clock.h"
#include "models/SearchResultsModel.h"
#include "models/TopicListModel.h"
#include "store/Profile.h"
#include "views/MainWindow.h"
#include "views/SearchView.h"
#include "views/ThreadView.h"
#include "views/TopicListView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace outpost::bench {

namespace {

// Waits until a widget inside `scope` is painted while `ready()` holds. Painting happens
// when the event loop turns, so the wait ends once that paint (and the rest of the same
// repaint) is done: the moment a person sees it.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QObject *parent = nullptr)
        : QObject(parent)
    {
        qApp->installEventFilter(this);
    }

    // Returns false when nothing was painted within `timeoutMs`.
    bool wait(QWidget *scope, std::function<bool()> ready, int timeoutMs = 10'000)
    {
        m_scope = scope;
        m_ready = std::move(ready);
        m_painted = false;
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        m_loop = nullptr;
        m_scope = nullptr;
        return m_painted;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_loop && !m_painted && event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if ((widget == m_scope || m_scope->isAncestorOf(widget)) && m_ready()) {
                m_painted = true;
                m_loop->quit();
            }
        }
        return false;
    }

private:
    QWidget *m_scope = nullptr;
    std::function<bool()> m_ready;
    QEventLoop *m_loop = nullptr;
    bool m_painted = false;
};

// main() of the app, up to the shown window: the same classes in the same order.
struct StartedApp
{
    std::unique_ptr<QApplication> app;
    std::unique_ptr<gui::AppContext> context;
    std::unique_ptr<gui::MainWindow> window;
};

StartedApp startApp(int &argc, char **argv, const QString &profileDirectory)
{
    QCoreApplication::setApplicationName(u"outpost"_s);
    QString out;
    QString err;
    const auto parsed = gui::AppCommandLine::parse({u"outpost"_s, u"--profile"_s, profileDirectory},
                                                   &out, &err);
    const gui::AppOptions options = std::get<gui::AppOptions>(parsed);
    StartedApp started;
    started.app = std::make_unique<QApplication>(argc, argv);
    QApplication::setApplicationDisplayName(u"Outpost"_s);
    started.context = std::make_unique<gui::AppContext>(
            store::Profile::open(options.profileDirectory), std::make_unique<SystemClock>(),
            new SystemNetworkMonitor);
    started.context->language().apply(started.context->settings().language());
    QString error;
    started.window = gui::AppStartup::start(*started.context, options, &error);
    if (!started.window) {
        std::fprintf(stderr, "bench_gui: %s\n", qPrintable(error));
        std::exit(2);
    }
    started.window->resize(1280, 800);
    started.window->show();
    return started;
}

bool waitForTopicList(PaintWatch &watch, gui::MainWindow &window)
{
    gui::TopicListView *topics = window.topicList();
    return watch.wait(topics->list()->viewport(),
                      [topics] { return topics->model()->rowCount() > 0; });
}

void line(const char *key, const QString &value)
{
    std::printf("%s %s\n", key, qPrintable(value));
    std::fflush(stdout);
}

qint64 statusKiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &row : status.readAll().split('\n')) {
        if (row.startsWith(prefix))
            return row.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Scrolls a thread to its end a screen at a time, letting it load pages as it goes.
void readToEnd(gui::ThreadView *thread)
{
    QScrollBar *bar = thread->verticalScrollBar();
    for (int step = 0; step < 40 && bar->value() < bar->maximum(); ++step) {
        bar->setValue(bar->value() + std::max(bar->pageStep(), 200) * 3);
        QTest::qWait(5);
    }
}

} // namespace

int guiStartChild(int argc, char **argv, const QString &profile)
{
    QElapsedTimer inMain;
    inMain.start();
    StartedApp started = startApp(argc, argv, profile);
    PaintWatch watch;
    if (!waitForTopicList(watch, *started.window)) {
        std::fprintf(stderr, "bench_gui: the topic list never showed a topic\n");
        return 1;
    }
    line("ready", {});
    line("in_main_ms", QString::number(msSince(inMain), 'f', 1));
    line("topics_listed", QString::number(started.window->topicList()->model()->rowCount()));
    return 0;
}

int guiBrowseChild(int argc, char **argv, const QString &profile, const QList<qint64> &longIds,
                   const QList<qint64> &browseIds, const QStringList &queries)
{
    StartedApp started = startApp(argc, argv, profile);
    gui::MainWindow &window = *started.window;
    PaintWatch watch;
    if (!waitForTopicList(watch, window)) {
        std::fprintf(stderr, "bench_gui: the topic list never showed a topic\n");
        return 1;
    }
    QTest::qWait(200); // let the start's deferred work (cache check, counts) settle

    // 1. Long threads to the first screen of posts.
    gui::ThreadView *thread = window.threadView();
    for (qint64 id : longIds) {
        QElapsedTimer timer;
        timer.start();
        window.openTopic(id);
        const bool shown = watch.wait(thread->viewport(), [thread, id] {
            return thread->topicId() == id && thread->postWidgetCount() > 0;
        });
        line("thread", u"%1 %2"_s.arg(id).arg(shown ? msSince(timer) : -1.0, 0, 'f', 2));
        QTest::qWait(50);
    }

    // 2. Search as you type: each keystroke to its results on screen.
    QLineEdit *field = window.searchField();
    gui::SearchView *search = window.searchView();
    bool searched = false;
    QObject::connect(search->model(), &gui::SearchResultsModel::searched,
                     [&searched](const QString &, int) { searched = true; });
    for (const QString &query : queries) {
        field->setFocus();
        for (const QChar c : query) {
            searched = false;
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(field, c.toLatin1());
            const bool shown = watch.wait(search, [&searched] { return searched; });
            line("key", u"%1 %2 %3"_s.arg(shown ? msSince(timer) : -1.0, 0, 'f', 2)
                                .arg(search->model()->rowCount())
                                .arg(field->text()));
            QTest::qWait(30); // a fast typist: ~ 15 keys a second with the work above
        }
        QTest::keyClick(field, Qt::Key_Escape);
        QTest::qWait(50);
    }

    // 3. Browsing: 50 threads opened and read to the end, then the memory.
    int opened = 0;
    for (qint64 id : browseIds) {
        if (opened == 50)
            break;
        window.openTopic(id);
        watch.wait(
                thread->viewport(), [thread, id] { return thread->topicId() == id; }, 5000);
        readToEnd(thread);
        ++opened;
    }
    QTest::qWait(200);
    line("browsed", QString::number(opened));
    line("rss_kib", QString::number(statusKiB("VmRSS")));
    line("hwm_kib", QString::number(statusKiB("VmHWM")));
    window.close();
    return 0;
}

} // namespace outpost::bench
