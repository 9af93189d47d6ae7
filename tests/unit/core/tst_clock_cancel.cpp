#include "CancelToken.h"
#include "Clock.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace std::chrono_literals;

class TestClockCancel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fakeClockAdvancesOnSleep()
    {
        outpost::FakeClock clock(1000);
        outpost::CancelToken cancel;
        QVERIFY(clock.sleepFor(250ms, cancel));
        QCOMPARE(clock.nowMs(), 1250);
        QCOMPARE(clock.sleptMs(), 250);
    }

    void fakeClockRefusesToSleepWhenCancelled()
    {
        outpost::FakeClock clock(0);
        outpost::CancelToken cancel;
        cancel.cancel();
        QVERIFY(!clock.sleepFor(1s, cancel));
        QCOMPARE(clock.nowMs(), 0);
    }

    void cancelWakesASleepingWorker()
    {
        outpost::SystemClock clock;
        outpost::CancelToken cancel;
        bool completed = true;
        QElapsedTimer timer;
        timer.start();
        std::thread worker([&] { completed = clock.sleepFor(30s, cancel); });
        std::this_thread::sleep_for(20ms);
        cancel.cancel();
        worker.join();
        QVERIFY(!completed);
        // Woken by the cancel, not by the 30 s timeout.
        QVERIFY(timer.elapsed() < 10'000);
    }

    void copiesShareState()
    {
        outpost::CancelToken a;
        outpost::CancelToken b = a;
        QVERIFY(!b.isCancelled());
        a.cancel();
        QVERIFY(b.isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestClockCancel)
#include "tst_clock_cancel.moc"
