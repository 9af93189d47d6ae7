<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>outpost::gui::CategoryChoiceModel</name>
    <message numerus="yes">
        <source>%1 (%n topic(s))</source>
        <extracomment>A category to choose on first start: %1 its name, then its number of topics</extracomment>
        <translation>
            <numerusform>%1 (%n topic)</numerusform>
            <numerusform>%1 (%n topics)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n topic(s)</source>
        <translation>
            <numerusform>%1, %n topic</numerusform>
            <numerusform>%1, %n topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoryTreeModel</name>
    <message numerus="yes">
        <source>%n new topic(s)</source>
        <translation>
            <numerusform>%n new topic</numerusform>
            <numerusform>%n new topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread topic(s)</source>
        <translation>
            <numerusform>%n unread topic</numerusform>
            <numerusform>%n unread topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) downloaded</source>
        <translation>
            <numerusform>%n topic downloaded</numerusform>
            <numerusform>%n topics downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) with unread posts</source>
        <translation>
            <numerusform>%n topic with unread posts</numerusform>
            <numerusform>%n topics with unread posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::MainWindow</name>
    <message numerus="yes">
        <source>The sync finished, but %n thing(s) went wrong.</source>
        <translation>
            <numerusform>The sync finished, but one thing went wrong.</numerusform>
            <numerusform>The sync finished, but %n things went wrong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::SearchView</name>
    <message numerus="yes">
        <source>%n post(s) match “%1”</source>
        <translation>
            <numerusform>%n post matches “%1”</numerusform>
            <numerusform>%n posts match “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::SettingsDialog</name>
    <message numerus="yes">
        <source>Links open in your browser after you saw where they go. %n site(s) open without asking.</source>
        <translation>
            <numerusform>Links open in your browser after you saw where they go. %n site opens without asking.</numerusform>
            <numerusform>Links open in your browser after you saw where they go. %n sites open without asking.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::SyncStatusBar</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s)</source>
        <translation>
            <numerusform>%n new post</numerusform>
            <numerusform>%n new posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::ThreadView</name>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n view</numerusform>
            <numerusform>%n views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded: %1 of %n post(s).</source>
        <extracomment>%1 is how many posts of the topic are in the offline copy, %n how many it has</extracomment>
        <translation>
            <numerusform>Downloaded: %1 of %n post.</numerusform>
            <numerusform>Downloaded: %1 of %n posts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::TimeText</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>Minutes ago, in a list where room is short</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>Hours ago, in a list where room is short</extracomment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>Days ago, in a list where room is short</extracomment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::TopicDelegate</name>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::TopicListModel</name>
    <message numerus="yes">
        <source>%n unread post(s)</source>
        <translation>
            <numerusform>%n unread post</numerusform>
            <numerusform>%n unread posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::TopicListView</name>
    <message numerus="yes">
        <source>The newest topics of the %n categories you follow.</source>
        <translation>
            <numerusform>The newest topics of the category you follow.</numerusform>
            <numerusform>The newest topics of the %n categories you follow.</numerusform>
        </translation>
    </message>
</context>
</TS>
