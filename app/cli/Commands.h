#pragma once

#include "Command.h"

namespace outpost::cli {

// Every command of outpost-cli, in the order --help lists them.
CommandList makeCommands();

// Each group lives in its own file.
void addForumCommands(CommandList &commands); // forum, follow, unfollow
void addSyncCommands(CommandList &commands);  // sync
void addReadCommands(CommandList &commands);  // categories, topics, thread, search, digest, status
void addWriteCommands(CommandList &commands); // reply, new-topic, like, outbox
void addAuthCommands(CommandList &commands);  // login, logout

} // namespace outpost::cli
