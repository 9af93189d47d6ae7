<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>outpost::cli::OutboxCommand</name>
    <message numerus="yes">
        <source>Discarded %n item(s).</source>
        <translation>
            <numerusform>Discarded %n item.</numerusform>
            <numerusform>Discarded %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n item(s).</source>
        <translation>
            <numerusform>Sent %n item.</numerusform>
            <numerusform>Sent %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::cli::OutboxText</name>
    <message numerus="yes">
        <source>note: forums usually refuse posts shorter than %n characters; it is queued anyway, and the forum will say.</source>
        <translation>
            <numerusform>note: forums usually refuse posts shorter than %n characters; it is queued anyway, and the forum will say.</numerusform>
            <numerusform>note: forums usually refuse posts shorter than %n characters; it is queued anyway, and the forum will say.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse posts longer than %n characters; it is queued anyway, and the forum will say.</source>
        <translation>
            <numerusform>note: forums usually refuse posts longer than %n characters; it is queued anyway, and the forum will say.</numerusform>
            <numerusform>note: forums usually refuse posts longer than %n characters; it is queued anyway, and the forum will say.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse titles shorter than %n characters; it is queued anyway, and the forum will say.</source>
        <translation>
            <numerusform>note: forums usually refuse titles shorter than %n characters; it is queued anyway, and the forum will say.</numerusform>
            <numerusform>note: forums usually refuse titles shorter than %n characters; it is queued anyway, and the forum will say.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::discourse</name>
    <message numerus="yes">
        <source>Table shortened: %n more row(s) not shown.</source>
        <translation>
            <numerusform>Table shortened: %n more row not shown.</numerusform>
            <numerusform>Table shortened: %n more rows not shown.</numerusform>
        </translation>
    </message>
</context>
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
    <name>outpost::gui::ForumMenu</name>
    <message numerus="yes">
        <source>“%1” still has %n draft(s) or unsent post(s) in the outbox. Send or delete them before removing the forum.</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>
            <numerusform>“%1” still has %n draft or unsent post in the outbox. Send or delete it before removing the forum.</numerusform>
            <numerusform>“%1” still has %n drafts or unsent posts in the outbox. Send or delete them before removing the forum.</numerusform>
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
    <message numerus="yes">
        <source>The forum refused %n item(s): see the outbox.</source>
        <translation>
            <numerusform>The forum refused %n item: see the outbox.</numerusform>
            <numerusform>The forum refused %n items: see the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n item(s).</source>
        <translation>
            <numerusform>Sent %n item.</numerusform>
            <numerusform>Sent %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::OutboxView</name>
    <message numerus="yes">
        <source>%n item(s) need your attention.</source>
        <extracomment>%n items need the person&apos;s decision</extracomment>
        <translation>
            <numerusform>%n item needs your attention.</numerusform>
            <numerusform>%n items need your attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n item waiting to be sent.</numerusform>
            <numerusform>%n items waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) you wrote to this topic wait for it. Discarding the topic discards them too.</source>
        <translation>
            <numerusform>%n reply you wrote to this topic waits for it. Discarding the topic discards it too.</numerusform>
            <numerusform>%n replies you wrote to this topic wait for it. Discarding the topic discards them too.</numerusform>
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
<context>
    <name>outpost::outbox::OutboxDelivery</name>
    <message numerus="yes">
        <source>Sign in to send: %n item(s) are waiting in the outbox.</source>
        <translation>
            <numerusform>Sign in to send: %n item is waiting in the outbox.</numerusform>
            <numerusform>Sign in to send: %n items are waiting in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were accepted and wait for a moderator&apos;s approval.</source>
        <translation>
            <numerusform>%n item was accepted and waits for a moderator&apos;s approval.</numerusform>
            <numerusform>%n items were accepted and wait for a moderator&apos;s approval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The forum refused %n item(s); they need your attention. Nothing was lost.</source>
        <translation>
            <numerusform>The forum refused %n item; it needs your attention. Nothing was lost.</numerusform>
            <numerusform>The forum refused %n items; they need your attention. Nothing was lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for an earlier item, or for the forum to answer; they are sent on the next sync.</source>
        <translation>
            <numerusform>%n item waits for an earlier item, or for the forum to answer; it is sent on the next sync.</numerusform>
            <numerusform>%n items wait for an earlier item, or for the forum to answer; they are sent on the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::store</name>
    <message numerus="yes">
        <source>This forum still has %n draft(s) or unsent post(s). Send or delete them before removing the forum.</source>
        <translation>
            <numerusform>This forum still has %n draft or unsent post. Send or delete it before removing the forum.</numerusform>
            <numerusform>This forum still has %n drafts or unsent posts. Send or delete them before removing the forum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::sync</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in about %n hour(s)</source>
        <translation>
            <numerusform>in about %n hour</numerusform>
            <numerusform>in about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in about %n day(s)</source>
        <translation>
            <numerusform>in about %n day</numerusform>
            <numerusform>in about %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) like these were left out of this report.</source>
        <translation>
            <numerusform>%n more problem like these was left out of this report.</numerusform>
            <numerusform>%n more problems like these were left out of this report.</numerusform>
        </translation>
    </message>
</context>
</TS>
