#pragma once

#include "Command.h"

namespace outpost::cli {

// outbox [list] | show ID | retry ID [--keep-mine] | discard ID [--with-replies] | send
void addOutboxCommand(CommandList &commands);

} // namespace outpost::cli
