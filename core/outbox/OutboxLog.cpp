#include "outbox/OutboxLog.h"

namespace outpost::outbox {

Q_LOGGING_CATEGORY(lcOutbox, "outpost.outbox", QtInfoMsg)

} // namespace outpost::outbox
