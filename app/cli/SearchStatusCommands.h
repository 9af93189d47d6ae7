#pragma once

#include "Command.h"

#include <memory>

namespace outpost::cli {

// `search QUERY` and `status`, registered by addReadCommands().
std::unique_ptr<Command> makeSearchCommand();
std::unique_ptr<Command> makeStatusCommand();

} // namespace outpost::cli
