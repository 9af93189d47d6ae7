#pragma once

// What a GUI test needs to put a real main window on a real profile: a temporary profile
// folder, a forum in it with a filled cache, and an AppContext with a FakeNetworkMonitor and a
// FakeClock fixed at ShowcaseForum::now(). Links "opened in the browser" are recorded.

#include "AppContext.h"
#include "NetworkState.h"
#include "store/UserTypes.h"

#include <QList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace outpost {
class FakeClock;
}

namespace outpost::testing {

class GuiFixture
{
public:
    // An empty profile in a fresh temporary folder.
    GuiFixture();
    // A profile in `directory` (kept): for reopening the same profile in a second window.
    explicit GuiFixture(const QString &directory);
    ~GuiFixture();

    const QString &directory() const { return m_directory; }
    gui::AppContext &context() { return *m_context; }
    FakeNetworkMonitor &network() { return *m_network; }
    FakeClock &clock() { return *m_clock; }
    // Addresses the app asked the system browser to open.
    const QList<QUrl> &openedUrls() const { return *m_opened; }

    // Adds a forum and fills its cache with ShowcaseForum; follows its followed categories.
    store::Forum
    addShowcaseForum(const QString &baseUrl = QStringLiteral("https://community.example.org"));
    // Adds a forum with an empty cache.
    store::Forum addEmptyForum(const QString &baseUrl, const QList<qint64> &follow = {});
    // Adds a forum filled with the benchmark's synthetic forum (plain posts; topic ids
    // 1..topics, category ids 1..categories, all followed). `bigTopicPosts` > 0 makes topic 1
    // that long.
    store::Forum addSyntheticForum(int topics, int postsPerTopic, int categories,
                                   int bigTopicPosts = 0);

    // Closes the context (and its database connections) so the folder can be reopened.
    void reset();

private:
    void build();

    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_directory;
    std::unique_ptr<gui::AppContext> m_context;
    FakeNetworkMonitor *m_network = nullptr;
    FakeClock *m_clock = nullptr;
    std::shared_ptr<QList<QUrl>> m_opened;
};

} // namespace outpost::testing
