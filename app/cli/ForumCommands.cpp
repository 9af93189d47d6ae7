#include "Commands.h"

namespace outpost::cli {

void addForumCommands(CommandList &commands)
{
    Q_UNUSED(commands)
}

} // namespace outpost::cli
