#include "ForumProbe.h"

#include "CancelToken.h"
#include "Clock.h"
#include "discourse/ApiErrors.h"
#include "discourse/ForumApi.h"
#include "discourse/ResponseParsers.h"
#include "net/CurlTransport.h"
#include "net/RateBudget.h"
#include "net/RequestRunner.h"
#include "net/ResponseDescription.h"

namespace outpost::cli {

ForumProbe probeForum(const QUrl &baseUrl)
{
    SystemClock clock;
    net::RateBudget budget(net::RateLimits::anonymous(), clock);
    net::TransportConfig config;
    config.connectTimeout = std::chrono::seconds(15);
    config.stallTime = std::chrono::seconds(15);
    net::CurlTransport transport(config);
    net::RunnerConfig runnerConfig;
    runnerConfig.maxParallel = 1;
    runnerConfig.retry.maxAttempts = 2;
    runnerConfig.retry.baseDelay = std::chrono::milliseconds(500);
    net::RequestRunner runner(transport, budget, clock, CancelToken(), runnerConfig);

    std::optional<net::HttpResponse> answer;
    runner.enqueue(discourse::ForumApi(baseUrl).site(), 0,
                   [&answer](net::HttpResponse response) { answer = std::move(response); });
    const net::RunOutcome outcome = runner.run();

    ForumProbe probe;
    if (!answer || answer->error != net::TransferError::None) {
        probe.verdict = ForumProbe::Verdict::Unreachable;
        probe.detail = answer ? net::describeForPeople(*answer)
                              : net::describeForPeople(outcome.lastError);
        return probe;
    }
    if (answer->isSuccess()) {
        const discourse::ParseResult<discourse::Site> site = discourse::parseSite(answer->body);
        probe.verdict = site ? ForumProbe::Verdict::Discourse : ForumProbe::Verdict::NotDiscourse;
        if (!site)
            probe.detail = discourse::describeForPeople(site.error());
        return probe;
    }
    // A forum that requires login answers with Discourse's own JSON error.
    const discourse::ApiError error = discourse::parseApiError(*answer);
    if ((answer->status == 403 || answer->status == 401) && !error.errors.isEmpty()) {
        probe.verdict = ForumProbe::Verdict::SignInNeeded;
        return probe;
    }
    probe.verdict = ForumProbe::Verdict::NotDiscourse;
    probe.detail = net::describeForPeople(*answer);
    return probe;
}

} // namespace outpost::cli
