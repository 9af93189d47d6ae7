// The app in other languages, offscreen, on the showcase forum: the pseudo-locale finds texts
// that were not made translatable and labels cut short, Arabic mirrors the window while each
// post keeps its own direction, and the language switches from the settings while the app
// runs.

#include "AppContext.h"
#include "AppLanguage.h"
#include "AppSettings.h"
#include "ForumSession.h"
#include "GuiFixture.h"
#include "ShowcaseForum.h"
#include "VisibleTexts.h"
#include "style/TimeText.h"
#include "views/CategoryTreeView.h"
#include "views/MainActions.h"
#include "views/MainWindow.h"
#include "views/PostBrowser.h"
#include "views/PostWidget.h"
#include "views/ThreadView.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBlock>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::gui;
using outpost::testing::GuiFixture;
using outpost::testing::ShowcaseForum;

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pseudoLocaleCoversTheMainWindow_data();
    void pseudoLocaleCoversTheMainWindow();
    void arabicMirrorsTheWindowButNotEnglishPosts();
    void arabicPostReadsRightToLeftInEnglish();
    void languageSwitchesFromTheSettingsWithoutRestart();
    void datesAndNumbersFollowTheLanguage();
    void englishKeepsItsPluralForms();

private:
    MainWindow &openWindow();
    QStringList userContent() const;
    void chooseLanguageInSettings(const QString &code);

    std::unique_ptr<GuiFixture> m_fixture;
    store::Forum m_forum;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

// Runs `interact` on the next modal dialog as soon as it shows; returns at once.
void whenModalShows(std::function<void(QWidget *)> interact)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, interact] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            interact(modal);
        }
    });
    timer->start();
}

// The direction the rich-text engine gave the first paragraph of a post.
Qt::LayoutDirection postDirection(ThreadView *thread, int postNumber)
{
    PostWidget *post = thread->postWidget(postNumber);
    return post ? post->browser()->document()->begin().textDirection() : Qt::LayoutDirectionAuto;
}

QToolButton *toolButtonFor(QWidget *window, QAction *action)
{
    for (auto *button : window->findChildren<QToolButton *>()) {
        if (button->defaultAction() == action)
            return button;
    }
    return nullptr;
}

} // namespace

void TestI18n::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestI18n::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    m_forum = m_fixture->addShowcaseForum();
    m_fixture->context().settings().setImagesOnUnmetered(false);
    m_fixture->context().settings().setSyncWhenLinkReturns(false);
}

void TestI18n::cleanup()
{
    m_window.reset();
    m_fixture.reset();
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QLocale::setDefault(QLocale::system());
}

MainWindow &TestI18n::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_fixture->context());
    m_window->openForum(m_forum);
    m_window->resize(1280, 820);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qWarning("window not exposed");
    return *m_window;
}

QStringList TestI18n::userContent() const
{
    // What people wrote, which no translation touches.
    QStringList content{m_forum.name, m_forum.baseUrl};
    ForumSession *session = m_window->session();
    for (const discourse::Category &category : session->categories())
        content << category.name << category.descriptionText.left(240);
    ThreadView *thread = m_window->threadView();
    if (auto *title = thread->findChild<QLabel *>(u"topicTitle"_s))
        content << title->text();
    for (PostWidget *post : thread->findChildren<PostWidget *>())
        content << post->post().post.username << post->post().post.name;
    return content;
}

void TestI18n::pseudoLocaleCoversTheMainWindow_data()
{
    QTest::addColumn<bool>("switchAtRuntime");
    QTest::newRow("started in it") << false;
    QTest::newRow("switched to it") << true;
}

void TestI18n::pseudoLocaleCoversTheMainWindow()
{
    QFETCH(bool, switchAtRuntime);
    AppLanguage &language = m_fixture->context().language();
    if (!switchAtRuntime)
        QCOMPARE(language.apply(u"pseudo"_s), u"pseudo"_s);
    MainWindow &window = openWindow();
    window.openTopic(ShowcaseForum::richTopicId);
    if (switchAtRuntime) {
        QCOMPARE(language.apply(u"pseudo"_s), u"pseudo"_s);
        QCoreApplication::processEvents(); // the LanguageChange events are posted
        window.openTopic(ShowcaseForum::richTopicId);
    }
    QCoreApplication::processEvents();

    const QStringList user = userContent();
    QStringList plain;
    int checked = 0;
    for (const auto &[where, text] : outpost::testing::visibleTexts(&window)) {
        ++checked;
        if (!outpost::testing::isPseudoTranslated(text, user))
            plain << u"%1: \"%2\""_s.arg(where, text);
    }
    QVERIFY2(checked > 60, qPrintable(QString::number(checked)));
    QVERIFY2(plain.isEmpty(), qPrintable(u"Not translatable:\n"_s + plain.join(u'\n')));

    const QStringList cut = outpost::testing::truncatedTexts(&window);
    QVERIFY2(cut.isEmpty(), qPrintable(u"Cut short:\n"_s + cut.join(u'\n')));
}

void TestI18n::arabicMirrorsTheWindowButNotEnglishPosts()
{
    QCOMPARE(m_fixture->context().language().apply(u"ar"_s), u"ar"_s);
    MainWindow &window = openWindow();
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    // Mirrored: the sidebar on the right.
    QVERIFY(window.categoryTree()->mapTo(&window, QPoint()).x() >
            window.threadView()->mapTo(&window, QPoint()).x());

    QVERIFY(window.openTopic(ShowcaseForum::richTopicId));
    QCOMPARE(postDirection(window.threadView(), 1), Qt::LeftToRight);
    QVERIFY(window.openTopic(4026)); // written in Arabic
    QCOMPARE(postDirection(window.threadView(), 1), Qt::RightToLeft);
}

