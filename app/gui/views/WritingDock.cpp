#include "views/WritingDock.h"

#include "controllers/ComposeController.h"
#include "views/DraftsView.h"
#include "views/OutboxView.h"

#include <QListView>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace outpost::gui {

WritingDock::WritingDock(OutboxController &outbox, ComposeController &compose, QWidget *parent)
    : QDockWidget(tr("Outbox and Drafts"), parent)
    , m_tabs(new QTabWidget(this))
    , m_outbox(new OutboxView(outbox, m_tabs))
    , m_drafts(new DraftsView(compose, m_tabs))
{
    setObjectName(u"writingDock"_s);
    setAllowedAreas(Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea | Qt::LeftDockWidgetArea);
    m_tabs->setObjectName(u"writingTabs"_s);
    m_tabs->setAccessibleName(tr("Outbox and drafts"));
    m_tabs->addTab(m_outbox, tr("Outbox"));
    m_tabs->addTab(m_drafts, tr("Drafts"));
    setWidget(m_tabs);
    connect(m_outbox, &OutboxView::openDraftRequested, &compose,
            [&compose](const QString &id) { compose.openDraft(id); });
}

void WritingDock::showOutbox()
{
    show();
    raise();
    m_tabs->setCurrentWidget(m_outbox);
    m_outbox->list()->setFocus(Qt::ShortcutFocusReason);
}

void WritingDock::showDrafts()
{
    show();
    raise();
    m_tabs->setCurrentWidget(m_drafts);
    m_drafts->list()->setFocus(Qt::ShortcutFocusReason);
}

} // namespace outpost::gui
