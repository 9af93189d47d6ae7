#pragma once

#include "AppCommandLine.h"

#include <memory>

namespace outpost::gui {

class AppContext;
class MainWindow;

// From the command line to a window: applies --add-forum/--follow, opens the first forum of
// the profile (or offers the first-start wizard), syncs on start when the person wants it,
// and arms --smoke-test.
class AppStartup
{
    Q_DECLARE_TR_FUNCTIONS(outpost::gui::AppStartup)
public:
    // Null with `error` set when the command line asked for something impossible.
    static std::unique_ptr<MainWindow> start(AppContext &context, const AppOptions &options,
                                             QString *error);
};

} // namespace outpost::gui
