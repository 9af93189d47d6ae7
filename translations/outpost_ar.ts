<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en_GB">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::auth::CredentialStore</name>
    <message>
        <source>No system keychain is available, so your sign-in is kept in memory for this run only. You will need to sign in again next time. Outpost never writes it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to keep your sign-in (%1).</source>
        <extracomment>%1 is the keychain&apos;s own error text</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::auth::UserApiKeyHandshake</name>
    <message>
        <source>Could not create the keys needed to sign in (the system&apos;s cryptography library failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a sign-in code from the forum. Copy the whole code shown after you approved Outpost, and paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code could not be read: it was not made for this sign-in attempt, or it was changed on the way. Start signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code belongs to another sign-in attempt. Start signing in again and paste the code the forum shows then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This forum speaks an older version of the sign-in protocol (%1; Outpost needs %2). Ask the forum&apos;s administrators to update Discourse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::cli::CliApplication</name>
    <message>
        <source>Outpost, the offline-first Discourse client, from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the cache and settings live (default: $OUTPOST_PROFILE, else the platform&apos;s application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum to use, by URL or name (default: the first forum added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL|NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document on stdout instead of text for people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: outpost-cli [--profile DIR] [--forum URL|NAME] COMMAND [ARGS...] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpost keeps the categories you follow in a local cache, so you can read, search and write with no connection. These commands sync and read that cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --profile DIR       where the cache and settings live (or $OUTPOST_PROFILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --forum URL|NAME    the forum to use (default: the first forum added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --json              print one JSON document on stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  -h, --help          show help; &apos;outpost-cli COMMAND --help&apos; for a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  -v, --version       show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage, 3 partial (the sync stopped early: offline, rate budget or cancelled; what was stored stays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::cli::CliContext</name>
    <message>
        <source>no forum has been added yet; add one with &apos;outpost-cli forum add URL&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no forum &apos;%1&apos;; &apos;outpost-cli forum list&apos; shows the forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost-cli: %1</source>
        <extracomment>Prefix of every error message of the command-line program; %1 is the message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;outpost-cli --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::cli::LoginCommand</name>
    <message>
        <source>Sign in to the forum with a User API Key (the key goes to the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;login&apos; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpost on %1</source>
        <extracomment>Shown to the person on the forum&apos;s consent page; %1 is the computer&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open this address in your web browser and sign in to %1 if it asks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Choose &quot;Authorize&quot;. The forum then shows a long code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Paste the code here and press Enter on an empty line (or Ctrl+D):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum did not accept the new key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 For scripts and machines without a keychain, set the environment variable OUTPOST_USER_API_KEY instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::cli::LogoutCommand</name>
    <message>
        <source>Sign out: revoke the key on the forum and remove it from this computer. Drafts and the outbox stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;logout&apos; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1. Your drafts and outbox are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was removed from this computer, but the forum could not be told to revoke it (%1). Revoke it in your preferences on the forum, under Apps, when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::discourse</name>
    <message>
        <source>The forum asked Outpost to slow down. Try again in a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum limits what new members can post: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum is in read-only mode, usually for maintenance or a backup. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum refused your sign-in key; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum did not allow this: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum did not accept this because the topic has been closed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum could not find this. It may have been deleted or made private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum ran into an internal error (HTTP %1). Try again later; if it keeps happening, tell the forum&apos;s administrators.</source>
        <extracomment>%1 is an HTTP status code, e.g. 502</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s server is not answering properly right now (HTTP %1). Try again later.</source>
        <extracomment>%1 is an HTTP status code, e.g. 502</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum refused this because it is too short: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum refused this as a repeat of something you posted a few minutes ago: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum asked you to wait: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum did not accept this: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum refused the request (HTTP %1).</source>
        <extracomment>%1 is an HTTP status code, e.g. 502</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum sent an empty answer. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web page answered instead of the forum. If you are on a hotel or public network, open a browser to sign in to the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s answer was cut off, probably by a dropped connection. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum sent an answer Outpost cannot read. The forum may run a version Outpost does not support yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Image: %1, %2×%3]</source>
        <extracomment>Placeholder for an image of a post; %1 is its description, %2×%3 its size in pixels</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Image: %1]</source>
        <extracomment>Placeholder for an image of a post; %1 is its description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Image, %1×%2]</source>
        <extracomment>Placeholder for an image of a post without description; %1×%2 is its size in pixels</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Image]</source>
        <extracomment>Placeholder for an image of a post without description or size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote:</source>
        <extracomment>Above quoted text whose author is unknown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 said:</source>
        <extracomment>Above quoted text; %1 is the username of the person quoted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is too long to show in full here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Table shortened: %n more row(s) not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::net</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the forum: its name could not be looked up. You may be offline; check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the forum: no connection could be made. Check your link and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the forum: the connection timed out. Check your link and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the forum stopped moving data. The link may have dropped; Outpost will try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the forum was cut before the answer was complete. Check your link and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s identity could not be verified, so Outpost did not connect. The connection may be intercepted, or the forum&apos;s certificate authority is not trusted on this computer. If your organisation uses its own certificate authority, add its certificate file in the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server failed or refused the connection. Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum sent Outpost around in circles (too many redirects). The forum may be misconfigured; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to the forum failed unexpectedly. Try again; if it keeps happening, the details may help the forum&apos;s administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum did not understand the request. Outpost may need an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum did not accept your sign-in. The key may have been revoked or expired; connect Outpost to your account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum does not allow you to do this. You may lack the permission, or your sign-in has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum could not find this. It may have been deleted or made private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server asks for a user name and password. Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum refused this because it is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum did not accept this. Read its explanation, change what it asks for, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum asks Outpost to slow down. Outpost will wait and try again on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum had an internal error. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum is temporarily unavailable (it may be under maintenance or overloaded). Outpost will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum answered with an unexpected redirect (HTTP status %1).</source>
        <extracomment>%1 is an HTTP status code such as 304</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum refused the request (HTTP status %1).</source>
        <extracomment>%1 is an HTTP status code such as 409</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum failed to answer (HTTP status %1). Try again later.</source>
        <extracomment>%1 is an HTTP status code such as 507</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum sent an answer Outpost does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::store</name>
    <message>
        <source>The offline copy %1 was opened before it was prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy %1 is damaged and Outpost could not move it aside. Check that its folder may be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy of this forum was damaged, so Outpost set it aside as %1 and started a new one. Topics will be downloaded again at the next sync; your drafts and settings are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded posts could not be saved because their text was incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded posts could not be saved because their topic is not in the offline copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal query of Outpost was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of SQLite has no full-text search (FTS5), which Outpost needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum %1 has already been added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This forum still has %n draft(s) or unsent post(s). Send or delete them before removing the forum.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database upgrade steps built into Outpost are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That draft or outbox item no longer exists. It may have been sent or deleted in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpost cannot create its data folder %1. Check that it may be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough disk space to save changes to %1. Nothing from the interrupted change was saved. Free some space and try again.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not an Outpost database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is in use by another part of Outpost or another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpost cannot write to %1. Check that the file and its folder may be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpost cannot open %1. Check that its folder exists and may be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to %1 was refused because it conflicts with data already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to %1 was refused because a value was not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected database error occurred in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Outpost data file %1 is damaged. It holds your drafts, outbox and settings, so Outpost has left it exactly as it is and will not replace it. Keep a copy of it (and of %1.bak, if there is one) before trying anything else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::store::Migrator</name>
    <message>
        <source>The file %1 is not the kind of Outpost database expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpost could not save a safety copy of %1 before upgrading it, so it left the file as it was. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpost could not upgrade %1 because the disk is full. The file was left as it was before step %2. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpost could not upgrade %1 (step %2). The file was left as it was before this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Outpost. Update Outpost to open it; this version has left the file untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::store::OutboxRepository</name>
    <message>
        <source>This post is being sent or was already sent, so it cannot be edited as a draft any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other queued posts depend on this one, so it cannot be removed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
