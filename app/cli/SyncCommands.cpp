#include "Commands.h"

namespace outpost::cli {

void addSyncCommands(CommandList &commands)
{
    Q_UNUSED(commands)
}

} // namespace outpost::cli
