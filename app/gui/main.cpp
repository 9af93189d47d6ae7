#include "AppCommandLine.h"
#include "AppContext.h"
#include "AppIcon.h"
#include "AppIdentity.h"
#include "AppLanguage.h"
#include "AppSettings.h"
#include "AppStartup.h"
#include "Clock.h"
#include "OutpostVersion.h"
#include "store/StoreError.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // The application's name decides the default profile folder: the CLI's, so both share it.
    QCoreApplication::setApplicationName(u"outpost"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(outpost::kVersion));

    // --help and --version answer without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QString out;
    QString err;
    const auto parsed = outpost::gui::AppCommandLine::parse(arguments, &out, &err);
    if (const int *code = std::get_if<int>(&parsed)) {
        std::fputs(out.toLocal8Bit().constData(), stdout);
        std::fputs(err.toLocal8Bit().constData(), stderr);
        return *code;
    }
    const outpost::gui::AppOptions &options = std::get<outpost::gui::AppOptions>(parsed);

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"Outpost"_s);
    // The desktop entry's name: Wayland and task bars match the window to the menu entry.
    QApplication::setDesktopFileName(QString::fromLatin1(outpost::kAppId));
    QApplication::setWindowIcon(outpost::appIcon());
    // Until the profile is open (its saved choice of language), messages follow the command
    // line or the system.
    auto early = std::make_unique<outpost::i18n::Translations>();
    early->apply(options.language);

    std::optional<outpost::store::Profile> profile;
    try {
        profile.emplace(outpost::store::Profile::open(options.profileDirectory));
    } catch (const outpost::store::StoreError &error) {
        QMessageBox box(QMessageBox::Critical, QApplication::applicationDisplayName(),
                        error.message());
        box.setDetailedText(error.detail());
        if (!options.smokeTest)
            box.exec();
        std::fprintf(stderr, "outpost: %s\n", error.what());
        return 1;
    }

    outpost::gui::AppContext context(std::move(*profile), std::make_unique<outpost::SystemClock>(),
                                     new outpost::SystemNetworkMonitor);
    early.reset();
    context.language().apply(options.language.isEmpty() ? context.settings().language()
                                                        : options.language);
    QString error;
    std::unique_ptr<outpost::gui::MainWindow> window =
            outpost::gui::AppStartup::start(context, options, &error);
    if (!window) {
        std::fprintf(stderr, "outpost: %s\n", error.toLocal8Bit().constData());
        return 2;
    }
    window->show();
    return app.exec();
}
