#pragma once

#include "Command.h"

namespace outpost::cli {

// Every command of outpost-cli, in the order --help lists them.
CommandList makeCommands();

} // namespace outpost::cli
