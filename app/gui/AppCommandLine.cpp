#include "AppCommandLine.h"

#include "OutpostVersion.h"
#include "store/Profile.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace outpost::gui {

std::variant<AppOptions, int> AppCommandLine::parse(const QStringList &arguments, QString *out,
                                                    QString *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Outpost: read, search and follow a Discourse forum, also offline."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version."));
    const QCommandLineOption profile(
            u"profile"_s,
            tr("Where the cache and settings live (default: $OUTPOST_PROFILE, else the "
               "platform's application data folder)."),
            tr("DIR"));
    const QCommandLineOption smoke(u"smoke-test"_s,
                                   tr("Show the main window for about a second and quit "
                                      "(for packaging checks)."));
    const QCommandLineOption addForum(u"add-forum"_s,
                                      tr("Add this forum (or open it, if it is already added) "
                                         "and skip the first-start questions."),
                                      tr("URL"));
    const QCommandLineOption follow(
            u"follow"_s, tr("With --add-forum: follow these categories, by id."), tr("ID,ID…"));
    const QCommandLineOption language(
            u"lang"_s,
            tr("Show Outpost in this language for this run (fr, es, pt, ar, en, or pseudo to "
               "test translations); default: $OUTPOST_LANG, else the language chosen in the "
               "settings, else the system's."),
            tr("CODE"));
    parser.addOptions({help, version, profile, smoke, addForum, follow, language});

    if (!parser.parse(arguments)) {
        *err = tr("outpost: %1").arg(parser.errorText()) + u'\n' +
               tr("Try 'outpost --help' for more information.") + u'\n';
        return 2;
    }
    if (parser.isSet(help)) {
        // Parsed before the application object exists, so Qt cannot know the program's name.
        *out = parser.helpText().replace(u"<executable_name>"_s, u"outpost"_s);
        return 0;
    }
    if (parser.isSet(version)) {
        *out = u"outpost %1\n"_s.arg(QString::fromLatin1(outpost::kVersion));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *err = tr("outpost: unexpected argument '%1'").arg(parser.positionalArguments().first()) +
               u'\n' + tr("Try 'outpost --help' for more information.") + u'\n';
        return 2;
    }

    AppOptions options;
    options.profileDirectory = parser.value(profile);
    if (options.profileDirectory.isEmpty())
        options.profileDirectory = qEnvironmentVariable("OUTPOST_PROFILE");
    if (options.profileDirectory.isEmpty())
        options.profileDirectory = store::Profile::defaultDirectory();
    options.profileDirectory = QDir::cleanPath(QDir(options.profileDirectory).absolutePath());
    options.smokeTest = parser.isSet(smoke);
    options.language = parser.isSet(language) ? parser.value(language).trimmed()
                                              : qEnvironmentVariable("OUTPOST_LANG").trimmed();
    if (parser.isSet(language) && options.language.isEmpty()) {
        *err = tr("outpost: --lang needs a language code such as fr or ar") + u'\n';
        return 2;
    }
    options.addForumUrl = parser.value(addForum);
    if (parser.isSet(follow)) {
        if (options.addForumUrl.isEmpty()) {
            *err = tr("outpost: --follow needs --add-forum URL") + u'\n';
            return 2;
        }
        const QStringList ids = parser.value(follow).split(u',', Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            bool ok = false;
            const qint64 value = id.trimmed().toLongLong(&ok);
            if (!ok || value <= 0) {
                *err = tr("outpost: '%1' is not a category id (a positive number)").arg(id) + u'\n';
                return 2;
            }
            options.follow.append(value);
        }
    }
    return options;
}

} // namespace outpost::gui
