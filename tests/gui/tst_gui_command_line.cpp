// The `outpost` program itself, run as a process: --version, --help, --smoke-test (what the
// packaging CI runs), --add-forum/--follow (the README's demo), and clear refusals.

#include "Clock.h"
#include "forums/ForumSetup.h"
#include "store/CacheWriter.h"
#include "store/Database.h"
#include "store/ForumRepository.h"
#include "store/Profile.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void smokeTestShowsTheWindowAndQuits();
    void addForumAndFollowSkipTheFirstStart();
    void smokeTestSaysWhatTheListShows();
    void mistakesAreRefusedClearly_data();
    void mistakesAreRefusedClearly();
    void languageOnTheCommandLine();
    void cliFollowsTheLanguageOfItsEnvironment();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QString &profileEnv = {},
            const QString &program = {}, const QString &language = {});
    QString m_app;
};

void TestCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_app = qEnvironmentVariable("OUTPOST_APP");
    QVERIFY2(QFileInfo(m_app).isExecutable(), "OUTPOST_APP must name the built outpost program");
}

TestCommandLine::Run TestCommandLine::run(const QStringList &arguments, const QString &profileEnv,
                                          const QString &program, const QString &language)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.remove(u"OUTPOST_PROFILE"_s);
    if (!profileEnv.isEmpty())
        env.insert(u"OUTPOST_PROFILE"_s, profileEnv);
    env.remove(u"OUTPOST_LANG"_s);
    if (!language.isEmpty())
        env.insert(u"OUTPOST_LANG"_s, language);
    process.setProcessEnvironment(env);
    process.start(program.isEmpty() ? m_app : program, arguments);
    Run result;
    if (!process.waitForFinished(90'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

void TestCommandLine::versionAndHelp()
{
    // Both answer without a display.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(u"outpost "_s));
    QVERIFY(QRegularExpression(u"^outpost \\d+\\.\\d+\\.\\d+\\n$"_s).match(version.out).hasMatch());
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &option : {u"--profile"_s, u"--smoke-test"_s, u"--add-forum"_s,
                                  u"--follow"_s, u"--version"_s, u"--lang"_s})
        QVERIFY2(help.out.contains(option), qPrintable(option));
}

void TestCommandLine::smokeTestShowsTheWindowAndQuits()
{
    QTemporaryDir profile;
    const Run smoke = run({u"--profile"_s, profile.path(), u"--smoke-test"_s});
    QCOMPARE(smoke.exitCode, 0);
    // The profile was made (the window opened a real one).
    QVERIFY(QFileInfo::exists(QDir(profile.path()).filePath(u"outpost.sqlite"_s)));

    // $OUTPOST_PROFILE when there is no --profile, as for outpost-cli.
    QTemporaryDir other;
    QCOMPARE(run({u"--smoke-test"_s}, other.path()).exitCode, 0);
    QVERIFY(QFileInfo::exists(QDir(other.path()).filePath(u"outpost.sqlite"_s)));
}

void TestCommandLine::addForumAndFollowSkipTheFirstStart()
{
    QTemporaryDir profile;
    // Nothing listens on port 9: the window must still come up and quit (smoke test).
    const Run added = run({u"--profile"_s, profile.path(), u"--add-forum"_s,
                           u"http://127.0.0.1:9/"_s, u"--follow"_s, u"3,5"_s, u"--smoke-test"_s});
    QCOMPARE(added.exitCode, 0);
    // Again: the same forum is not added twice, follows add up.
    QCOMPARE(run({u"--profile"_s, profile.path(), u"--add-forum"_s, u"http://127.0.0.1:9"_s,
                  u"--follow"_s, u"7"_s, u"--smoke-test"_s})
                     .exitCode,
             0);
    store::Profile opened = store::Profile::open(profile.path());
    SystemClock clock;
    store::ForumRepository forums(opened.userDatabase(), clock);
    const QList<store::Forum> all = forums.all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).baseUrl, u"http://127.0.0.1:9"_s);
    QList<qint64> followed;
    for (const store::FollowedCategory &f : forums.followed(all.at(0).id))
        followed << f.categoryId;
    std::sort(followed.begin(), followed.end());
    QCOMPARE(followed, (QList<qint64>{3, 5, 7}));
}

