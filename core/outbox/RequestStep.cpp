#include "outbox/RequestStep.h"

#include <memory>

namespace outpost::outbox {

StepResult runStep(net::RequestRunner &runner, net::HttpRequest request, int priority)
{
    // Shared with the handler, which may outlive this call: a request left in the runner's
    // queue when it stopped early runs if the runner is run again later.
    auto slot = std::make_shared<std::optional<net::HttpResponse>>();
    runner.enqueue(std::move(request), priority,
                   [slot](net::HttpResponse response) { *slot = std::move(response); });
    StepResult result;
    result.outcome = runner.run();
    result.response = std::move(*slot);
    return result;
}

} // namespace outpost::outbox
