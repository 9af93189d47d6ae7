// Accessibility of the main views, offscreen, on the showcase forum: every interactive element
// a screen reader reaches has a name, the panes are in the keyboard's focus chain in reading
// order, the texts keep their contrast in light and dark palettes, and fonts follow the
// system's size.

#include "AppContext.h"
#include "AppSettings.h"
#include "GuiFixture.h"
#include "ShowcaseForum.h"
#include "style/PostStyle.h"
#include "views/CategoryTreeView.h"
#include "views/FirstRunWizard.h"
#include "views/MainActions.h"
#include "views/MainWindow.h"
#include "views/SearchView.h"
#include "views/ThreadView.h"
#include "views/TopicListView.h"

#include <QAccessible>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::gui;
using outpost::testing::GuiFixture;
using outpost::testing::ShowcaseForum;

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyInteractiveElementHasAName_data();
    void everyInteractiveElementHasAName();
    void panesFollowEachOtherInTheFocusChain();
    void contrastHoldsInLightAndDark_data();
    void contrastHoldsInLightAndDark();
    void fontsFollowTheSystemSize();

private:
    MainWindow &openWindow();
    std::unique_ptr<GuiFixture> m_fixture;
    store::Forum m_forum;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

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

bool isInteractive(QAccessibleInterface *iface)
{
    switch (iface->role()) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::MenuItem:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::ListItem:
    case QAccessible::TreeItem:
        return true;
    case QAccessible::ScrollBar:
        return false; // Qt names its parts; the thing scrolled has the name that matters
    default:
        return iface->state().focusable;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    QString text = u"role %1"_s.arg(int(iface->role()));
    if (object)
        text += u" "_s + QString::fromLatin1(object->metaObject()->className()) + u'/' +
                object->objectName();
    const QString value = iface->text(QAccessible::Value);
    if (!value.isEmpty())
        text += u" value \""_s + value.left(40) + u'"';
    return text;
}

// Walks the accessibility tree as a screen reader does, into every visible element. Item
// views are sampled (their first rows), not read through.
void collectUnnamed(QAccessibleInterface *iface, QStringList &unnamed, int &interactive,
                    int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40 || iface->state().invisible)
        return;
    if (isInteractive(iface)) {
        ++interactive;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(iface);
    }
    const QAccessible::Role role = iface->role();
    const bool itemView =
            role == QAccessible::List || role == QAccessible::Tree || role == QAccessible::Table;
    const int children = itemView ? std::min(iface->childCount(), 12) : iface->childCount();
    for (int i = 0; i < children; ++i)
        collectUnnamed(iface->child(i), unnamed, interactive, depth + 1);
}

QStringList unnamedIn(QWidget *window, int *interactive)
{
    QStringList unnamed;
    *interactive = 0;
    collectUnnamed(QAccessible::queryAccessibleInterface(window), unnamed, *interactive);
    return unnamed;
}

double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        c /= 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) +
           0.0722 * channel(colour.blue());
}

// WCAG 2 contrast ratio, 1 to 21.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x2a, 0x82, 0xda)); // a dark theme's usual, dim link
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
    return p;
}

} // namespace

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The tree is only built for an active assistive technology; tests turn it on.
    QAccessible::setActive(true);
}

void TestAccessibility::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    m_forum = m_fixture->addShowcaseForum();
    m_fixture->context().settings().setImagesOnUnmetered(false);
    m_fixture->context().settings().setSyncWhenLinkReturns(false);
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

MainWindow &TestAccessibility::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_fixture->context());
    m_window->openForum(m_forum);
    m_window->resize(1280, 820);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qWarning("window not exposed");
    return *m_window;
}

void TestAccessibility::everyInteractiveElementHasAName_data()
{
    QTest::addColumn<QString>("view");
    for (const char *view : {"followed topics", "thread", "search", "digest", "category",
                             "settings", "shortcuts", "first run"})
        QTest::newRow(view) << QString::fromLatin1(view);
}

