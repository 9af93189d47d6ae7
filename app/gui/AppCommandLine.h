#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace outpost::gui {

// What `outpost` was asked to do on its command line.
struct AppOptions
{
    QString profileDirectory; // --profile, else $OUTPOST_PROFILE, else the platform's default
    bool smokeTest = false;   // --smoke-test: show the window ~1 s, print what it lists, exit 0
    QString addForumUrl;      // --add-forum URL: add (or pick) this forum, skip the first start
    QList<qint64> follow;     // --follow ID,ID…: follow these categories of that forum
    QString language;         // --lang CODE, else $OUTPOST_LANG; empty: the saved choice
};

class AppCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(outpost::gui::AppCommandLine)
public:
    // The options, or the exit code when nothing more is to be done (--help and --version
    // print and give 0; a mistake prints why and gives 2). Output goes to `out` and `err`.
    static std::variant<AppOptions, int> parse(const QStringList &arguments, QString *out,
                                               QString *err);
};

} // namespace outpost::gui
