#include "SingleRequest.h"

#include "discourse/ApiErrors.h"
#include "net/RequestRunner.h"
#include "net/ResponseDescription.h"
#include "session/ForumConnection.h"

namespace outpost::session {

net::HttpResponse performSingleRequest(ForumConnection &connection, const net::HttpRequest &request,
                                       const CancelToken &cancel, net::RunnerConfig config)
{
    net::RequestRunner runner(connection.transport(), connection.budget(), connection.clock(),
                              cancel, config);
    net::HttpResponse answer;
    bool answered = false;
    runner.enqueue(request, 0, [&](net::HttpResponse response) {
        answer = std::move(response);
        answered = true;
    });
    const net::RunOutcome outcome = runner.run();
    if (!answered) {
        // The runner stopped before the request got an answer (offline, budget, cancelled).
        answer.error = outcome.kind == net::RunOutcome::Kind::Cancelled
                               ? net::TransferError::Cancelled
                               : (outcome.lastError != net::TransferError::None
                                          ? outcome.lastError
                                          : net::TransferError::Other);
        answer.errorDetail = outcome.lastErrorDetail;
    }
    return answer;
}

QString describeFailure(const net::HttpResponse &response)
{
    if (response.isSuccess())
        return {};
    if (response.error != net::TransferError::None || response.status == 0)
        return net::describeForPeople(response);
    return discourse::describeForPeople(discourse::parseApiError(response));
}

} // namespace outpost::session
