#include "ShowcaseForum.h"

#include "Clock.h"
#include "discourse/CookedHtml.h"
#include "store/CacheWriter.h"
#include "store/Database.h"
#include "store/ReadState.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace outpost::testing {

namespace {

struct Person
{
    qint64 id;
    const char *username;
    const char *name;
};

const Person kPeople[] = {
        {11, "amina_d", "Amina Diallo"},      {12, "jbmugisha", "Jean-Baptiste Mugisha"},
        {13, "priya.raman", "Priya Raman"},   {14, "cmendes", "Carlos Mendes"},
        {15, "fatima_h", "Fatima Al-Hassan"}, {16, "tomas.ortega", "Tomás Ortega"},
        {17, "gwanjiru", "Grace Wanjiru"},    {18, "olav", "Olav Hansen"},
        {19, "nguyen.lan", "Nguyễn Thị Lan"}, {20, "kwame", "Kwame Asante"},
};

const Person &person(int i)
{
    return kPeople[size_t(i) % (sizeof(kPeople) / sizeof(kPeople[0]))];
}

QString emoji(const char *name)
{
    return u"<img src=\"/images/emoji/twitter/%1.png?v=12\" title=\":%1:\" class=\"emoji\" "
           "alt=\":%1:\" loading=\"lazy\" width=\"20\" height=\"20\">"_s.arg(QLatin1String(name));
}

const char *const kEnglish[] = {
        "We see the same on our national instance since the last upgrade.",
        "Could you share the exact server version and the version of the app on the devices?",
        "The analytics tables were regenerated last night, but the dashboard still shows the old "
        "values.",
        "In our experience the problem comes from the org unit assignments of the users rather "
        "than from the program itself.",
        "Have a look at the sharing settings of the program stages: the users need data write "
        "access, not only metadata read.",
        "We solved it by running the maintenance task that clears the application cache, then "
        "logging out and in again.",
        "The documentation has a section on this; it is easy to miss because it sits under the "
        "system administration guide.",
        "Thanks, that worked for two of the three districts. The third one still fails with the "
        "same message.",
        "It would help to see the server log around the time of the failed request.",
        "For the record: the district health information officers meet every month to review "
        "data quality, and this came up again.",
        "We are planning the rollout to 120 health facilities next quarter, so any advice on "
        "training is welcome.",
        "Is there a way to do this through the Web API instead of the import app?",
        "I opened an issue in the tracker with the steps to reproduce it.",
        "The fix is in the next patch release, according to the release notes.",
        "Our connection in the field is very slow, so we sync the tablets at the district office "
        "once a week.",
        "Be careful with the period type when you change it: existing data values are not "
        "converted.",
};
const char *const kFrench[] = {
        "Nous avons le même problème depuis la mise à jour du serveur.",
        "La synchronisation fonctionne au niveau du district mais pas dans les formations "
        "sanitaires.",
        "Merci pour votre aide, cela a résolu le problème pour nous.",
        "Est-ce que quelqu’un a déjà organisé une formation à distance pour les agents ?",
};
const char *const kSpanish[] = {
        "Tenemos el mismo error al exportar los datos del último trimestre.",
        "¿Alguien ha probado con la versión más reciente de la aplicación?",
        "Gracias, con ese cambio en la configuración ya funciona.",
};
const char *const kPortuguese[] = {
        "Estamos a preparar o relatório de cobertura vacinal por distrito.",
        "Os dados do mês passado ainda não aparecem no painel.",
        "Obrigado pela explicação, ficou muito claro.",
};
const char *const kArabic[] = {
        "نواجه نفس المشكلة منذ تحديث الخادم إلى الإصدار الجديد.",
        "هل يمكن مشاركة إعدادات البرنامج التي استخدمتموها؟",
        "شكراً جزيلاً، تم حل المشكلة بعد إعادة تشغيل المزامنة.",
};

struct TopicPlan
{
    qint64 id;
    qint64 category;
    const char *title;
    int posts;
    int language; // 0 en, 1 fr, 2 es, 3 pt, 4 ar
    int hoursAgo; // last activity
};

const TopicPlan kTopics[] = {
        {4001, 1, "DHIS2 Annual Conference 2024: call for abstracts is open", 6, 0, 30},
        {4002, 1, "Release of DHIS2 version 2.41 and Android Capture App 3.0", 14, 0, 52},
        {4003, 21, "Searching tracked entities across organisation units", 9, 0, 7},
        {4004, 21, "Program rules for BMI calculation do not fire on Android", 5, 0, 20},
        {4005, 21, "Enrollment dates shifted by one day after import", 11, 0, 75},
        {4006, 22, "Data approval workflow with three levels", 7, 0, 12},
        {4007, 22, "Importing the WHO malaria surveillance metadata package", 16, 0, 140},
        {4008, 22, "Data set reports: totals differ from the pivot table", 4, 0, 3},
        {4009, 23, "Dashboard items load slowly after the analytics run", 12, 0, 9},
        {4010, 23, "Scheduling the analytics tables export at night", 3, 0, 200},
        {4011, 23, "Visualizer: showing targets next to actual values", 8, 0, 26},
        {4012, 3, "Android app login fails with 401 on a self-hosted server", 10, 0, 15},
        {4013, 3, "Offline data entry for a month without connection", 13, 0, 40},
        {4014, 4, "Sending aggregate data from an EMR through the Web API", 6, 0, 60},
        {4015, 4, "FHIR integration: mapping immunization events", 5, 0, 300},
        {4016, 5, "Building a custom app with the App Platform", 9, 0, 90},
        {4017, 5, "Postgres 14 upgrade: anything to watch out for?", 8, 0, 33},
        {4018, 6, "Training materials for district data managers", 7, 0, 48},
        {4019, 6, "Level 1 Academy: fundamentals course online", 4, 0, 170},
        {4020, 7, "Problème de synchronisation des données agrégées au niveau district", 6, 1, 5},
        {4021, 7, "Formation DHIS2 pour les agents de santé communautaires", 4, 1, 100},
        {4022, 8, "Error al exportar datos del trimestre a Excel", 5, 2, 22},
        {4023, 8, "Configuración de reglas de programa para embarazadas", 3, 2, 130},
        {4024, 9, "Relatório de cobertura vacinal por distrito", 6, 3, 18},
        {4025, 9, "Dúvida sobre conjuntos de dados mensais e trimestrais", 4, 3, 250},
        {4026, 10, "مشكلة في مزامنة بيانات التطبيق بعد التحديث", 5, 4, 11},
        {4027, 10, "تدريب على لوحة المعلومات لمسؤولي البيانات", 3, 4, 160},
        {4028, 21, "Event reports: filtering by an option set", 6, 0, 36},
        {4029, 22, "Locking data entry after the reporting deadline", 9, 0, 58},
        {4030, 3, "Tablets running out of storage after months of use", 7, 0, 66},
};

QString sentenceFor(int language, int i)
{
    switch (language) {
    case 1:
        return QString::fromUtf8(kFrench[size_t(i) % (sizeof(kFrench) / sizeof(kFrench[0]))]);
    case 2:
        return QString::fromUtf8(kSpanish[size_t(i) % (sizeof(kSpanish) / sizeof(kSpanish[0]))]);
    case 3:
        return QString::fromUtf8(
                kPortuguese[size_t(i) % (sizeof(kPortuguese) / sizeof(kPortuguese[0]))]);
    case 4:
        return QString::fromUtf8(kArabic[size_t(i) % (sizeof(kArabic) / sizeof(kArabic[0]))]);
    default:
        return QString::fromUtf8(kEnglish[size_t(i) % (sizeof(kEnglish) / sizeof(kEnglish[0]))]);
    }
}

discourse::Post makePost(qint64 topicId, int number, const Person &who, const QDateTime &at,
                         const QString &cooked)
{
    discourse::Post p;
    p.id = topicId * 1000 + number;
    p.topicId = topicId;
    p.postNumber = number;
    p.userId = who.id;
    p.username = QString::fromUtf8(who.username);
    p.name = QString::fromUtf8(who.name);
    p.avatarTemplate = u"/user_avatar/community.example.org/%1/{size}/1_2.png"_s.arg(p.username);
    p.createdAt = at;
    p.updatedAt = at;
    p.cooked = cooked;
    return p;
}

discourse::TopicListItem listItemFor(const discourse::TopicDetail &d)
{
    discourse::TopicListItem t;
    t.id = d.id;
    t.title = d.title;
    t.slug = d.slug;
    t.categoryId = d.categoryId;
    t.postsCount = d.postsCount;
    t.replyCount = std::max(0, d.postsCount - 1);
    t.highestPostNumber = d.highestPostNumber;
    t.createdAt = d.createdAt;
    t.lastPostedAt = d.lastPostedAt;
    t.bumpedAt = d.bumpedAt.value_or(d.lastPostedAt);
    t.pinned = d.pinned;
    t.closed = d.closed;
    t.views = 40 + int(d.id % 17) * 23 + d.postsCount * 11;
    t.likeCount = d.postsCount / 2;
    t.lastPosterUsername = d.posts.isEmpty() ? QString() : d.posts.constLast().username;
    return t;
}

QStringList plainTextsOf(const QList<discourse::Post> &posts)
{
    QStringList texts;
    for (const discourse::Post &p : posts)
        texts << discourse::CookedHtml::searchText(p.cooked);
    return texts;
}

discourse::TopicDetail richTopic(const QDateTime &now)
{
    discourse::TopicDetail d;
    d.id = ShowcaseForum::richTopicId;
    d.title = u"Tracker data not syncing on Android after upgrading to 2.40"_s;
    d.slug = u"tracker-data-not-syncing-on-android-after-upgrading-to-2-40"_s;
    d.categoryId = 3;
    const QString base = u"https://community.example.org"_s;
    QList<discourse::Post> &posts = d.posts;
    posts << makePost(
            d.id, 1, person(0), now.addSecs(-5 * 3600),
            u"<p>Since we upgraded our server to <strong>2.40.2</strong>, Android Capture "
            "users in two districts can no longer sync tracker data. The app says "
            "<em>“Sync failed”</em> and nothing reaches the server.</p>\n"
            "<p>What we checked so far:</p>\n<ol>\n<li>The users have the right "
            "organisation units and program access</li>\n<li>Web Capture works for "
            "the same users</li>\n<li>The app is version 2.9.1 on every tablet</li>\n"
            "</ol>\n<p>The log on a tablet says:</p>\n<pre><code class=\"lang-plaintext\">"
            "E/SyncWorker: TrackedEntityInstance upload failed\n"
            "  HTTP 409 Conflict: Enrollment date is after the incident date\n"
            "  at org.hisp.dhis.android.core.tracker.TrackerPostCall.upload\n"
            "</code></pre>\n<p><div class=\"lightbox-wrapper\"><a class=\"lightbox\" "
            "href=\"%1/uploads/default/original/2X/7/7f3a9c.png\" "
            "data-download-href=\"/uploads/default/7f3a9c\" title=\"Sync error on the "
            "tablet\"><img src=\"%1/uploads/default/optimized/2X/7/7f3a9c_2_690x388.png\" "
            "alt=\"Sync error on the tablet\" width=\"690\" height=\"388\"><div "
            "class=\"meta\"><span class=\"filename\">Sync error on the tablet</span>"
            "<span class=\"informations\">1366×768 245 KB</span></div></a></div></p>\n"
            "<p>Has anyone seen this after the upgrade?</p>"_s.arg(base));
    posts << makePost(d.id, 2, person(1), now.addSecs(-4 * 3600 - 600),
                      u"<aside class=\"quote no-group\" data-username=\"amina_d\" data-post=\"1\" "
                      "data-topic=\"4101\">\n<div class=\"title\">\n<div class=\"quote-controls\">"
                      "</div>\n<img alt=\"\" width=\"24\" height=\"24\" src=\"/avatar.png\" "
                      "class=\"avatar\"> amina_d:</div>\n<blockquote>\n<p>HTTP 409 Conflict: "
                      "Enrollment date is after the incident date</p>\n</blockquote>\n</aside>\n"
                      "<p>This is the new validation in 2.40: the server now refuses enrollments "
                      "whose enrollment date is after the incident date. This query lists the "
                      "enrollments it will refuse:</p>\n<pre><code class=\"lang-sql\">SELECT "
                      "pi.uid, pi.enrollmentdate, pi.incidentdate\nFROM programinstance pi\n"
                      "WHERE pi.enrollmentdate &gt; pi.incidentdate;\n</code></pre>\n<p>Fix the "
                      "dates (or relax the check in the program settings) and the tablets will "
                      "sync again. <a class=\"mention\" href=\"/u/priya.raman\">@priya.raman</a> "
                      "saw the same in her districts last month.</p>"_s);
    posts.last().replyToPostNumber = 1;
    posts << makePost(d.id, 3, person(2), now.addSecs(-3 * 3600 - 1200),
                      u"<p>Yes, same here. The documentation explains the new check:</p>\n"
                      "<aside class=\"onebox allowlistedgeneric\" data-onebox-src=\"https://docs."
                      "dhis2.org/en/use/android-app/configure.html\">\n<header class=\"source\">"
                      "<a href=\"https://docs.dhis2.org/en/use/android-app/configure.html\">docs."
                      "dhis2.org</a></header>\n<article class=\"onebox-body\">\n<h3><a href=\""
                      "https://docs.dhis2.org/en/use/android-app/configure.html\">Configuring the "
                      "Android Capture App — DHIS2 Documentation</a></h3>\n<p>Synchronisation "
                      "settings, program rules and what the app checks before it uploads tracker "
                      "data.</p>\n</article>\n</aside>\n<p>We ran the query from "
                      "<a href=\"%1/t/tracker-data-not-syncing/4101/2\">post 2</a>, fixed 37 "
                      "enrollments, and every tablet synced within the hour.</p>"_s.arg(base));
    posts.last().replyToPostNumber = 2;
    posts << makePost(d.id, 4, person(3), now.addSecs(-2 * 3600),
                      u"<p>For others who land here, what we saw with each version:</p>\n"
                      "<div class=\"md-table\">\n<table>\n<thead>\n<tr><th>Server</th><th>Android "
                      "app</th><th>Result</th></tr>\n</thead>\n<tbody>\n<tr><td>2.39.4</td><td>"
                      "2.8.2</td><td>Syncs</td></tr>\n<tr><td>2.40.2</td><td>2.9.1</td><td>409 "
                      "until the dates are fixed</td></tr>\n<tr><td>2.40.3</td><td>2.9.1</td><td>"
                      "Syncs, check relaxed</td></tr>\n</tbody>\n</table>\n</div>\n<ul>\n<li>Back "
                      "up the database before changing dates</li>\n<li>Tell the data clerks "
                      "before the tablets sync again</li>\n</ul>"_s);
    posts << makePost(d.id, 5, person(0), now.addSecs(-40 * 60),
                      u"<p>Thank you all! After correcting the dates every district synced %1</p>\n"
                      "<p>I will add a note to our upgrade checklist %2</p>"_s.arg(
                              emoji("heavy_check_mark"), emoji("heart")));
    posts.last().replyToPostNumber = 2;
    posts.last().version = 2;
    posts.last().updatedAt = now.addSecs(-25 * 60);
    d.postsCount = int(posts.size());
    d.highestPostNumber = d.postsCount;
    d.createdAt = posts.first().createdAt;
    d.lastPostedAt = posts.last().createdAt;
    d.bumpedAt = d.lastPostedAt;
    for (const discourse::Post &p : std::as_const(posts))
        d.stream << p.id;
    return d;
}

discourse::TopicDetail plannedTopic(const TopicPlan &plan, const QDateTime &now)
{
    discourse::TopicDetail d;
    d.id = plan.id;
    d.title = QString::fromUtf8(plan.title);
    d.slug = u"topic-%1"_s.arg(plan.id);
    d.categoryId = plan.category;
    d.pinned = plan.id == 4001;
    d.closed = plan.id == 4019;
    const QDateTime last = now.addSecs(-qint64(plan.hoursAgo) * 3600);
    const QDateTime first = last.addSecs(-qint64(plan.posts) * 5 * 3600);
    QRandomGenerator random(quint32(plan.id));
    for (int n = 1; n <= plan.posts; ++n) {
        const QDateTime at =
                n == plan.posts
                        ? last
                        : first.addSecs(qint64(n - 1) * 5 * 3600 + qint64(random.bounded(3600)));
        QString cooked = u"<p>%1 %2</p>"_s.arg(sentenceFor(plan.language, int(plan.id) + n),
                                               sentenceFor(plan.language, int(plan.id) * 3 + n));
        if (plan.language == 0 && n % 3 == 0)
            cooked += u"\n<p>%1</p>"_s.arg(sentenceFor(0, n * 7));
        d.posts << makePost(d.id, n, person(int(plan.id) + n * 3), at, cooked);
        if (n > 2 && n % 4 == 0)
            d.posts.last().replyToPostNumber = n - 2;
    }
    d.postsCount = plan.posts;
    d.highestPostNumber = plan.posts;
    d.createdAt = d.posts.first().createdAt;
    d.lastPostedAt = d.posts.last().createdAt;
    d.bumpedAt = d.lastPostedAt;
    for (const discourse::Post &p : std::as_const(d.posts))
        d.stream << p.id;
    return d;
}

discourse::TopicDetail longTopic(const QDateTime &now)
{
    const TopicPlan plan{
            ShowcaseForum::longTopicId,    22, "Monthly data quality review: share your findings",
            ShowcaseForum::longTopicPosts, 0,  2};
    discourse::TopicDetail d = plannedTopic(plan, now);
    for (int i = 0; i < d.posts.size(); ++i)
        d.posts[i].createdAt = now.addSecs(-qint64(d.posts.size() - i) * 3 * 3600);
    d.createdAt = d.posts.first().createdAt;
    d.lastPostedAt = d.posts.last().createdAt;
    d.bumpedAt = d.lastPostedAt;
    return d;
}

void writeTopic(store::CacheWriter &writer, discourse::TopicDetail detail, int cachedPosts = -1)
{
    discourse::TopicListPage page;
    page.topics << listItemFor(detail);
    writer.upsertTopicList(page);
    if (cachedPosts >= 0 && cachedPosts < detail.posts.size())
        detail.posts = detail.posts.mid(0, cachedPosts);
    // Chunks of 20 posts, as /t/{id}.json and /t/{id}/posts.json deliver them.
    const QList<discourse::Post> all = detail.posts;
    detail.posts = all.mid(0, 20);
    writer.applyTopicDetail(detail, plainTextsOf(detail.posts));
    for (qsizetype at = 20; at < all.size(); at += 50) {
        const QList<discourse::Post> batch = all.mid(at, 50);
        writer.upsertPosts(batch, plainTextsOf(batch));
    }
}

} // namespace

