#include "views/FirstRunWizard.h"

#include "AppContext.h"
#include "AppSettings.h"
#include "Clock.h"
#include "forums/ForumSetup.h"
#include "models/CategoryChoiceModel.h"
#include "store/StoreError.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outpost::gui {

class ForumPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ForumPage(FirstRunWizard *wizard, AppContext &context)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_context(context)
        , m_dhis2(new QRadioButton(this))
        , m_other(new QRadioButton(this))
        , m_address(new QLineEdit(this))
        , m_busy(new QProgressBar(this))
        , m_status(new QLabel(this))
        , m_detailsButton(new QToolButton(this))
        , m_details(new QLabel(this))
    {
        setObjectName(u"forumPage"_s);
        setTitle(tr("Which forum do you want to read?"));
        setSubTitle(tr("Outpost keeps a copy of a Discourse forum on this computer, so you can "
                       "read and search it without a connection. Public forums need no "
                       "account."));
        m_dhis2->setObjectName(u"dhis2Choice"_s);
        //: The forum offered first; %1 is its address
        m_dhis2->setText(tr("DHIS2 Community of Practice (%1)").arg(u"community.dhis2.org"_s));
        m_dhis2->setChecked(true);
        m_other->setObjectName(u"otherForumChoice"_s);
        m_other->setText(tr("Another Discourse forum:"));
        m_address->setObjectName(u"forumAddress"_s);
        m_address->setPlaceholderText(tr("forum.example.org"));
        m_address->setAccessibleName(tr("Address of the forum"));
        m_address->setEnabled(false);
        m_busy->setObjectName(u"probeBusy"_s);
        m_busy->setRange(0, 0);
        m_busy->setAccessibleName(tr("Looking at the forum"));
        m_busy->hide();
        m_status->setObjectName(u"probeStatus"_s);
        m_status->setWordWrap(true);
        m_status->setTextFormat(Qt::PlainText);
        m_detailsButton->setObjectName(u"probeDetailsButton"_s);
        m_detailsButton->setText(tr("Details"));
        m_detailsButton->setCheckable(true);
        m_detailsButton->setAutoRaise(true);
        m_detailsButton->hide();
        m_details->setObjectName(u"probeDetails"_s);
        m_details->setWordWrap(true);
        m_details->setTextFormat(Qt::PlainText);
        m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_details->hide();
        connect(m_detailsButton, &QToolButton::toggled, m_details, &QLabel::setVisible);

        auto *group = new QButtonGroup(this);
        group->addButton(m_dhis2);
        group->addButton(m_other);
        connect(m_other, &QRadioButton::toggled, m_address, [this](bool on) {
            m_address->setEnabled(on);
            if (on)
                m_address->setFocus();
        });
        connect(m_address, &QLineEdit::textChanged, this, [this] { Q_EMIT completeChanged(); });
        connect(m_other, &QRadioButton::toggled, this, [this] { Q_EMIT completeChanged(); });

        auto *statusRow = new QHBoxLayout;
        statusRow->addWidget(m_status, 1);
        statusRow->addWidget(m_detailsButton, 0, Qt::AlignTop);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_dhis2);
        layout->addWidget(m_other);
        auto *addressRow = new QHBoxLayout;
        addressRow->addSpacing(24);
        addressRow->addWidget(m_address);
        layout->addLayout(addressRow);
        layout->addSpacing(12);
        layout->addWidget(m_busy);
        layout->addLayout(statusRow);
        layout->addWidget(m_details);
        layout->addStretch(1);
    }

    QString chosenAddress() const
    {
        return m_dhis2->isChecked() ? FirstRunWizard::defaultForumUrl()
                                    : m_address->text().trimmed();
    }

    void initializePage() override
    {
        if (m_context.network().state() == NetworkState::Offline)
            showProblem(tr("You seem to be offline. Outpost needs a connection once, to fetch "
                           "the forum’s categories. Connect, then click Next."),
                        {});
    }

    bool isComplete() const override { return !m_probing && !chosenAddress().isEmpty(); }

    bool validatePage() override
    {
        const std::optional<forums::ForumProbeResult> &probe = m_wizard->m_probe;
        if (probe && probe->isFound() && m_wizard->m_probedFor == chosenAddress())
            return true;
        startProbe();
        return false;
    }

    void startProbe()
    {
        if (m_probing)
            return;
        m_probing = true;
        Q_EMIT completeChanged();
        m_busy->show();
        m_detailsButton->hide();
        m_details->hide();
        m_status->setText(tr("Looking at %1…").arg(chosenAddress()));
        forums::ForumProbeEnvironment environment;
        environment.transport = m_context.transportConfig();
        m_wizard->m_probedFor = chosenAddress();
        delete m_wizard->m_job;
        m_wizard->m_job = new forums::ForumProbeJob(environment, chosenAddress(), m_wizard);
        connect(m_wizard->m_job, &forums::ForumProbeJob::finished, m_wizard,
                &FirstRunWizard::probeFinished);
        m_wizard->m_job->start();
    }

    void probeDone(const forums::ForumProbeResult &result)
    {
        m_probing = false;
        m_busy->hide();
        Q_EMIT completeChanged();
        if (result.isFound()) {
            m_status->setText(tr("Found “%1”.").arg(result.title));
            m_wizard->next();
            return;
        }
        if (result.outcome == forums::ForumProbeResult::Outcome::Cancelled) {
            m_status->clear();
            return;
        }
        showProblem(result.message + u' ' + tr("Click Next to try again."), result.detail);
    }

    void showProblem(const QString &message, const QString &detail)
    {
        m_status->setText(message);
        m_details->setText(detail);
        m_detailsButton->setVisible(!detail.isEmpty());
        m_detailsButton->setChecked(false);
    }

