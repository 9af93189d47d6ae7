#include "discourse/SessionAnswer.h"

#include <QTest>

using namespace outpost;
using namespace outpost::discourse;
using Verdict = SessionAnswer::Verdict;

namespace {

net::HttpResponse answer(int status, QByteArray body,
                         net::TransferError error = net::TransferError::None)
{
    net::HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    response.error = error;
    return response;
}

const QByteArray kUser = R"({"current_user": {"id": 42, "username": "amina",
  "watched_category_ids": [12], "tracked_category_ids": [4]}})";

} // namespace

class TestSessionAnswer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("verdict");
        const int none = int(net::TransferError::None);
        const QByteArray invalidAccess =
                R"({"errors":["You are not permitted to view the requested resource."],
                   "error_type":"invalid_access"})";
        QTest::newRow("signed in") << 200 << kUser << none << int(Verdict::Accepted);
        QTest::newRow("revoked key") << 403 << invalidAccess << none << int(Verdict::Refused);
        QTest::newRow("unauthorised") << 401 << QByteArray() << none << int(Verdict::Refused);
        QTest::newRow("counted as anonymous") << 404 << QByteArray(R"({"errors":["not found"]})")
                                              << none << int(Verdict::Refused);
        QTest::newRow("server error")
                << 502 << QByteArray("<html>Bad gateway</html>") << none << int(Verdict::Failed);
        QTest::newRow("rate limited") << 429 << QByteArray() << none << int(Verdict::Failed);
        QTest::newRow("link down") << 0 << QByteArray() << int(net::TransferError::Connect)
                                   << int(Verdict::NotAnswered);
        QTest::newRow("cancelled") << 0 << QByteArray() << int(net::TransferError::Cancelled)
                                   << int(Verdict::NotAnswered);
        // A 403 body that arrived cut still says "refused": the status decides, not the body.
        QTest::newRow("refused, cut body")
                << 403 << QByteArray(R"({"errors":[)") << none << int(Verdict::Refused);
        QTest::newRow("captive portal")
                << 200 << QByteArray("<!DOCTYPE html><html>Sign in to the Wi-Fi</html>") << none
                << int(Verdict::Unreadable);
        QTest::newRow("no username")
                << 200 << QByteArray(R"({"current_user": {"id": 42, "username": ""}})") << none
                << int(Verdict::Unreadable);
    }

    void verdicts()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, error);
        QFETCH(int, verdict);
        const SessionAnswer result =
                readSessionAnswer(answer(status, body, net::TransferError(error)));
        QCOMPARE(int(result.verdict), verdict);
        if (result.verdict == Verdict::Unreadable)
            QVERIFY(!result.error.toString().isEmpty());
        if (result.verdict != Verdict::Accepted)
            QVERIFY(result.user.username.isEmpty());
    }

    void theAcceptedAnswerCarriesTheUser()
    {
        const SessionAnswer result = readSessionAnswer(answer(200, kUser));
        QCOMPARE(result.verdict, Verdict::Accepted);
        QCOMPARE(result.user.username, QStringLiteral("amina"));
        QCOMPARE(result.user.id, 42);
        QCOMPARE(result.user.watchedCategoryIds, QList<qint64>{12});
        QCOMPARE(result.user.trackedCategoryIds, QList<qint64>{4});
    }
};

QTEST_GUILESS_MAIN(TestSessionAnswer)
#include "tst_session_answer.moc"
