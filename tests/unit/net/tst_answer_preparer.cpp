#include "RunnerRig.h"
#include "net/AnswerPreparer.h"

#include <QTest>

#include <atomic>
#include <latch>
#include <mutex>
#include <thread>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::net;
using namespace outpost::test;
using Kind = RunOutcome::Kind;

// Parsing answers on a worker thread while the runner's thread writes earlier ones.
class TestAnswerPreparer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void takeGivesTheResultOfItsOwnWork()
    {
        AnswerPreparer preparer;
        preparer.submit(1, [] { return std::any(u"one"_s); });
        preparer.submit(2, [] { return std::any(u"two"_s); });
        QCOMPARE(std::any_cast<QString>(*preparer.take(2)), u"two"_s);
        QCOMPARE(std::any_cast<QString>(*preparer.take(1)), u"one"_s);
        QVERIFY(!preparer.take(1)); // taken once
        QVERIFY(!preparer.take(3)); // never submitted
    }

    void whatTheWorkThrowsReachesTheTaker()
    {
        AnswerPreparer preparer;
        preparer.submit(1, []() -> std::any { throw std::runtime_error("bad answer"); });
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, preparer.take(1));
    }

    // Work the worker has not started is done by the one who wants it, not waited for.
    void workNotStartedIsDoneByTheTaker()
    {
        AnswerPreparer preparer;
        std::latch busy(1);
        std::latch release(1);
        preparer.submit(1, [&] {
            busy.count_down();
            release.wait();
            return std::any(1);
        });
        busy.wait(); // the worker is inside job 1
        std::atomic<std::thread::id> ranOn;
        preparer.submit(2, [&] {
            ranOn = std::this_thread::get_id();
            return std::any(2);
        });
        QCOMPARE(std::any_cast<int>(*preparer.take(2)), 2);
        QCOMPARE(ranOn.load(), std::this_thread::get_id());
        release.count_down();
        QCOMPARE(std::any_cast<int>(*preparer.take(1)), 1);
    }

    void discardedWorkIsNeitherDoneNorReturned()
    {
        AnswerPreparer preparer;
        std::latch busy(1);
        std::latch release(1);
        std::atomic<bool> ran = false;
        preparer.submit(1, [&] {
            busy.count_down();
            release.wait();
            return std::any();
        });
        busy.wait();
        preparer.submit(2, [&] {
            ran = true;
            return std::any();
        });
        preparer.discard(2);
        release.count_down();
        QVERIFY(!preparer.take(2));
        QVERIFY(preparer.take(1));
        QVERIFY(!ran);
    }

    // Through the runner: every handler gets what was prepared from its own answer; answers
    // that are retried are never prepared; a failed answer is prepared on the runner's thread.
    void theRunnerHandsEachAnswerItsPreparedResult()
    {
        Rig rig(seeded(4));
        rig.transport.setResponder([](const HttpRequest &request, int attempt) {
            const QString path = request.url.path();
            if (path == u"/flaky.json"_s && attempt == 1)
                return FakeTransport::status(503, "busy", 10ms);
            if (path == u"/gone.json"_s)
                return FakeTransport::status(404, "gone", 10ms);
            return FakeTransport::ok(path.toUtf8(), 10ms);
        });
        std::mutex mutex;
        QList<int> preparedStatuses;
        QStringList handled;
        const std::thread::id runnerThread = std::this_thread::get_id();
        bool failedPreparedElsewhere = false;
        const QStringList paths{u"/a.json"_s, u"/b.json"_s, u"/flaky.json"_s, u"/gone.json"_s,
                                u"/c.json"_s};
        for (const QString &path : paths) {
            rig.runner.enqueue(
                    get(path), 0,
                    [&](const HttpResponse &response) {
                        const std::lock_guard lock(mutex);
                        preparedStatuses.append(response.status);
                        if (!response.isSuccess() && std::this_thread::get_id() != runnerThread)
                            failedPreparedElsewhere = true;
                        return std::any(u"prepared "_s + QString::fromUtf8(response.body));
                    },
                    [&handled, path](HttpResponse response, std::any prepared) {
                        QCOMPARE(std::any_cast<QString>(prepared),
                                 u"prepared "_s + QString::fromUtf8(response.body));
                        handled.append(path);
                    });
        }
        QCOMPARE(rig.runner.run().kind, Kind::Completed);
        QCOMPARE(handled.size(), paths.size());
        QVERIFY(!preparedStatuses.contains(503));
        QCOMPARE(preparedStatuses.count(404), 1);
        QVERIFY(!failedPreparedElsewhere);
    }
};

QTEST_GUILESS_MAIN(TestAnswerPreparer)
#include "tst_answer_preparer.moc"
