#include "Commands.h"

namespace outpost::cli {

void addAuthCommands(CommandList &commands)
{
    Q_UNUSED(commands)
}

} // namespace outpost::cli
