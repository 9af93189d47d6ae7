#include "CliApplication.h"
#include "Commands.h"
#include "OutpostVersion.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("outpost"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(outpost::kVersion));

    outpost::cli::CliApplication cli(outpost::cli::makeCommands());
    return static_cast<int>(cli.run(QCoreApplication::arguments()));
}
