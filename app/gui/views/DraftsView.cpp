#include "views/DraftsView.h"

#include "controllers/ComposeController.h"
#include "models/DraftListModel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outpost::gui {

DraftsView::DraftsView(ComposeController &compose, QWidget *parent)
    : QWidget(parent)
    , m_compose(compose)
{
    setObjectName(u"draftsView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_empty = new QLabel(tr("No drafts. What you start writing is kept here until you send it."),
                         this);
    m_empty->setObjectName(u"draftsEmpty"_s);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_list = new QListView(this);
    m_list->setObjectName(u"draftsList"_s);
    m_list->setAccessibleName(tr("Drafts"));
    m_list->setWordWrap(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setModel(compose.drafts());
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(u"draftsOpen"_s);
    m_open->setAccessibleName(tr("Open draft"));
    m_delete = new QPushButton(tr("De&lete…"), this);
    m_delete->setObjectName(u"draftsDelete"_s);
    m_delete->setAccessibleName(tr("Delete draft"));
    buttons->addWidget(m_open);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &DraftsView::openCurrent);
    connect(m_delete, &QPushButton::clicked, this, &DraftsView::deleteCurrent);
    connect(m_list, &QListView::activated, this, &DraftsView::openCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DraftsView::updateButtons);
    connect(compose.drafts(), &QAbstractItemModel::modelReset, this, &DraftsView::updateButtons);
    updateButtons();
}

void DraftsView::updateButtons()
{
    const bool any = m_list->model()->rowCount() > 0;
    m_empty->setVisible(!any);
    if (any && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_list->model()->index(0, 0));
    const bool chosen = m_list->currentIndex().isValid();
    m_open->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

void DraftsView::openCurrent()
{
    const QString id = m_list->currentIndex().data(DraftListModel::DraftIdRole).toString();
    if (!id.isEmpty())
        m_compose.openDraft(id);
}

void DraftsView::deleteCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    const QString id = current.data(DraftListModel::DraftIdRole).toString();
    if (id.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Draft"),
                    tr("Delete this draft? Its words cannot be brought back."),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"draftsDeleteQuestion"_s);
    box.setInformativeText(current.data(DraftListModel::ExcerptRole).toString());
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Discard)
        m_compose.deleteDraft(id);
}

} // namespace outpost::gui