void TestCommandLine::smokeTestSaysWhatTheListShows()
{
    // An empty profile: no forum, nothing listed.
    QTemporaryDir empty;
    const Run none = run({u"--profile"_s, empty.path(), u"--smoke-test"_s});
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.out.contains(u"smoke-test: forum=- topics=0"_s), qPrintable(none.out));

    // A forum following category 3, whose cache holds two topics there and one elsewhere:
    // the window opens on the followed topics and says how many it lists (the demo's check).
    QTemporaryDir profile;
    {
        store::Profile opened = store::Profile::open(profile.path());
        SystemClock clock;
        forums::ForumSetupRequest request;
        request.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
        request.name = u"Demo forum"_s;
        request.followCategoryIds = {3};
        const store::Forum forum = forums::setUpForum(opened, clock, request).forum;
        store::Database cache = opened.openCacheConnection(forum.id);
        store::CacheWriter writer(cache, clock);
        discourse::TopicListPage page;
        for (qint64 id : {11, 12, 13}) {
            discourse::TopicListItem item;
            item.id = id;
            item.title = u"Topic number %1 of the test"_s.arg(id);
            item.slug = u"topic-%1"_s.arg(id);
            item.categoryId = id == 13 ? 4 : 3;
            item.postsCount = 1;
            item.highestPostNumber = 1;
            item.createdAt = item.lastPostedAt = item.bumpedAt = QDateTime::currentDateTimeUtc();
            page.topics << item;
        }
        writer.upsertTopicList(page);
    }
    const Run smoke = run({u"--profile"_s, profile.path(), u"--smoke-test"_s});
    QCOMPARE(smoke.exitCode, 0);
    QVERIFY2(smoke.out.contains(u"smoke-test: forum=Demo%20forum topics=2"_s),
             qPrintable(smoke.out + smoke.err));
}

void TestCommandLine::mistakesAreRefusedClearly_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("follow alone") << QStringList{u"--follow"_s, u"3"_s} << u"--add-forum"_s;
    QTest::newRow("bad id") << QStringList{u"--add-forum"_s, u"https://example.org"_s,
                                           u"--follow"_s, u"3,x"_s}
                            << u"'x'"_s;
    QTest::newRow("bad address") << QStringList{u"--add-forum"_s, u"ftp://example.org"_s}
                                 << u"https"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("stray argument") << QStringList{u"something"_s} << u"something"_s;
    QTest::newRow("empty language") << QStringList{u"--lang="_s} << u"--lang"_s;
}

void TestCommandLine::mistakesAreRefusedClearly()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    QTemporaryDir profile;
    const Run refused = run(QStringList{u"--profile"_s, profile.path()} + arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(says), qPrintable(refused.err));
}

void TestCommandLine::languageOnTheCommandLine()
{
    // Each shipped language, the pseudo-locale, and a language Outpost does not have (English
    // stands in) all bring the window up.
    QTemporaryDir profile;
    for (const QString &language : {u"ar"_s, u"fr"_s, u"pseudo"_s, u"xx"_s}) {
        const Run smoke =
                run({u"--profile"_s, profile.path(), u"--lang"_s, language, u"--smoke-test"_s});
        QVERIFY2(smoke.exitCode == 0, qPrintable(language + u": "_s + smoke.err));
    }
    // $OUTPOST_LANG too, as for outpost-cli.
    QCOMPARE(run({u"--profile"_s, profile.path(), u"--smoke-test"_s}, {}, {}, u"ar"_s).exitCode, 0);
}

void TestCommandLine::cliFollowsTheLanguageOfItsEnvironment()
{
    const QString cli = qEnvironmentVariable("OUTPOST_CLI");
    QVERIFY2(QFileInfo(cli).isExecutable(), "OUTPOST_CLI must name the built outpost-cli");
    const Run english = run({u"--help"_s}, {}, cli);
    QCOMPARE(english.exitCode, 0);
    const QString sentence = u"Outpost keeps the categories you follow"_s;
    QVERIFY2(english.out.contains(sentence), qPrintable(english.out));
    const Run pseudo = run({u"--help"_s}, {}, cli, u"pseudo"_s);
    QCOMPARE(pseudo.exitCode, 0);
    QVERIFY2(!pseudo.out.contains(sentence), qPrintable(pseudo.out));
    QVERIFY2(pseudo.out.contains(u"[Öûţþöšţ ķééþš ţĥé çàţéĝöŕîéš"_s), qPrintable(pseudo.out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_gui_command_line.moc"