QDateTime ShowcaseForum::now()
{
    return QDateTime(QDate(2024, 5, 14), QTime(9, 30), Qt::UTC);
}

QList<discourse::Category> ShowcaseForum::categories()
{
    struct Plan
    {
        qint64 id;
        std::optional<qint64> parent;
        const char *name;
        const char *colour;
        const char *description;
    };
    const Plan plans[] = {
            {1, std::nullopt, "Announcements", "0088CC",
             "News from the DHIS2 core team and the community."},
            {2, std::nullopt, "Implementation", "25AAE2",
             "Running DHIS2 in a country, a program or an organisation."},
            {21, 2, "Tracker and events", "F7941D",
             "Individual-level data: tracked entities, enrollments, events."},
            {22, 2, "Aggregate data", "3AB54A",
             "Data sets, data entry, approval and data quality."},
            {23, 2, "Analytics and dashboards", "BF1E2E",
             "Pivot tables, charts, maps and dashboards."},
            {3, std::nullopt, "Android app", "652D90",
             "The DHIS2 Android Capture App in the field."},
            {4, std::nullopt, "Integration", "12A89D",
             "Exchanging data with other systems: APIs, FHIR, EMRs."},
            {5, std::nullopt, "Development", "808281",
             "Building apps and working on DHIS2 itself."},
            {6, std::nullopt, "Learning and training", "E45735",
             "Courses, academies and training material."},
            {7, std::nullopt, "Français", "0E76BD", "Discussions en français."},
            {8, std::nullopt, "Español", "D1A32E", "Discusiones en español."},
            {9, std::nullopt, "Português", "92278F", "Discussões em português."},
            {10, std::nullopt, "العربية", "AB9364", "نقاشات باللغة العربية."},
    };
    QList<discourse::Category> categories;
    int position = 0;
    for (const Plan &p : plans) {
        discourse::Category c;
        c.id = p.id;
        c.parentId = p.parent;
        c.name = QString::fromUtf8(p.name);
        c.slug = u"category-%1"_s.arg(p.id);
        c.color = QString::fromLatin1(p.colour);
        c.textColor = u"FFFFFF"_s;
        c.descriptionText = QString::fromUtf8(p.description);
        c.position = position++;
        c.topicCount = 40 + int(p.id) * 7;
        categories << c;
    }
    return categories;
}

