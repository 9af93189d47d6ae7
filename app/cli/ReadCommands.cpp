#include "Commands.h"

namespace outpost::cli {

void addReadCommands(CommandList &commands)
{
    Q_UNUSED(commands)
}

} // namespace outpost::cli
