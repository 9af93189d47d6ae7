#include "CliApplication.h"
#include "Commands.h"
#include "OutpostVersion.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("outpost"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(outpost::kVersion));

    // Messages follow the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), or $OUTPOST_LANG.
    outpost::i18n::Translations translations;
    translations.apply(qEnvironmentVariable("OUTPOST_LANG"));

    outpost::cli::CliApplication cli(outpost::cli::makeCommands());
    return static_cast<int>(cli.run(QCoreApplication::arguments()));
}
