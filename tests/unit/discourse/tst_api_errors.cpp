#include "discourse/ApiErrors.h"

#include <QTest>

using namespace outpost;
using namespace outpost::discourse;

namespace {

QList<net::HttpHeader> headers(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QList<net::HttpHeader> result;
    for (const auto &[name, value] : list)
        result.append({QByteArray(name), QByteArray(value)});
    return result;
}

} // namespace

class TestApiErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rateLimitFromRails()
    {
        const QByteArray body =
                R"({"errors":["You’ve performed this action too many times. Please wait 42 seconds before trying again."],
            "error_type":"rate_limit","extras":{"wait_seconds":42,"time_left":"42 seconds"}})";
        const ApiError e = parseApiError(
                429,
                headers({{"Retry-After", "42"},
                         {"discourse-rate-limit-error-code", "user_api_key_limiter_60_secs"}}),
                body);
        QCOMPARE(e.status, 429);
        QCOMPARE(e.errorType, QStringLiteral("rate_limit"));
        QCOMPARE(e.waitSeconds, std::optional<int>(42));
        QCOMPARE(e.rateLimitCode, QStringLiteral("user_api_key_limiter_60_secs"));
        QCOMPARE(e.errors.size(), 1);
        QCOMPARE(classifyRefusal(e), RefusalKind::RateLimited);
        QVERIFY(isRetryableLater(e));
        QCOMPARE(
                describeForPeople(e),
                QStringLiteral("The forum asked Outpost to slow down. Try again in 42 second(s)."));
    }

    void retryAfterWinsOverExtras()
    {
        const ApiError e =
                parseApiError(429, headers({{"Retry-After", "7"}}),
                              R"({"error_type":"rate_limit","extras":{"wait_seconds":60}})");
        QCOMPARE(e.waitSeconds, std::optional<int>(7));
        const ApiError extrasOnly = parseApiError(
                429, {}, R"({"error_type":"rate_limit","extras":{"wait_seconds":125.2}})");
        QCOMPARE(extrasOnly.waitSeconds, std::optional<int>(126));
        QVERIFY(describeForPeople(extrasOnly).contains(QStringLiteral("3 minute")));
        const ApiError day = parseApiError(429, headers({{"Retry-After", "20000"}}), {});
        QVERIFY(describeForPeople(day).contains(QStringLiteral("6 hour")));
    }

    void perIpLimiterPlainText()
    {
        const QByteArray body =
                "Slow down, you're making too many requests.\nPlease retry again in 7 seconds.\n"
                "Error code: ip_10_secs_limit.\n";
        const ApiError withHeader =
                parseApiError(429,
                              headers({{"Retry-After", "7"},
                                       {"Discourse-Rate-Limit-Error-Code", "ip_10_secs_limit"}}),
                              body);
        QCOMPARE(withHeader.waitSeconds, std::optional<int>(7));
        QCOMPARE(withHeader.rateLimitCode, QStringLiteral("ip_10_secs_limit"));
        QCOMPARE(withHeader.detail, QStringLiteral("Slow down, you're making too many requests."));
        QVERIFY(withHeader.errors.isEmpty());
        QCOMPARE(classifyRefusal(withHeader), RefusalKind::RateLimited);

        const ApiError withoutHeader = parseApiError(429, {}, body);
        QCOMPARE(withoutHeader.waitSeconds, std::optional<int>(7));
    }

    void nginxRateLimitHasNoRetryAfter()
    {
        const ApiError e = parseApiError(
                429, {},
                "<html><head><title>429 Too Many Requests</title></head><body></body></html>");
        QVERIFY(e.htmlPage);
        QCOMPARE(e.detail, QStringLiteral("429 Too Many Requests"));
        QVERIFY(!e.waitSeconds);
        QCOMPARE(classifyRefusal(e), RefusalKind::RateLimited);
        QVERIFY(describeForPeople(e).contains(QStringLiteral("in a little while")));
    }

    void proxyErrorPages()
    {
        const QByteArray page =
                "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n";
        const ApiError e = parseApiError(502, {}, page);
        QVERIFY(e.htmlPage);
        QCOMPARE(e.detail, QStringLiteral("502 Bad Gateway"));
        QVERIFY(isRetryableLater(e));
        QCOMPARE(classifyRefusal(e), RefusalKind::Other);
        QCOMPARE(
                describeForPeople(e),
                QStringLiteral("The forum's server is not answering properly right now (HTTP 502). "
                               "Try again later."));

        const ApiError heading =
                parseApiError(503, {}, "<html><body><h1>Service &amp; Unavailable</h1>");
        QCOMPARE(heading.detail, QStringLiteral("Service & Unavailable"));
    }

    void readOnlyMode()
    {
        const ApiError e = parseApiError(
                503, {},
                R"({"errors":["The site is in read only mode. Interactions are disabled."],"error_type":"read_only"})");
        QCOMPARE(e.errorType, QStringLiteral("read_only"));
        QVERIFY(isRetryableLater(e));
        QVERIFY(describeForPeople(e).contains(QStringLiteral("read-only mode")));
    }

    void invalidAccess()
    {
        const ApiError e = parseApiError(
                403, {},
                R"({"errors":["You are not permitted to view the requested resource."],"error_type":"invalid_access"})");
        QCOMPARE(classifyRefusal(e), RefusalKind::NoPermission);
        QVERIFY(!isRetryableLater(e));
        QCOMPARE(describeForPeople(e),
                 QStringLiteral("The forum refused your sign-in key; sign in again."));
    }

    void notFound()
    {
        const ApiError e = parseApiError(
                404, {},
                R"({"errors":["The requested URL or resource could not be found."],"error_type":"not_found"})");
        QCOMPARE(classifyRefusal(e), RefusalKind::NotFound);
        QVERIFY(describeForPeople(e).contains(QStringLiteral("could not find")));
        // /session/current.json answers 404 with an empty body when not signed in.
        const ApiError empty = parseApiError(404, {}, {});
        QCOMPARE(classifyRefusal(empty), RefusalKind::NotFound);
        QVERIFY(empty.errors.isEmpty());
        QVERIFY(empty.detail.isEmpty());
    }

    void deletedTopic()
    {
        const ApiError e = parseApiError(
                410, {},
                R"({"errors":["Oops! This topic has been deleted and is no longer available."],"error_type":"deleted_topic"})");
        QCOMPARE(classifyRefusal(e), RefusalKind::TopicClosedOrDeleted);
    }

    void postValidationRefusals_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("sentencePart");
        QTest::newRow("too similar")
                << QStringLiteral("Body is too similar to what you recently posted")
                << int(RefusalKind::TooSimilar) << QStringLiteral("repeat of something");
        QTest::newRow("title used") << QStringLiteral("Title has already been used")
                                    << int(RefusalKind::TooSimilar) << QStringLiteral("repeat");
        QTest::newRow("title short")
                << QStringLiteral("Title is too short (minimum is 15 characters)")
                << int(RefusalKind::TooShort) << QStringLiteral("too short");
        QTest::newRow("body short")
                << QStringLiteral("Body is too short (minimum is 20 characters)")
                << int(RefusalKind::TooShort) << QStringLiteral("too short");
        QTest::newRow("blank") << QStringLiteral("Body can't be blank")
                               << int(RefusalKind::TooShort) << QStringLiteral("too short");
        QTest::newRow("closed")
                << QStringLiteral("Something has gone wrong. Perhaps this topic was closed or "
                                  "deleted while you were looking at it?")
                << int(RefusalKind::TopicClosedOrDeleted) << QStringLiteral("closed or deleted");
        QTest::newRow("new user replies")
                << QStringLiteral("We're sorry, but new users are temporarily limited to 3 replies "
                                  "in the same topic.")
                << int(RefusalKind::NewUserLimit) << QStringLiteral("new members");
        QTest::newRow("new user links")
                << QStringLiteral("Sorry, new users can only put 2 links in a post.")
                << int(RefusalKind::NewUserLimit) << QStringLiteral("new members");
        QTest::newRow("new user mentions")
                << QStringLiteral("Sorry, new users can't mention other users.")
                << int(RefusalKind::NewUserLimit) << QStringLiteral("new members");
        QTest::newRow("suspended")
                << QStringLiteral("Suspended users are not allowed to post.")
                << int(RefusalKind::NoPermission) << QStringLiteral("did not allow");
        QTest::newRow("links") << QStringLiteral("Sorry, you can't include links in your posts.")
                               << int(RefusalKind::NoPermission) << QStringLiteral("did not allow");
        QTest::newRow("too quickly") << QStringLiteral("You’re replying a bit too quickly. Please "
                                                       "wait 4 seconds before trying again.")
                                     << int(RefusalKind::RateLimited) << QStringLiteral("wait");
        QTest::newRow("slow mode") << QStringLiteral("This topic is in slow mode.")
                                   << int(RefusalKind::RateLimited) << QStringLiteral("wait");
        QTest::newRow("unknown") << QStringLiteral("Something else entirely")
                                 << int(RefusalKind::Other) << QStringLiteral("did not accept");
        QTest::newRow("other language")
                << QStringLiteral("Le corps est trop similaire à ce que vous avez posté récemment")
                << int(RefusalKind::Other) << QStringLiteral("did not accept");
    }

    void postValidationRefusals()
    {
        QFETCH(QString, message);
        QFETCH(int, kind);
        QFETCH(QString, sentencePart);
        const QByteArray json = QByteArrayLiteral(R"({"action":"create_post","errors":[")") +
                                message.toUtf8() + QByteArrayLiteral(R"("]})");
        const ApiError e = parseApiError(422, {}, json);
        QCOMPARE(e.action, QStringLiteral("create_post"));
        QCOMPARE(e.errors, QStringList{message});
        QCOMPARE(int(classifyRefusal(e)), kind);
        QVERIFY(!isRetryableLater(e));
        const QString sentence = describeForPeople(e);
        QVERIFY2(sentence.contains(sentencePart), qPrintable(sentence));
        if (kind != int(RefusalKind::TopicClosedOrDeleted))
            QVERIFY2(sentence.contains(message), qPrintable(sentence)); // the forum's own words
    }

    void newUserFirstDayLimitIsA429()
    {
        const ApiError e = parseApiError(
                429, headers({{"Retry-After", "3600"}}),
                R"({"errors":["We appreciate your enthusiasm, keep it up! That said, for the safety of our community, you’ve reached the maximum number of replies a new user can create on their first day. Please wait 1 hour and you’ll be able to create more replies."],"error_type":"rate_limit","extras":{"wait_seconds":3600}})");
        QCOMPARE(classifyRefusal(e), RefusalKind::NewUserLimit);
        QVERIFY(isRetryableLater(e));
        QVERIFY(describeForPeople(e).startsWith(
                QStringLiteral("The forum limits what new members can post:")));
    }

    void severalErrorsAreAllQuoted()
    {
        const ApiError e = parseApiError(
                422, {},
                R"json({"action":"create_post","errors":["Title is too short (minimum is 15 characters)","Body is too short (minimum is 20 characters)"]})json");
        const QString sentence = describeForPeople(e);
        QVERIFY(sentence.contains(QStringLiteral("Title is too short")));
        QVERIFY(sentence.contains(QStringLiteral("Body is too short")));
    }

    void missingParameterAndSingleErrorString()
    {
        const ApiError e = parseApiError(
                400, {}, R"({"errors":["param is missing or the value is empty: raw"]})");
        QCOMPARE(classifyRefusal(e), RefusalKind::Other);
        QVERIFY(describeForPeople(e).contains(QStringLiteral("param is missing")));
        const ApiError single = parseApiError(409, {}, R"({"error":"Draft sequence conflict"})");
        QCOMPARE(single.errors, QStringList{QStringLiteral("Draft sequence conflict")});
    }

    void markupInMessagesIsStripped()
    {
        const ApiError e = parseApiError(
                422, {},
                R"({"errors":["Your invite token is invalid. Please <a href='https://x/about'>contact staff</a>."]})");
        QCOMPARE(e.errors.first(),
                 QStringLiteral("Your invite token is invalid. Please contact staff."));
    }

    void hostileBodiesStayBounded()
    {
        QByteArray many = R"({"errors":[)";
        for (int i = 0; i < 1000; ++i)
            many += (i ? "," : "") + QByteArray("\"") + QByteArray(2000, 'x') + "\"";
        many += "]}";
        const ApiError e = parseApiError(422, {}, many);
        QVERIFY(e.errors.size() <= 20);
        for (const QString &message : e.errors)
            QVERIFY(message.size() <= 501);

        const ApiError text = parseApiError(500, {}, QByteArray(1 << 20, 'y'));
        QVERIFY(text.detail.size() <= 200);
        const ApiError brokenJson = parseApiError(500, {}, "{\"errors\": [\"cut");
        QVERIFY(brokenJson.errors.isEmpty());
        QCOMPARE(brokenJson.detail, QStringLiteral("{\"errors\": [\"cut"));
        const ApiError badRetry =
                parseApiError(503, headers({{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}}), {});
        QVERIFY(!badRetry.waitSeconds);
        QVERIFY(describeForPeople(parseApiError(500, {}, {}))
                        .contains(QStringLiteral("internal error")));
    }

    void fromResponse()
    {
        net::HttpResponse response;
        response.status = 429;
        response.headers = headers({{"Retry-After", "3"}});
        response.body = R"({"errors":["x"],"error_type":"rate_limit"})";
        const ApiError e = parseApiError(response);
        QCOMPARE(e.waitSeconds, std::optional<int>(3));
        QCOMPARE(e.errorType, QStringLiteral("rate_limit"));
    }
};

QTEST_GUILESS_MAIN(TestApiErrors)
#include "tst_api_errors.moc"
