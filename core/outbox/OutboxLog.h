#pragma once

#include <QLoggingCategory>

namespace outpost::outbox {

// "outpost.outbox": one line per attempt, reconciliation and state change (ids and outcomes,
// never the text of a post or a credential).
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

} // namespace outpost::outbox
