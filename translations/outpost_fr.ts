<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en_GB">
<context>
    <name>CategoryChoiceModel</name>
    <message numerus="yes">
        <source>%1 (%n topic(s))</source>
        <extracomment>A category to choose on first start: %1 its name, then its number of topics</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n topic(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <source>%1, followed</source>
        <extracomment>Spoken description of a category in the sidebar; %1 is its name, then counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread topic(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What’s new</source>
        <extracomment>Sidebar entry: the digest of what changed since the last visit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed topics</source>
        <extracomment>Sidebar entry: the topics of every followed category together</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topics since your last visit, and the week’s and month’s top topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest topics of every category you follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) downloaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) with unread posts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryTreeView</name>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow this category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DigestModel</name>
    <message>
        <source>New topics</source>
        <extracomment>Digest section: topics created since the previous sync</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New replies</source>
        <extracomment>Digest section: older topics that got new posts since the previous sync</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Last activity: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DigestView</name>
    <message>
        <source>What’s new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest is made at each sync: what is new since the sync before, and the week’s and month’s top topics. Sync to make the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1. Made %2; readable offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1; readable offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new since the sync before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Outpost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageController</name>
    <message>
        <source>The downloaded picture is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline: the picture will download when you click it again online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded: %1 Click to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded. Click to download it when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded (%1). Click to download it when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded on a metered connection. Click to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded on a metered connection. Click to download (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to download the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to download the picture (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2×%3</source>
        <extracomment>A picture&apos;s description and its size in pixels, e.g. &quot;Screenshot, 1366×768&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkConfirmDialog</name>
    <message>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link opens your e-mail program to write to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link leaves Outpost and opens in your web browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask again for links to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download what changed on the forum since the last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync; what arrived stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Outpost downloads, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Outpost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What’s New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topics and replies since the last sync, and the top topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Followed Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest topics of every category you follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the sidebar, the topic list and the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow or Stop Following Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the chosen category, or stop following it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to where you were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the next topic of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the previous topic of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next post of the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous post of the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download Whole Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the posts of this topic that are not here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key Outpost knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Outpost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search downloaded posts (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpost keeps a forum on this computer so you can read it offline. Add the forum you want to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Forum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Outpost</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sync finished, but %n thing(s) went wrong.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sync stopped before it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That topic is not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That post is in a topic that is not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could open the link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>Closes a message strip</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkIndicator</name>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metered connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection. Everything downloaded stays readable; syncing waits for the connection to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metered connection: pictures are not downloaded and Outpost syncs only when you ask, unless you allowed more in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostBrowser</name>
    <message>
        <source>Go to post %1 of this forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download this picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostWidget</name>
    <message>
        <source>%1 closed this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened this topic again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pinned this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpinned this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 archived this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took this topic out of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unlisted this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listed this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved posts to another topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A topic event line: what happened, then when (e.g. &quot;alice closed this topic · 2 days ago&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <extracomment>Marker on a post that was changed after it was first posted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>The number of a post within its topic, e.g. &quot;#12&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of post %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>%1, by %2: %3</source>
        <extracomment>A search result for screen readers: %1 topic title, %2 author, %3 the matching text</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search everything you have downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing downloaded matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best matches for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) match “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Unit after the number of days of the sync window</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of activity to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync when Outpost starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync when the connection comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also sync by itself on a metered connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download pictures of posts by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also on a metered connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <extracomment>Unit after the size of the picture cache</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest size of the picture cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures downloaded now take %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Again for All Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Links open in your browser after you saw where they go. %n site(s) open without asking.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Links open in your browser after you saw where they go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download topics active in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screen down / up in the topic</source>
        <extracomment>A key that works in the topic view without a menu entry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space / Shift+Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First / last downloaded post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow or stop following (in the sidebar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-letter keys work whenever you are not typing in a field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Add a forum first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline. Outpost will sync when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline. Sync again once you are connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync paused: the forum’s daily limit is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <source>Post %1 by %2, %3</source>
        <extracomment>A post in a thread, for lists and screen readers: %1 post number, %2 author, %3 time</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download all posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download all posts of this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show earlier posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Downloaded: %1 of %n post(s).</source>
        <extracomment>%1 is how many posts of the topic are in the offline copy, %n how many it has</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading more posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of this topic is not downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That’s the whole topic.</source>
        <extracomment>Shown below the last post of a topic</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>never</source>
        <extracomment>A time that is not known (e.g. a topic never synced)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>A moment ago (less than a minute)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>A moment ago, in a list where room is short</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>Minutes ago, in a list where room is short</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>Hours ago, in a list where room is short</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>Days ago, in a list where room is short</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicDelegate</name>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>Badge on a topic the person has never opened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 downloaded</source>
        <extracomment>How much of a topic is downloaded: %1 posts of %2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicListModel</name>
    <message>
        <source>new</source>
        <extracomment>Spoken after a topic&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Last activity: %2
Posts downloaded: %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicListView</name>
    <message>
        <source>Sort topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fully downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter topics by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest topics of the %n categories you follow.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No forum is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloaded topic matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not follow any category yet. Mark the categories you care about with the star in the sidebar, then sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not follow this category, so its topics are not downloaded. Follow it and they will be at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is downloaded here yet. Sync to download the topics.</source>
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
    <name>outpost::cli::Command</name>
    <message>
        <source>Read the text from FILE (UTF-8); &apos;-&apos; reads stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the text either with --file or as &apos;-&apos;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the text with --file FILE, or &apos;-&apos; to read stdin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::cli::ForumCommands</name>
    <message>
        <source>&apos;%1&apos; is not a forum address; give one like https://community.dhis2.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address must not contain a user name or password; sign in with &apos;outpost-cli login&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, list, rename or remove forums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s name in Outpost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the forum without checking that it answers like a Discourse forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;forum&apos; needs an action: add, list, rename or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;forum %1&apos; does not take these arguments; see &apos;outpost-cli forum --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already added, as “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum only shows its content to members; sign in with &apos;outpost-cli login&apos; before syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum could not be reached now, so it was added unchecked; &apos;outpost-cli sync&apos; will try when you are online. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like a Discourse forum: %2 Check the address, or add it anyway with --no-check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added forum %1, “%2” (%3). It is the default forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added forum %1, “%2” (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: &apos;outpost-cli sync&apos; reads its categories, then &apos;outpost-cli categories&apos; lists them and &apos;outpost-cli follow ID&apos; picks the ones to keep offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forum yet. Add one with &apos;outpost-cli forum add URL&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLLOWED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>Marks the default forum in &apos;forum list&apos;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum %1 is now called “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed forum %1, “%2”, and its offline copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no forum &apos;%1&apos;; &apos;outpost-cli forum list&apos; shows the forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep categories offline: their topics are synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing categories (what is cached stays readable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the ids of the categories (&apos;outpost-cli categories&apos; lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no category %1 on this forum; &apos;outpost-cli categories&apos; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer following %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the forum&apos;s categories are not synced yet, so the ids were not checked; &apos;outpost-cli sync&apos; will read them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::cli::HumanFormat</name>
    <message>
        <source>never</source>
        <extracomment>Shown where a time is not known (e.g. a topic with no posts cached).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <extracomment>Minutes ago, abbreviated: &quot;5 min ago&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <extracomment>Hours ago, abbreviated: &quot;3 h ago&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today %1</source>
        <extracomment>Earlier today, at a time: &quot;today 08:15&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A weekday and a time: &quot;Tuesday 14:05&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;45 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration in minutes and seconds, e.g. &quot;2 min 5 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes, e.g. &quot;1 h 20 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::cli::LikeCommand</name>
    <message>
        <source>Queue a like of a post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>like POST_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>like needs the id of a post (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued the like of post %1 as %2; it will be sent on the next sync.</source>
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
    <name>outpost::cli::NewTopicCommand</name>
    <message>
        <source>Queue a new topic (sent on the next sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new-topic --category ID --title TITLE (--file FILE | -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category to post in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new-topic takes no arguments but &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new-topic needs --category ID (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new-topic needs --title TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued the new topic “%1” as %2; it will be sent on the next sync. Reply to it before then with &apos;outpost-cli reply %2 -&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::cli::OutboxCommand</name>
    <message>
        <source>List the outbox; show, retry, discard or send its items now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox retry ID [--keep-mine]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox discard ID [--with-replies]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox send [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry: for an edit in conflict, send yours over the forum&apos;s newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry: for an edit in conflict, keep the forum&apos;s version and drop yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discard: also discard the queued replies to this new topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;outbox %1&apos; needs the id of an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments for &apos;outbox %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, show, retry, discard, send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several outbox items; give more of the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no outbox item &apos;%1&apos;; &apos;outpost-cli outbox&apos; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: an earlier attempt to send it may have reached the forum; check the topic there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>this edit is in conflict with a newer version on the forum: retry it with --keep-mine or --take-theirs (&apos;outpost-cli outbox show %1&apos; shows both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the forum&apos;s version; your edit was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1 again; it will be sent on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the forum: post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s text (version %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;outpost-cli outbox&apos; lists them with the forum&apos;s reasons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::cli::OutboxText</name>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than 4 MB; that is not the text of a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is empty; there is nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse posts shorter than %n characters; it is queued anyway, and the forum will say.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse posts longer than %n characters; it is queued anyway, and the forum will say.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse titles shorter than %n characters; it is queued anyway, and the forum will say.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued (checking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent (awaiting approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention (conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after new topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic %1, post %2</source>
        <extracomment>%1 is a topic id, %2 a post number in it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in category %2</source>
        <extracomment>%1 is a topic title, %2 a category id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::cli::ReadCommands</name>
    <message>
        <source>List the forum&apos;s categories; followed ones are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;categories&apos; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No categories in the offline copy yet: run &apos;outpost-cli sync&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPICS</source>
        <extracomment>Column: topics cached offline / topics on the forum.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLLOWED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List cached topics, newest activity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this category and its subcategories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N topics (default 50; 0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;topics&apos; takes no arguments, only options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topics in the offline copy yet: follow categories and run &apos;outpost-cli sync&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a cached topic, post by post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;thread&apos; needs one topic id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic %1 is not in the offline copy; fetch it with &apos;outpost-cli sync --topic %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3 posts cached</source>
        <extracomment>Under a thread&apos;s title: %1 category, %2 posts cached, %3 posts on the forum.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <extracomment>After a post&apos;s date: it was edited.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post of this topic is cached; fetch it with &apos;outpost-cli sync --topic %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is new since the previous sync, and the forum&apos;s top topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;digest&apos; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No digest yet: run &apos;outpost-cli sync&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest of %1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics with new posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top topics of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top topics of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the cached posts (accents and case do not matter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in this category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;search&apos; needs something to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the offline copy matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (topic %2, #%3 by %4, %5)</source>
        <extracomment>A search result&apos;s heading: %1 title, %2 topic id, %3 post number, %4 author, %5 when.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per forum: last sync, followed categories, what is cached, the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;status&apos; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forum yet. Add one with &apos;outpost-cli forum add URL&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default) — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stopped early; last complete: %2)</source>
        <extracomment>After the time of the last sync, when it stopped early.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync:</source>
        <extracomment>Labels of &apos;outpost-cli status&apos;, aligned in a column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>following:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 topics, %2 posts, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::cli::ReadOutput</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSTS</source>
        <extracomment>Column of cached/total posts, e.g. &quot;12/14&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNREAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [closed]</source>
        <extracomment>A closed topic&apos;s title in lists.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>A topic never opened, in the UNREAD column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::cli::ReplyCommand</name>
    <message>
        <source>Queue a reply to a topic (sent on the next sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply TOPIC_ID (--file FILE | -) [--to POST_NUMBER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply NEW_TOPIC_OUTBOX_ID (--file FILE | -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to this post of the topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST_NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply needs a topic id, then the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs a post number (1, 2, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued the reply to topic %1 as %2; it will be sent on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several outbox items; give more of the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a topic id nor a new topic in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued the reply as %1; it will be sent on the next sync, after the new topic %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::cli::SyncCommands</name>
    <message>
        <source>Pull the followed categories and the digest into the offline copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also fetch one more window of older topics of this category (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORY_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also fetch this whole thread now, first (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPIC_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sync&apos; takes no arguments, only options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a topic id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced part of “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics updated:</source>
        <extracomment>Labels of the sync summary, aligned in a column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 edited, %3 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 down, %3 up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (the next sync tries again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You follow no category of this forum yet, so only its categories and the digest were synced. &apos;outpost-cli categories&apos; lists them; &apos;outpost-cli follow ID&apos; picks the ones to keep offline.</source>
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
        </translation>
    </message>
</context>
<context>
    <name>outpost::forums</name>
    <message>
        <source>Type the address of the forum, for example community.dhis2.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address. Type it as it appears in your browser, for example community.dhis2.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpost opens forums over https (or http). “%1” is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the name and password out of the address; public forums need neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpost could not reach the forum. Check the address and your connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This forum shows its categories only to members who are signed in. Outpost cannot sign in yet, so it cannot follow this forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Discourse forum at this address. Check it against the one in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address answered, but not as a Discourse forum does. Check that it is the forum&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::gui::AppCommandLine</name>
    <message>
        <source>Outpost: read, search and follow a Discourse forum, also offline.</source>
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
        <source>Where the cache and settings live (default: $OUTPOST_PROFILE, else the platform&apos;s application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the main window for about a second and quit (for packaging checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this forum (or open it, if it is already added) and skip the first-start questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add-forum: follow these categories, by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID,ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;outpost --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost: --follow needs --add-forum URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpost: &apos;%1&apos; is not a category id (a positive number)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoriesPage</name>
    <message>
        <source>Which categories do you follow?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpost downloads the topics of the categories you follow. You can change this any time with the stars in the sidebar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::gui::ForumPage</name>
    <message>
        <source>Which forum do you want to read?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpost keeps a copy of a Discourse forum on this computer, so you can read and search it without a connection. Public forums need no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHIS2 Community of Practice (%1)</source>
        <extracomment>The forum offered first; %1 is its address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Discourse forum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forum.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You seem to be offline. Outpost needs a connection once, to fetch the forum’s categories. Connect, then click Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Next to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::gui::OptionsPage</name>
    <message>
        <source>How much to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These choices are in the settings too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of activity to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now, and whenever Outpost starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync when the connection comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download pictures on a metered connection too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download topics active in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a metered connection Outpost downloads only what you ask for: it syncs when you click Sync and leaves pictures until you click them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::gui::SearchView</name>
    <message>
        <source>%1  ·  @%2  ·  %3  ·  post %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::gui::SyncStatusBar</name>
    <message>
        <source>%1 · %2 downloaded</source>
        <extracomment>What a sync used: %1 is &quot;12 requests&quot;, %2 a size such as &quot;340 KB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::media</name>
    <message>
        <source>This picture has no web address Outpost can download it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download is not a picture Outpost can show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpost could not save the picture. Check that there is room on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was stopped.</source>
        <translation type="unfinished"></translation>
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
    <name>outpost::outbox::Outbox</name>
    <message>
        <source>There is nothing to send: the text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no new topic with that id in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new topic needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not an edit in conflict.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::outbox::OutboxDelivery</name>
    <message>
        <source>An earlier attempt to send this may have arrived; Outpost could not check yet and sends nothing until it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edit does not say which post it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post you edited is no longer on the forum, or you may no longer see it. Your text is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this post on the forum after you began your edit. Compare both versions and choose which to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: the forum could not be reached in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke before the forum answered. Outpost checks whether this arrived before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s answer could not be read. Outpost checks whether this arrived before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum did not allow this. The topic or category may be closed to you, or it may be something the forum never allows (such as liking your own post).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this post on the forum meanwhile; Outpost will fetch their version on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s answer could not be read; Outpost tries again on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Outpost window or program is sending this forum&apos;s outbox right now. Nothing was sent twice; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sign in to send: %n item(s) are waiting in the outbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sending was cancelled. What was not sent stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new topic this replies to was removed from the outbox. Choose a topic to reply to, or keep this as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a moderator to approve the new topic this replies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the new topic this replies to, which needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the new topic this replies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum refused your sign-in key, so nothing more was sent. Sign in to this forum again; your posts wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum sent an answer Outpost cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s request limit is used up for now, or the forum asked Outpost to wait. Sending goes on from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum could not be reached. The outbox is sent on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were accepted and wait for a moderator&apos;s approval.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The forum refused %n item(s); they need your attention. Nothing was lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for an earlier item, or for the forum to answer; they are sent on the next sync.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>This was already sent, so it cannot be changed here any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is being sent right now. Wait until it has gone or been refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier attempt to send this may have reached the forum. Outpost checks that on the next sync; change it after that.</source>
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
    <message>
        <source>The post was changed on the forum after you began your edit. Keep your version, take the forum&apos;s, or edit yours to merge them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outpost::sync</name>
    <message>
        <source>Fetching the forum&apos;s categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s categories were not updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your settings on the forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum did not recognise your sign-in, so only what anyone may read was synced. Connect Outpost to your account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories you watch on the forum were not read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories you watch on the forum were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the top topics of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the top topics of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top topics of the week were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top topics of the month were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1</source>
        <extracomment>Stands for a category whose name is not known yet; %1 is its number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching “%1” (page %2)</source>
        <extracomment>%1 is a category name, %2 a page number (1 is the newest).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of “%1” (page %2) was not read.</source>
        <extracomment>%1 is a category name, %2 a page number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing posts for search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped because of an unexpected error. What was saved before is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in about %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in about %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The forum&apos;s request limit for now is used up, so the sync stopped; what was downloaded is kept. It can go on after %1 (%2).</source>
        <extracomment>%1 is a local time (or date and time), %2 how long until then (&quot;in about 3 hours&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum could not be reached, so the sync stopped; what was downloaded is kept. %1</source>
        <extracomment>%1 says what went wrong with the connection (a whole sentence).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled; what was downloaded is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped because the offline copy could not be written. %1 What was saved before is intact.</source>
        <extracomment>%1 is the store&apos;s own sentence about the failure (e.g. the disk is full).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) like these were left out of this report.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what was not updated, %2 why (both are whole sentences).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic %1</source>
        <extracomment>Stands for a topic whose title is not known yet; %1 is its number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic “%1” was not updated.</source>
        <extracomment>%1 is a topic title (or &quot;topic 123&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching posts of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some posts of the topic “%1” were not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>[%1/%2 topics, %3] %4</source>
        <extracomment>The sync&apos;s progress line: %1/%2 topics done/planned, %3 bytes downloaded, %4 what it is doing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: finishing what is being saved …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