void TestI18n::arabicPostReadsRightToLeftInEnglish()
{
    QCOMPARE(m_fixture->context().language().apply(u"en"_s), u"en"_s);
    MainWindow &window = openWindow();
    QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
    QVERIFY(window.openTopic(4026));
    QCOMPARE(postDirection(window.threadView(), 1), Qt::RightToLeft);
    QVERIFY(window.openTopic(ShowcaseForum::richTopicId));
    QCOMPARE(postDirection(window.threadView(), 1), Qt::LeftToRight);
}

void TestI18n::chooseLanguageInSettings(const QString &code)
{
    bool chosen = false;
    whenModalShows([&](QWidget *dialog) {
        auto *combo = dialog->findChild<QComboBox *>(u"language"_s);
        const int index = combo ? combo->findData(code) : -1;
        if (index >= 0) {
            combo->setCurrentIndex(index);
            chosen = true;
        }
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    m_window->actions()->settings->trigger();
    QVERIFY2(chosen, qPrintable(code));
    QCoreApplication::processEvents(); // the LanguageChange events are posted
}

void TestI18n::languageSwitchesFromTheSettingsWithoutRestart()
{
    MainWindow &window = openWindow();
    window.openTopic(ShowcaseForum::richTopicId);
    auto *fileMenu = window.menuBar()->findChild<QMenu *>(u"fileMenu"_s);
    QToolButton *syncButton = toolButtonFor(&window, window.actions()->syncNow);
    auto *download = window.threadView()->findChild<QPushButton *>(u"earlierPostsButton"_s);
    QVERIFY(fileMenu && syncButton && download);
    QCOMPARE(fileMenu->title(), u"&File"_s);
    QCOMPARE(download->text(), u"Show earlier posts"_s);

    // The texts each language has for them, whatever the translators have reached so far:
    // once outpost_fr.ts translates "&File", the menu must show it.
    const auto expected = [](const char *context, const char *source) {
        return QCoreApplication::translate(context, source);
    };
    for (const QString &code : {u"fr"_s, u"ar"_s, u"en"_s}) {
        chooseLanguageInSettings(code);
        QCOMPARE(m_fixture->context().language().current(), code);
        QCOMPARE(m_fixture->context().settings().language(), code);
        QCOMPARE(fileMenu->title(), expected("outpost::gui::MainActions", "&File"));
        QCOMPARE(window.actions()->syncNow->text(),
                 expected("outpost::gui::MainActions", "&Sync Now"));
        QCOMPARE(syncButton->text(), window.actions()->syncNow->iconText());
        QCOMPARE(download->text(), expected("outpost::gui::ThreadView", "Show earlier posts"));
        QCOMPARE(window.layoutDirection(), code == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
        QCOMPARE(QLocale().language(), QLocale(code).language());
    }
    QCOMPARE(fileMenu->title(), u"&File"_s);
    QCOMPARE(download->text(), u"Show earlier posts"_s);

    // The pseudo-locale has every text, so the change shows whatever the translations hold.
    m_fixture->context().language().apply(u"pseudo"_s);
    QCoreApplication::processEvents();
    QVERIFY2(fileMenu->title().startsWith(u'[') && fileMenu->title() != u"&File"_s,
             qPrintable(fileMenu->title()));
    QVERIFY2(download->text().startsWith(u'['), qPrintable(download->text()));
    QVERIFY2(syncButton->text().startsWith(u'['), qPrintable(syncButton->text()));
    m_fixture->context().language().apply(u"en"_s);
    QCoreApplication::processEvents();
    QCOMPARE(fileMenu->title(), u"&File"_s);
    QCOMPARE(download->text(), u"Show earlier posts"_s);

    // The choice is kept for the next start; "System default" forgets it again.
    chooseLanguageInSettings(QString());
    QCOMPARE(m_fixture->context().settings().language(), QString());
}

void TestI18n::datesAndNumbersFollowTheLanguage()
{
    const QDateTime when(QDate(2024, 3, 14), QTime(9, 30), Qt::UTC);
    AppLanguage &language = m_fixture->context().language();
    language.apply(u"fr"_s);
    QCOMPARE(QLocale().language(), QLocale::French);
    QVERIFY2(TimeText::dataSize(1536 * 1024).contains(u"1,5"_s),
             qPrintable(TimeText::dataSize(1536 * 1024)));
    QCOMPARE(TimeText::medium(when),
             QLocale(QLocale::French).toString(when.toLocalTime(), QLocale::ShortFormat));
    language.apply(u"en"_s);
    QVERIFY2(TimeText::dataSize(1536 * 1024).contains(u"1.5"_s),
             qPrintable(TimeText::dataSize(1536 * 1024)));
}

void TestI18n::englishKeepsItsPluralForms()
{
    // outpost_en.qm under every language: "1 reply", not "1 reply(s)".
    for (const QString &code : {u"en"_s, u"fr"_s, u"pseudo"_s}) {
        m_fixture->context().language().apply(code);
        const QString one =
                QCoreApplication::translate("outpost::gui::ThreadView", "%n reply(s)", nullptr, 1);
        QVERIFY2(!one.contains(u"(s)"_s), qPrintable(code + u": "_s + one));
    }
}

QTEST_MAIN(TestI18n)
#include "tst_gui_i18n.moc"
