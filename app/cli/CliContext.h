#pragma once

#include "Command.h"
#include "discourse/ForumApi.h"
#include "store/Profile.h"
#include "store/UserTypes.h"

#include <QJsonDocument>
#include <QTextStream>

#include <optional>

namespace outpost::cli {

// What every command gets: the parsed options, where to write, and how to fail.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::CliContext)
public:
    explicit CliContext(const QCommandLineParser &parser);

    const QCommandLineParser &parser() const { return m_parser; }
    bool json() const;
    // The profile directory: --profile, else $OUTPOST_PROFILE, else the platform default.
    QString profileDir() const;
    // The --forum selector (URL or name), empty for the default forum.
    QString forumSelector() const;

    // The profile, opened (and created) on first use. Throws store::StoreError.
    store::Profile &profile();
    // The forum --forum names (by URL or name), else the first forum added. When there is
    // none, `error` says why in a sentence for people.
    std::optional<store::Forum> selectForum(QString *error);
    // How to authenticate to `forum`: $OUTPOST_USER_API_KEY when set (for headless scripts),
    // else the key the system keychain holds for it, else anonymous.
    discourse::Credentials credentialsFor(const store::Forum &forum);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    void printJson(const QJsonDocument &doc);
    // Prints "outpost-cli: <message>" on stderr and returns Failed.
    ExitCode fail(const QString &message);
    // Prints the message and a hint to --help on stderr and returns Usage.
    ExitCode usageError(const QString &message);

private:
    const QCommandLineParser &m_parser;
    std::optional<store::Profile> m_profile;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace outpost::cli
