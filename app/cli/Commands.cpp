#include "Commands.h"

namespace outpost::cli {

CommandList makeCommands()
{
    CommandList commands;
    addForumCommands(commands);
    addSyncCommands(commands);
    addReadCommands(commands);
    addWriteCommands(commands);
    addAuthCommands(commands);
    return commands;
}

} // namespace outpost::cli
