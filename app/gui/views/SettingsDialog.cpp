#include "views/SettingsDialog.h"

#include "AppContext.h"
#include "AppLanguage.h"
#include "AppSettings.h"
#include "ForumSession.h"
#include "controllers/ImageController.h"
#include "style/TimeText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outpost::gui {

SettingsDialog::SettingsDialog(AppContext &context, ForumSession *session, ImageController *images,
                               QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_session(session)
    , m_images(images)
    , m_language(new QComboBox(this))
    , m_window(new QSpinBox(this))
    , m_syncOnStart(new QCheckBox(this))
    , m_syncWhenLinkReturns(new QCheckBox(this))
    , m_syncOnMetered(new QCheckBox(this))
    , m_imagesOnUnmetered(new QCheckBox(this))
    , m_imagesOnMetered(new QCheckBox(this))
    , m_imageCap(new QSpinBox(this))
    , m_imageUse(new QLabel(this))
    , m_forgetSites(new QPushButton(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    AppSettings &settings = context.settings();

    // Each language by its own name, so a person can find theirs whatever is showing now.
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language of Outpost"));
    const QString system = AppLanguage::nativeName(i18n::resolveLanguage(QString()));
    //: The first choice of the language menu; %1 is the system's language, e.g. "Français"
    m_language->addItem(tr("System default (%1)").arg(system), QString());
    for (const QString &code : AppLanguage::choices())
        m_language->addItem(AppLanguage::nativeName(code), code);
    const QString requested = context.language().requested();
    if (m_language->findData(requested) < 0)
        m_language->addItem(AppLanguage::nativeName(requested), requested); // e.g. the pseudo
    m_language->setCurrentIndex(std::max(0, m_language->findData(requested)));

    m_window->setObjectName(u"syncWindowDays"_s);
    m_window->setRange(7, 3650);
    m_window->setValue(session ? session->syncWindowDays() : 90);
    m_window->setEnabled(session != nullptr);
    //: Unit after the number of days of the sync window
    m_window->setSuffix(tr(" days"));
    m_window->setAccessibleName(tr("Days of activity to download"));
    m_syncOnStart->setObjectName(u"syncOnStart"_s);
    m_syncOnStart->setText(tr("Sync when Outpost starts"));
    m_syncOnStart->setChecked(settings.syncOnStart());
    m_syncWhenLinkReturns->setObjectName(u"syncWhenLinkReturns"_s);
    m_syncWhenLinkReturns->setText(tr("Sync when the connection comes back"));
    m_syncWhenLinkReturns->setChecked(settings.syncWhenLinkReturns());
    m_syncOnMetered->setObjectName(u"syncOnMetered"_s);
    m_syncOnMetered->setText(tr("Also sync by itself on a metered connection"));
    m_syncOnMetered->setChecked(settings.syncOnMetered());

    m_imagesOnUnmetered->setObjectName(u"imagesOnUnmetered"_s);
    m_imagesOnUnmetered->setText(tr("Download pictures of posts by themselves"));
    m_imagesOnUnmetered->setChecked(settings.imagesOnUnmetered());
    m_imagesOnMetered->setObjectName(u"imagesOnMetered"_s);
    m_imagesOnMetered->setText(tr("Also on a metered connection"));
    m_imagesOnMetered->setChecked(settings.imagesOnMetered());
    m_imageCap->setObjectName(u"imageCacheCap"_s);
    m_imageCap->setRange(10, 100'000);
    m_imageCap->setSingleStep(50);
    m_imageCap->setValue(settings.imageCacheCapMiB());
    //: Unit after the size of the picture cache
    m_imageCap->setSuffix(tr(" MB"));
    m_imageCap->setAccessibleName(tr("Largest size of the picture cache"));
    m_imageUse->setObjectName(u"imageCacheUse"_s);
    m_imageUse->setText(tr("Pictures downloaded now take %1.")
                                .arg(TimeText::dataSize(images ? images->cacheBytes() : 0)));

    const int trusted = int(settings.trustedLinkHosts().size());
    m_forgetSites->setObjectName(u"forgetTrustedSites"_s);
    m_forgetSites->setText(tr("Ask Again for All Sites"));
    m_forgetSites->setEnabled(trusted > 0);
    auto *trustedNote =
            new QLabel(tr("Links open in your browser after you saw where they go. %n site(s) open "
                          "without asking.",
                          nullptr, trusted),
                       this);
    trustedNote->setWordWrap(true);
    connect(m_forgetSites, &QPushButton::clicked, this, [this, trustedNote] {
        m_context.settings().forgetTrustedLinkHosts();
        m_forgetSites->setEnabled(false);
        trustedNote->setText(tr("Links open in your browser after you saw where they go."));
    });

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->addRow(tr("Show Outpost in"), m_language);

    auto *syncBox = new QGroupBox(tr("Sync"), this);
    auto *syncForm = new QFormLayout(syncBox);
    syncForm->addRow(tr("Download topics active in the last"), m_window);
    syncForm->addRow(m_syncOnStart);
    syncForm->addRow(m_syncWhenLinkReturns);
    syncForm->addRow(m_syncOnMetered);
    auto *imageBox = new QGroupBox(tr("Pictures"), this);
    auto *imageForm = new QFormLayout(imageBox);
    imageForm->addRow(m_imagesOnUnmetered);
    imageForm->addRow(m_imagesOnMetered);
    imageForm->addRow(tr("Keep at most"), m_imageCap);
    imageForm->addRow(m_imageUse);
    auto *linkBox = new QGroupBox(tr("Links"), this);
    auto *linkLayout = new QVBoxLayout(linkBox);
    linkLayout->addWidget(trustedNote);
    linkLayout->addWidget(m_forgetSites, 0, Qt::AlignLeading);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(languageBox);
    layout->addWidget(syncBox);
    layout->addWidget(imageBox);
    layout->addWidget(linkBox);
    layout->addWidget(buttons);
}

void SettingsDialog::apply()
{
    AppSettings &settings = m_context.settings();
    settings.setSyncOnStart(m_syncOnStart->isChecked());
    settings.setSyncWhenLinkReturns(m_syncWhenLinkReturns->isChecked());
    settings.setSyncOnMetered(m_syncOnMetered->isChecked());
    settings.setImagesOnUnmetered(m_imagesOnUnmetered->isChecked());
    settings.setImagesOnMetered(m_imagesOnMetered->isChecked());
    const bool smaller = m_imageCap->value() < settings.imageCacheCapMiB();
    settings.setImageCacheCapMiB(m_imageCap->value());
    if (m_session)
        m_session->setSyncWindowDays(m_window->value());
    if (smaller && m_images)
        m_images->applyCap();
    // Last: switching retranslates every window, this one included.
    const QString language = m_language->currentData().toString();
    if (language != m_context.language().requested()) {
        settings.setLanguage(language);
        m_context.language().apply(language);
    }
}

} // namespace outpost::gui