private:
    FirstRunWizard *m_wizard;
    AppContext &m_context;
    QRadioButton *m_dhis2;
    QRadioButton *m_other;
    QLineEdit *m_address;
    QProgressBar *m_busy;
    QLabel *m_status;
    QToolButton *m_detailsButton;
    QLabel *m_details;
    bool m_probing = false;
};

class CategoriesPage : public QWizardPage
{
    Q_OBJECT
public:
    CategoriesPage(FirstRunWizard *wizard, CategoryChoiceModel *model)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_model(model)
        , m_tree(new QTreeView(this))
    {
        setObjectName(u"categoriesPage"_s);
        setTitle(tr("Which categories do you follow?"));
        setSubTitle(tr("Outpost downloads the topics of the categories you follow. You can "
                       "change this any time with the stars in the sidebar."));
        m_tree->setObjectName(u"categoryChoice"_s);
        m_tree->setAccessibleName(tr("Categories to follow"));
        m_tree->setModel(model);
        m_tree->setHeaderHidden(true);
        auto *all = new QPushButton(tr("Select All"), this);
        all->setObjectName(u"chooseAllCategories"_s);
        auto *none = new QPushButton(tr("Select None"), this);
        none->setObjectName(u"chooseNoCategories"_s);
        connect(all, &QPushButton::clicked, model, [model] { model->setAllChosen(true); });
        connect(none, &QPushButton::clicked, model, [model] { model->setAllChosen(false); });
        connect(model, &CategoryChoiceModel::choiceChanged, this,
                [this] { Q_EMIT completeChanged(); });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(all);
        buttons->addWidget(none);
        buttons->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_tree, 1);
        layout->addLayout(buttons);
    }

    void initializePage() override
    {
        if (m_wizard->probe())
            m_model->setCategories(m_wizard->probe()->site.categories);
        m_tree->expandAll();
    }

    bool isComplete() const override { return !m_model->chosenIds().isEmpty(); }

private:
    FirstRunWizard *m_wizard;
    CategoryChoiceModel *m_model;
    QTreeView *m_tree;
};

