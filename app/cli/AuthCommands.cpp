#include "CliContext.h"
#include "Clock.h"
#include "Commands.h"
#include "HandBackWait.h"
#include "auth/CredentialStore.h"
#include "auth/LoopbackReceiver.h"
#include "auth/SignInHandBack.h"
#include "auth/UserApiKeyHandshake.h"
#include "discourse/ResponseParsers.h"
#include "outbox/ForumAccount.h"
#include "session/AccountJob.h"
#include "session/ForumConnection.h"
#include "session/SingleRequest.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSysInfo>

#include <cstdio>
#include <optional>

namespace outpost::cli {

namespace {

// Reads the pasted sign-in code from stdin: the base64 spans several lines, so read until an
// empty line after some text, or the end of input.
QString readPastedCode()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QString text;
    while (true) {
        const QByteArray line = in.readLine();
        if (line.isEmpty() && in.atEnd())
            break;
        const QString trimmed = QString::fromUtf8(line).trimmed();
        if (trimmed.isEmpty() && !text.isEmpty())
            break;
        text += trimmed + QLatin1Char('\n');
    }
    return text;
}

class LoginCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::LoginCommand)
public:
    QString name() const override { return QStringLiteral("login"); }
    QString summary() const override
    {
        return tr(
                "Sign in to the forum with a User API Key (the key goes to the system keychain).");
    }
    QStringList synopsis() const override
    {
        return {QStringLiteral("login [--redirect [--redirect-port PORT]]")};
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("redirect"),
                          tr("Ask the forum to hand the key back to outpost-cli by itself, "
                             "through http://127.0.0.1:PORT/outpost-auth (the forum's admins "
                             "must allow that address). Pasting the code still works while it "
                             "waits.")});
        parser.addOption({QStringLiteral("redirect-port"),
                          tr("The port for --redirect (default: the forum's setting, else "
                             "%1; 0: any free port).")
                                  .arg(auth::SignInHandBack::kDefaultPort),
                          tr("PORT")});
    }

    ExitCode run(CliContext &context, const QStringList &args) override
    {
        if (!args.isEmpty())
            return context.usageError(tr("'login' takes no arguments"));
        QString error;
        const auto forum = context.selectForum(&error);
        if (!forum)
            return context.fail(error);
        const QCommandLineParser &parser = context.parser();
        bool wantHandBack = parser.isSet(QStringLiteral("redirect"));
        std::optional<quint16> port;
        if (parser.isSet(QStringLiteral("redirect-port"))) {
            bool ok = false;
            const uint value = parser.value(QStringLiteral("redirect-port")).toUInt(&ok);
            if (!ok || value > 65535)
                return context.usageError(tr("--redirect-port must be a number from 0 to 65535"));
            port = quint16(value);
        }

        SystemClock clock;
        auth::UserApiKeyHandshake::Options options;
        options.forumUrl = QUrl(forum->baseUrl);
        //: Shown to the person on the forum's consent page; %1 is the computer's name.
        options.applicationName = tr("Outpost on %1").arg(QSysInfo::machineHostName());
        QTextStream &err = context.err();
        auth::LoopbackReceiver receiver;
        try {
            options.clientId =
                    session::installationClientId(context.profile().userDatabase(), clock);
            if (wantHandBack && !port) {
                port = auth::SignInHandBack::load(context.profile().userDatabase(), clock,
                                                  forum->id)
                               .port;
            }
        } catch (const store::StoreError &e) {
            return context.fail(e.message());
        }
        if (wantHandBack) {
            if (receiver.listen(*port, auth::LoopbackReceiver::defaultPath(), &error)) {
                options.authRedirect = receiver.redirectUrl();
            } else {
                err << error << "\n" << tr("Sign in by pasting the code instead.") << "\n";
                wantHandBack = false;
            }
        }
        auto handshake = auth::UserApiKeyHandshake::start(options, &error);
        if (!handshake)
            return context.fail(error);

        if (wantHandBack) {
            // Ask the consent page first: a forum that refuses the address says so before the
            // person approves anything, and we go back to the code to paste.
            session::AccountRequest probe;
            probe.action = session::AccountRequest::Action::CheckRedirect;
            probe.consentUrl = handshake->authorizationUrl();
            probe.profileDirectory = context.profileDir();
            probe.forum = *forum;
            probe.verifyCache = true;
            const session::AccountResult verdict = session::performAccountRequest(probe, {});
            if (verdict.outcome != session::AccountResult::Outcome::Done) {
                err << verdict.message << "\n";
                if (verdict.outcome != session::AccountResult::Outcome::Refused)
                    err << tr("Sign in by pasting the code instead.") << "\n";
                err << "\n";
                receiver.close();
                wantHandBack = false;
                options.authRedirect = QUrl();
                handshake = auth::UserApiKeyHandshake::start(options, &error);
                if (!handshake)
                    return context.fail(error);
            }
        }

        err << tr("1. Open this address in your web browser and sign in to %1 if it asks:")
                        .arg(forum->name.isEmpty() ? forum->baseUrl : forum->name)
            << "\n\n";
        err.flush();
        // The address carries only our public key, a nonce and the loopback address: nothing
        // secret.
        context.out() << handshake->authorizationUrl().toString(QUrl::FullyEncoded) << "\n\n";
        context.out().flush();
        QString pasted;
        if (wantHandBack) {
            err << tr("2. Choose \"Authorize\". The forum hands the key back to outpost-cli by "
                      "itself.")
                << "\n"
                << tr("   If your browser shows a code, or cannot open the page it is sent to, "
                      "paste the code (or that page's whole address) here and press Enter on an "
                      "empty line.")
                << "\n";
            err.flush();
            const HandBackWait waited = HandBackWait::wait(receiver, err);
            if (waited.source == HandBackWait::Source::Nothing)
                return context.fail(waited.message);
            if (waited.source == HandBackWait::Source::HandedBack)
                err << tr("The forum handed the key back.") << "\n";
            pasted = waited.text;
        } else {
            err << tr("2. Choose \"Authorize\". The forum then shows a long code.") << "\n"
                << tr("3. Paste the code here and press Enter on an empty line (or Ctrl+D):")
                << "\n";
            err.flush();
            pasted = readPastedCode();
        }

        const auth::UserApiKeyHandshake::Result accepted = handshake->acceptPayload(pasted);
        if (!accepted.ok())
            return context.fail(accepted.error);

        // Check the key works, and learn whose it is.
        discourse::Credentials credentials;
        credentials.kind = discourse::Credentials::UserApiKey;
        credentials.key = accepted.key;
        credentials.clientId = options.clientId;
        session::ConnectionOptions connectionOptions;
        connectionOptions.credentials = credentials;
        connectionOptions.verifyCache = true;
        QString username;
        try {
            session::ForumConnection connection(context.profile(), *forum, clock,
                                                connectionOptions);
            const net::HttpResponse response =
                    session::performSingleRequest(connection, connection.api().currentSession());
            if (!response.isSuccess())
                return context.fail(tr("The forum did not accept the new key: %1")
                                            .arg(session::describeFailure(response)));
            const auto user = discourse::parseCurrentUser(response.body);
            if (!user)
                return context.fail(discourse::describeForPeople(user.error()));
            username = user.value().username;
        } catch (const store::StoreError &e) {
            return context.fail(e.message());
        }

        auth::CredentialStore keychain;
        const auth::CredentialStore::Outcome stored =
                keychain.storeBlocking(forum->baseUrl, accepted.key);
        if (stored.status != auth::CredentialStore::Status::Ok) {
            // In the CLI "for this run only" would mean: lost when this command ends.
            return context.fail(
                    tr("%1 For scripts and machines without a keychain, set the environment "
                       "variable OUTPOST_USER_API_KEY instead.")
                            .arg(stored.message));
        }
        try {
            // The account the outbox and the desktop app know (a new sign-in, perhaps as
            // someone else: what was known of the old one goes).
            outbox::ForumAccount account(context.profile().userDatabase(), clock, forum->id);
            account.forget();
            account.rememberUsername(username);
        } catch (const store::StoreError &e) {
            return context.fail(e.message());
        }
        context.out() << tr("Signed in to %1 as %2.").arg(forum->baseUrl, username) << "\n";
        return ExitCode::Ok;
    }
};

class LogoutCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::LogoutCommand)
public:
    QString name() const override { return QStringLiteral("logout"); }
    QString summary() const override
    {
        return tr("Sign out: revoke the key on the forum and remove it from this computer. "
                  "Drafts and the outbox stay.");
    }
    QStringList synopsis() const override { return {QStringLiteral("logout")}; }

    ExitCode run(CliContext &context, const QStringList &args) override
    {
        if (!args.isEmpty())
            return context.usageError(tr("'logout' takes no arguments"));
        QString error;
        const auto forum = context.selectForum(&error);
        if (!forum)
            return context.fail(error);

        SystemClock clock;
        auth::CredentialStore keychain;
        const auto [key, loaded] = keychain.loadBlocking(forum->baseUrl);
        if (!key) {
            context.out() << tr("You are not signed in to %1.").arg(forum->baseUrl) << "\n";
            return ExitCode::Ok;
        }

        bool revoked = false;
        QString revokeProblem;
        try {
            session::ConnectionOptions options;
            options.credentials.kind = discourse::Credentials::UserApiKey;
            options.credentials.key = *key;
            options.credentials.clientId =
                    session::installationClientId(context.profile().userDatabase(), clock);
            options.verifyCache = true;
            session::ForumConnection connection(context.profile(), *forum, clock, options);
            // One attempt: an unreachable forum should not hold up signing out (the key is
            // removed here all the same, with a note to revoke it on the forum).
            net::RunnerConfig once;
            once.retry.maxAttempts = 1;
            const net::HttpResponse response = session::performSingleRequest(
                    connection, connection.api().revokeUserApiKey(), {}, once);
            // 403: the forum no longer knows the key (already revoked or expired): fine.
            revoked = response.isSuccess() || response.status == 403;
            if (!revoked)
                revokeProblem = session::describeFailure(response);
        } catch (const store::StoreError &e) {
            revokeProblem = e.message();
        }

        const auth::CredentialStore::Outcome removed = keychain.removeBlocking(forum->baseUrl);
        if (removed.status == auth::CredentialStore::Status::Failed)
            return context.fail(removed.message);
        try {
            outbox::ForumAccount(context.profile().userDatabase(), clock, forum->id).forget();
        } catch (const store::StoreError &e) {
            return context.fail(e.message());
        }

        if (revoked) {
            context.out()
                    << tr("Signed out of %1. Your drafts and outbox are kept.").arg(forum->baseUrl)
                    << "\n";
            return ExitCode::Ok;
        }
        context.err() << tr("The key was removed from this computer, but the forum could not be "
                            "told to revoke it (%1). Revoke it in your preferences on the forum, "
                            "under Apps, when you are online.")
                                 .arg(revokeProblem)
                      << Qt::endl;
        return ExitCode::Partial;
    }
};

} // namespace

void addAuthCommands(CommandList &commands)
{
    commands.push_back(std::make_unique<LoginCommand>());
    commands.push_back(std::make_unique<LogoutCommand>());
}

} // namespace outpost::cli
