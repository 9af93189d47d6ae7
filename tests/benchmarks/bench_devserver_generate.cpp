// How long the devserver takes to build a CoP-sized forum, and what the forum looks like.
// Full size: categories=40,topics=50000,posts=300000. OUTPOST_BENCH_SMOKE=1: a tiny forum.
#include "devserver/Forum.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace devserver;

class BenchDevserverGenerate : public QObject
{
    Q_OBJECT

private slots:
    void generateCopSizedForum()
    {
        const bool smoke = qEnvironmentVariableIntValue("OUTPOST_BENCH_SMOKE") == 1;
        const QString specText = smoke ? QStringLiteral("categories=8,topics=300,posts=2000")
                                       : QStringLiteral("categories=40,topics=50000,posts=300000");
        QString error;
        std::optional<GenerateSpec> spec = GenerateSpec::parse(specText, &error);
        QVERIFY2(spec, qPrintable(error));
        spec->seed = 7;

        QElapsedTimer timer;
        timer.start();
        const Forum forum = Forum::generate(*spec);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;

        std::vector<int> sizes;
        for (int id = 1; id <= forum.maxTopicId(); ++id)
            sizes.push_back(int(forum.topic(id)->postIds.size()));
        std::sort(sizes.begin(), sizes.end());
        const auto upTo10 =
                std::count_if(sizes.begin(), sizes.end(), [](int n) { return n <= 10; });
        const auto over1000 =
                std::count_if(sizes.begin(), sizes.end(), [](int n) { return n >= 1000; });

        timer.restart();
        qint64 cookedBytes = 0;
        const int sample = std::min(forum.maxPostId(), 2000);
        for (int id = 1; id <= sample; ++id)
            cookedBytes += forum.text(*forum.post(id)).cooked.toUtf8().size();
        const double renderMs = double(timer.nsecsElapsed()) / 1e6;

        std::printf("devserver generate %s seed 7: %.3f s\n", qPrintable(specText), seconds);
        std::printf("  users %zu, categories %zu, topics %d, posts %d\n", forum.users().size() - 1,
                    forum.categories().size(), forum.maxTopicId(), forum.maxPostId());
        std::printf(
                "  topic sizes: median %d, <=10 posts %.1f%%, largest %d, with 1000+ posts %lld\n",
                sizes[sizes.size() / 2], 100.0 * double(upTo10) / double(sizes.size()),
                sizes.back(), qint64(over1000));
        std::printf("  rendering %d posts on demand: %.1f ms (%.1f KB cooked HTML)\n", sample,
                    renderMs, double(cookedBytes) / 1024.0);
        std::fflush(stdout);
        QCOMPARE(forum.maxPostId(), spec->posts);
    }
};

QTEST_GUILESS_MAIN(BenchDevserverGenerate)
#include "bench_devserver_generate.moc"
