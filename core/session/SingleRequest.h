#pragma once

#include "CancelToken.h"
#include "net/Http.h"
#include "net/RequestRunner.h"

#include <QString>

namespace outpost::session {

class ForumConnection;

// One request through the forum's rate budget and retry policy, for the few places that need a
// single answer (signing in and out, probing a forum). Blocks the calling thread: use it on a
// worker thread or in the CLI, never on the GUI thread.
// `config` may shorten the retries, e.g. for a request someone is waiting on in a dialog.
net::HttpResponse performSingleRequest(ForumConnection &connection, const net::HttpRequest &request,
                                       const CancelToken &cancel = {},
                                       net::RunnerConfig config = {});

// A sentence for people about a response that did not succeed: what the link did wrong, or what
// the forum refused and why. Empty for a success.
QString describeFailure(const net::HttpResponse &response);

} // namespace outpost::session
