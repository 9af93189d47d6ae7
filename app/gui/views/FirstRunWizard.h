#pragma once

#include "forums/ForumProbeJob.h"
#include "store/UserTypes.h"

#include <QWizard>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;
class QSpinBox;
class QToolButton;
class QTreeView;

namespace outpost::gui {

class AppContext;
class CategoryChoiceModel;

// First start: which forum (the DHIS2 Community of Practice is offered first; any Discourse
// address works), which of its categories to follow, and how much to download. A public
// forum needs no account. The forum's categories come from a probe job (an anonymous look at
// /site.json); without a connection the page says so and Next tries again.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        ForumPageId,
        CategoriesPageId,
        OptionsPageId,
    };

    static QString defaultForumUrl();

    explicit FirstRunWizard(AppContext &context, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    const std::optional<forums::ForumProbeResult> &probe() const { return m_probe; }
    CategoryChoiceModel *categoryModel() const { return m_categories; }

    void accept() override;

Q_SIGNALS:
    // The forum is in the profile and its follows are saved.
    void forumAdded(const outpost::store::Forum &forum, bool syncNow);

private:
    friend class ForumPage;
    friend class CategoriesPage;
    void probeFinished(const forums::ForumProbeResult &result);

    AppContext &m_context;
    std::optional<forums::ForumProbeResult> m_probe;
    QString m_probedFor;
    forums::ForumProbeJob *m_job = nullptr;
    CategoryChoiceModel *m_categories;
};

} // namespace outpost::gui
