#include "Commands.h"

namespace outpost::cli {

void addWriteCommands(CommandList &commands)
{
    Q_UNUSED(commands)
}

} // namespace outpost::cli