class OptionsPage : public QWizardPage
{
    Q_OBJECT
public:
    OptionsPage(QWidget *parent, AppSettings &settings)
        : QWizardPage(parent)
    {
        setObjectName(u"optionsPage"_s);
        setTitle(tr("How much to download"));
        setSubTitle(tr("These choices are in the settings too."));
        window = new QSpinBox(this);
        window->setObjectName(u"firstRunSyncWindow"_s);
        window->setRange(7, 3650);
        window->setValue(90);
        window->setSuffix(tr(" days"));
        window->setAccessibleName(tr("Days of activity to download"));
        syncNow = new QCheckBox(tr("Sync now, and whenever Outpost starts"), this);
        syncNow->setObjectName(u"firstRunSyncOnStart"_s);
        syncNow->setChecked(settings.syncOnStart());
        linkReturns = new QCheckBox(tr("Sync when the connection comes back"), this);
        linkReturns->setObjectName(u"firstRunSyncWhenLinkReturns"_s);
        linkReturns->setChecked(settings.syncWhenLinkReturns());
        meteredImages = new QCheckBox(tr("Download pictures on a metered connection too"), this);
        meteredImages->setObjectName(u"firstRunImagesOnMetered"_s);
        meteredImages->setChecked(settings.imagesOnMetered());
        auto *windowRow = new QHBoxLayout;
        windowRow->addWidget(new QLabel(tr("Download topics active in the last"), this));
        windowRow->addWidget(window);
        windowRow->addStretch(1);
        auto *note = new QLabel(tr("On a metered connection Outpost downloads only what you "
                                   "ask for: it syncs when you click Sync and leaves pictures "
                                   "until you click them."),
                                this);
        note->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(windowRow);
        layout->addWidget(syncNow);
        layout->addWidget(linkReturns);
        layout->addWidget(meteredImages);
        layout->addSpacing(8);
        layout->addWidget(note);
        layout->addStretch(1);
    }

    QSpinBox *window;
    QCheckBox *syncNow;
    QCheckBox *linkReturns;
    QCheckBox *meteredImages;
};

QString FirstRunWizard::defaultForumUrl()
{
    return u"https://community.dhis2.org"_s;
}

FirstRunWizard::FirstRunWizard(AppContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_categories(new CategoryChoiceModel(this))
{
    setObjectName(u"firstRunWizard"_s);
    setWindowTitle(tr("Welcome to Outpost"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ForumPageId, new ForumPage(this, context));
    setPage(CategoriesPageId, new CategoriesPage(this, m_categories));
    setPage(OptionsPageId, new OptionsPage(this, context.settings()));
    setStartId(ForumPageId);
    resize(640, 520);
}

FirstRunWizard::~FirstRunWizard()
{
    delete m_job; // cancels a running probe and waits for it
}

void FirstRunWizard::probeFinished(const forums::ForumProbeResult &result)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_probe = result;
    static_cast<ForumPage *>(page(ForumPageId))->probeDone(result);
}

void FirstRunWizard::accept()
{
    if (!m_probe || !m_probe->isFound())
        return;
    auto *options = static_cast<OptionsPage *>(page(OptionsPageId));
    AppSettings &settings = m_context.settings();
    settings.setSyncOnStart(options->syncNow->isChecked());
    settings.setSyncWhenLinkReturns(options->linkReturns->isChecked());
    settings.setImagesOnMetered(options->meteredImages->isChecked());
    forums::ForumSetupRequest request;
    request.baseUrl = m_probe->baseUrl;
    request.name = m_probe->title;
    request.followCategoryIds = m_categories->chosenIds();
    request.site = m_probe->site;
    request.syncWindowDays = options->window->value();
    forums::ForumSetupResult result;
    try {
        result = forums::setUpForum(m_context.profile(), m_context.clock(), request);
    } catch (const store::StoreError &error) {
        QMessageBox box(QMessageBox::Warning, tr("Outpost"), error.message(), QMessageBox::Ok,
                        this);
        box.setObjectName(u"setupErrorBox"_s);
        box.setDetailedText(error.detail());
        box.exec();
        return;
    }
    QWizard::accept();
    Q_EMIT forumAdded(result.forum, options->syncNow->isChecked());
}

} // namespace outpost::gui

#include "FirstRunWizard.moc"