void TestAccessibility::everyInteractiveElementHasAName()
{
    QFETCH(QString, view);
    MainWindow &window = openWindow();
    QStringList unnamed;
    int interactive = 0;
    const auto walkDialog = [&](QAction *action) {
        whenModalShows([&](QWidget *dialog) {
            unnamed = unnamedIn(dialog, &interactive);
            static_cast<QDialog *>(dialog)->reject();
        });
        action->trigger();
    };

    if (view == u"settings"_s) {
        walkDialog(window.actions()->settings);
    } else if (view == u"shortcuts"_s) {
        walkDialog(window.actions()->shortcuts);
    } else if (view == u"first run"_s) {
        FirstRunWizard *wizard = window.startFirstRun();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        unnamed = unnamedIn(wizard, &interactive);
        wizard->reject();
    } else {
        if (view == u"thread"_s) {
            QVERIFY(window.openTopic(ShowcaseForum::richTopicId));
        } else if (view == u"search"_s) {
            window.searchField()->setText(ShowcaseForum::searchWord());
            window.showSearch(ShowcaseForum::searchWord());
            QVERIFY(window.searchView()->model()->rowCount() > 0);
        } else if (view == u"digest"_s) {
            window.showDigest();
        } else if (view == u"category"_s) {
            window.showCategory(ShowcaseForum::categories().first().id);
        }
        QCoreApplication::processEvents();
        unnamed = unnamedIn(&window, &interactive);
    }
    QVERIFY2(interactive >= 5, qPrintable(QString::number(interactive)));
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"Unnamed:\n"_s + unnamed.join(u'\n')));
}

void TestAccessibility::panesFollowEachOtherInTheFocusChain()
{
    // Tab moves through the window in reading order: search field, sidebar, list, topic.
    MainWindow &window = openWindow();
    window.openTopic(ShowcaseForum::richTopicId);
    const QList<QWidget *> panes{window.searchField(), window.categoryTree(),
                                 window.topicList()->findChild<QListView *>(u"topicList"_s),
                                 window.threadView()};
    QList<int> positions;
    int position = 0;
    QWidget *start = window.searchField();
    QWidget *widget = start;
    do {
        const int index = int(panes.indexOf(widget));
        if (index >= 0)
            positions.append(index);
        widget = widget->nextInFocusChain();
        ++position;
    } while (widget && widget != start && position < 5000);
    QCOMPARE(positions, QList<int>({0, 1, 2, 3}));
}

void TestAccessibility::contrastHoldsInLightAndDark_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << QStyleFactory::create(u"Fusion"_s)->standardPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestAccessibility::contrastHoldsInLightAndDark()
{
    QFETCH(QPalette, palette);
    const PostStyle style(palette, QApplication::font());
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    // WCAG AA for body text: 4.5:1.
    QVERIFY2(contrast(style.mutedText(), base) >= 4.5,
             qPrintable(QString::number(contrast(style.mutedText(), base))));
    QVERIFY2(contrast(style.mutedText(), window) >= 4.5,
             qPrintable(QString::number(contrast(style.mutedText(), window))));
    QVERIFY2(contrast(style.accent(), base) >= 4.5,
             qPrintable(QString::number(contrast(style.accent(), base))));
    QVERIFY2(contrast(style.onAccent(), style.accent()) >= 4.5,
             qPrintable(QString::number(contrast(style.onAccent(), style.accent()))));
    // Text over the quote, code and card tints of a post.
    const QColor text = palette.color(QPalette::Text);
    for (const QColor &tint :
         {style.quoteBackground(), style.codeBackground(), style.cardBackground()})
        QVERIFY2(contrast(text, tint) >= 7.0, qPrintable(tint.name()));
}

void TestAccessibility::fontsFollowTheSystemSize()
{
    const QFont original = QApplication::font();
    QFont large = original;
    large.setPointSizeF(17);
    QApplication::setFont(large);
    MainWindow &window = openWindow();
    window.openTopic(ShowcaseForum::richTopicId);
    QCoreApplication::processEvents();
    QStringList small;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        const QFont font = widget->font();
        // A pixel size would not follow the system's setting at all.
        if (font.pointSizeF() <= 0 || font.pointSizeF() < 17 * 0.85)
            small << u"%1/%2: %3pt %4px"_s
                             .arg(QString::fromLatin1(widget->metaObject()->className()),
                                  widget->objectName())
                             .arg(font.pointSizeF())
                             .arg(font.pixelSize());
    }
    QApplication::setFont(original);
    QVERIFY2(small.isEmpty(), qPrintable(small.join(u'\n')));
    QVERIFY(PostStyle(window.palette(), large).bodyFont().pointSizeF() >= 17);
}

QTEST_MAIN(TestAccessibility)
#include "tst_gui_accessibility.moc"