QList<qint64> ShowcaseForum::followedCategoryIds()
{
    return {1, 21, 22, 23, 3, 7, 10};
}

void ShowcaseForum::fill(store::Database &db, const Clock &clock)
{
    const QDateTime now = ShowcaseForum::now();
    store::CacheWriter writer(db, clock);
    writer.setIndexBatchSize(1'000'000); // one index pass at the end
    writer.upsertCategories(categories(), true);

    QList<discourse::TopicDetail> topics;
    topics << richTopic(now) << longTopic(now);
    for (const TopicPlan &plan : kTopics)
        topics << plannedTopic(plan, now);
    const TopicPlan partlyRead{
            partlyReadTopicId, 21, "Duplicate tracked entities after an offline sync", 9, 0, 1};
    topics << plannedTopic(partlyRead, now);
    const TopicPlan partial{
            partialTopicId, 23, "Maps app: boundaries missing for new districts", 12, 0, 4};
    for (const discourse::TopicDetail &t : std::as_const(topics))
        writeTopic(writer, t);
    writeTopic(writer, plannedTopic(partial, now), 4);
    writer.indexPendingPosts();

    // What the person read before: some topics whole, one in part.
    store::ReadState reads(db, clock);
    for (qint64 id : {4002, 4005, 4007, 4010, 4013, 4015, 4019, 4021, 4025, 4029})
        reads.markReadUpTo(id, 1000);
    reads.markReadUpTo(partlyReadTopicId, 3);
    reads.markReadUpTo(4009, 8);
    reads.markReadUpTo(4012, 6);

    // The sync that "ran" 25 minutes ago, and the digest it wrote.
    for (qint64 category : followedCategoryIds()) {
        store::SyncCursor cursor;
        cursor.categoryId = category;
        cursor.lastSyncAt = now.addSecs(-25 * 60);
        cursor.newestBumpedAt = now.addSecs(-40 * 60);
        writer.setSyncCursor(cursor);
    }
    store::DigestInput digest;
    digest.since = now.addDays(-1);
    const auto item = [&](qint64 id) {
        for (const discourse::TopicDetail &t : std::as_const(topics)) {
            if (t.id == id)
                return listItemFor(t);
        }
        return discourse::TopicListItem{};
    };
    digest.sections << store::DigestSection{
            store::DigestKind::New, {item(richTopicId), item(4020), item(4003), item(4026)}};
    digest.sections << store::DigestSection{
            store::DigestKind::Active,
            {item(partlyReadTopicId), item(4009), item(4012), item(4008)}};
    digest.sections << store::DigestSection{store::DigestKind::TopWeek,
                                            {item(4002), item(4007), item(longTopicId)}};
    digest.sections << store::DigestSection{store::DigestKind::TopMonth,
                                            {item(4013), item(4001), item(4016)}};
    writer.writeDigest(digest);
}

} // namespace outpost::testing
