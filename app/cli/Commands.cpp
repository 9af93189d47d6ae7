#include "Commands.h"

namespace outpost::cli {

CommandList makeCommands()
{
    CommandList commands;
    return commands;
}

} // namespace outpost::cli
