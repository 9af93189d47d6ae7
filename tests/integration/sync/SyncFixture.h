#pragma once

// A devserver on loopback (its own thread) and a profile in a temporary directory, with the
// real CurlTransport and real SQLite files: what the core's sync integration tests run on.

#include "devserver/ServerThread.h"
#include "store/UserTypes.h"
#include "sync/SyncTypes.h"

#include <QSet>
#include <QTemporaryDir>

#include <memory>

namespace outpost::synctest {

// What the forum holds for a sync: the topics a sync of `categoryIds` (and their direct
// subcategories) should cache in full, with the ids of their visible posts.
struct ExpectedForum
{
    QHash<qint64, QList<qint64>> postsByTopic; // in post number order
    qint64 postCount() const;
};

class SyncFixture
{
public:
    struct Options
    {
        QString spec = QStringLiteral("categories=15,topics=150,posts=1100");
        quint64 seed = 1;
        bool rateLimits = false;
        int windowDays = 3650; // every generated topic is inside it
        bool signedIn = true;
    };

    explicit SyncFixture(Options options);
    SyncFixture()
        : SyncFixture(Options{})
    {}
    ~SyncFixture();

    // Starts the devserver, makes the profile with the forum, mints a key. Returns false and
    // says why when something failed.
    bool start(QString *error);

    devserver::ServerThread &server() { return *m_server; }
    template <typename F>
    auto onServer(F &&function)
    {
        return m_server->invoke(std::forward<F>(function));
    }

    const store::Forum &forum() const { return m_forum; }
    QString profileDir() const { return m_dir.path(); }
    QString cachePath() const;
    int userId() const { return m_userId; }

    void follow(const QList<qint64> &categoryIds);
    // Public top-level categories that have subcategories, and one without: a realistic mix.
    QList<qint64> publicCategoriesWithTopics(int count);

    sync::SyncEnvironment environment() const;
    sync::SyncReport sync(const sync::SyncRequest &request = {},
                          const CancelToken &cancel = CancelToken());

    // Another profile on the same forum with the same follows (e.g. for a clean sync to
    // compare with); its cache is cachePathOf(dir).
    sync::SyncEnvironment environmentFor(const QString &profileDir, const QList<qint64> &followed);
    static QString cachePathOf(const QString &profileDir, qint64 forumId = 1);

    // What a complete sync of the followed categories must cache, read from the server.
    ExpectedForum expected(const QList<qint64> &categoryIds) const;

    // The server's request log from `sinceSeq` on (control calls are never in it).
    QList<devserver::RequestRecord> requestsSince(quint64 sinceSeq);
    quint64 lastRequestSeq();

private:
    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<devserver::ServerThread> m_server;
    store::Forum m_forum;
    QByteArray m_key;
    int m_userId = 0;
};

} // namespace outpost::synctest
