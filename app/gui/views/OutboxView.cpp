#include "views/OutboxView.h"

#include "controllers/OutboxController.h"
#include "models/OutboxListProxy.h"
#include "models/WritingText.h"
#include "outbox/DeliveryTypes.h"
#include "outbox/OutboxModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outpost::gui {

namespace {
store::OutboxItem itemOf(const QModelIndex &index)
{
    return index.data(outbox::OutboxModel::ItemRole).value<store::OutboxItem>();
}

QPlainTextEdit *makeText(QWidget *parent, const char *name, const QString &accessibleName)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(QString::fromLatin1(name));
    text->setAccessibleName(accessibleName);
    text->setTabChangesFocus(true);
    return text;
}
} // namespace

OutboxView::OutboxView(OutboxController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_proxy(new OutboxListProxy(this))
{
    setObjectName(u"outboxView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"outboxSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    top->addWidget(m_summary, 1);
    m_sendNow = new QPushButton(tr("Send &Now"), this);
    m_sendNow->setObjectName(u"outboxSendNow"_s);
    m_sendNow->setAccessibleName(tr("Send now"));
    m_sendNow->setToolTip(tr("Send what waits in the outbox now (Ctrl+Shift+S)"));
    top->addWidget(m_sendNow);
    layout->addLayout(top);
    m_signIn = new QLabel(this);
    m_signIn->setObjectName(u"outboxSignIn"_s);
    m_signIn->setWordWrap(true);
    m_signIn->setTextFormat(Qt::PlainText);
    m_signIn->hide();
    layout->addWidget(m_signIn);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_list = new QListView(splitter);
    m_list->setObjectName(u"outboxList"_s);
    m_list->setAccessibleName(tr("Outbox"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(2);
    m_list->setAlternatingRowColors(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setModel(m_proxy);

    m_detail = new QWidget(splitter);
    m_detail->setObjectName(u"outboxDetail"_s);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_state = new QLabel(m_detail);
    m_state->setObjectName(u"outboxDetailState"_s);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_state);
    m_title = new QLineEdit(m_detail);
    m_title->setObjectName(u"outboxDetailTitle"_s);
    m_title->setAccessibleName(tr("Title"));
    detailLayout->addWidget(m_title);

    m_texts = new QStackedWidget(m_detail);
    m_text = makeText(m_texts, "outboxDetailText", tr("The words of this item"));
    auto *conflict = new QWidget(m_texts);
    conflict->setObjectName(u"outboxConflict"_s);
    auto *conflictLayout = new QHBoxLayout(conflict);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    auto *mineBox = new QVBoxLayout;
    //: Above the person's version of a post in an edit conflict
    auto *mineLabel = new QLabel(tr("Your edit:"), conflict);
    m_mine = makeText(conflict, "outboxConflictMine", tr("Your edit"));
    m_mine->setReadOnly(true);
    mineLabel->setBuddy(m_mine);
    mineBox->addWidget(mineLabel);
    mineBox->addWidget(m_mine);
    auto *theirsBox = new QVBoxLayout;
    //: Above the forum's newer version of a post in an edit conflict
    auto *theirsLabel = new QLabel(tr("On the forum now:"), conflict);
    m_theirs = makeText(conflict, "outboxConflictTheirs", tr("The post on the forum now"));
    m_theirs->setReadOnly(true);
    theirsLabel->setBuddy(m_theirs);
    theirsBox->addWidget(theirsLabel);
    theirsBox->addWidget(m_theirs);
    conflictLayout->addLayout(mineBox);
    conflictLayout->addLayout(theirsBox);
    m_texts->addWidget(m_text);
    m_texts->addWidget(conflict);
    detailLayout->addWidget(m_texts, 1);

    auto *buttons = new QHBoxLayout;
    m_retry = new QPushButton(tr("Send &Again"), m_detail);
    m_retry->setObjectName(u"outboxRetry"_s);
    m_retry->setAccessibleName(tr("Send again"));
    m_keepDraft = new QPushButton(tr("Keep as &Draft"), m_detail);
    m_keepDraft->setObjectName(u"outboxKeepDraft"_s);
    m_keepDraft->setAccessibleName(tr("Keep as draft"));
    m_keepDraft->setToolTip(tr("Take it out of the outbox and finish it in the composer"));
    m_discard = new QPushButton(tr("Dis&card…"), m_detail);
    m_discard->setObjectName(u"outboxDiscard"_s);
    m_discard->setAccessibleName(tr("Discard"));
    m_keepMine = new QPushButton(tr("Send &Mine"), m_detail);
    m_keepMine->setObjectName(u"outboxKeepMine"_s);
    m_keepMine->setAccessibleName(tr("Send my edit"));
    m_keepMine->setToolTip(tr("Replace the forum’s version with your edit"));
    m_takeTheirs = new QPushButton(tr("Keep &Theirs"), m_detail);
    m_takeTheirs->setObjectName(u"outboxTakeTheirs"_s);
    m_takeTheirs->setAccessibleName(tr("Keep the forum’s version"));
    m_takeTheirs->setToolTip(tr("Leave the post as it is on the forum and drop your edit"));
    for (QPushButton *button : {m_keepMine, m_takeTheirs, m_retry, m_keepDraft, m_discard})
        buttons->addWidget(button);
    buttons->addStretch(1);
    detailLayout->addLayout(buttons);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_sendNow, &QPushButton::clicked, &m_controller, &OutboxController::sendNow);
    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retryCurrent);
    connect(m_keepDraft, &QPushButton::clicked, this, &OutboxView::keepCurrentAsDraft);
    connect(m_discard, &QPushButton::clicked, this, &OutboxView::discardCurrent);
    connect(m_keepMine, &QPushButton::clicked, this, &OutboxView::keepMine);
    connect(m_takeTheirs, &QPushButton::clicked, this, &OutboxView::takeTheirs);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OutboxView::showCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_shownId.isEmpty() && selectItem(m_shownId))
            return;
        m_shownId.clear();
        showCurrent();
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const QModelIndex current = m_list->currentIndex();
                if (current.isValid() && current.row() >= from.row() && current.row() <= to.row() &&
                    itemOf(current).id == m_shownId) {
                    // A delivery changed the shown item: refresh its state, keep edits.
                    const store::OutboxItem item = itemOf(current);
                    QString state = WritingText::stateText(item);
                    m_state->setText(item.error.isEmpty() ? state
                                                          : tr("%1: %2").arg(state, item.error));
                }
                updateSummary();
            });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &OutboxView::updateSummary);
    connect(&m_controller, &OutboxController::modelChanged, this, &OutboxView::setModel);
    connect(&m_controller, &OutboxController::summaryChanged, this, &OutboxView::updateSummary);
    connect(&m_controller, &OutboxController::sendingChanged, this, &OutboxView::updateSummary);
    setModel(m_controller.model());
}

void OutboxView::setModel(outbox::OutboxModel *model)
{
    m_proxy->setSession(m_controller.session());
    m_proxy->setSourceModel(model);
    m_shownId.clear();
    showCurrent();
    updateSummary();
}

QString OutboxView::currentId() const
{
    return m_list->currentIndex().data(outbox::OutboxModel::IdRole).toString();
}

QString OutboxView::summaryText() const
{
    return m_summary->text();
}

bool OutboxView::selectItem(const QString &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(outbox::OutboxModel::IdRole).toString() == id) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            showCurrent();
            return true;
        }
    }
    return false;
}

void OutboxView::updateSummary()
{
    const QString signIn = m_controller.signInMessage();
    m_proxy->setSignInNeeded(!signIn.isEmpty());
    const outbox::OutboxSummary s = m_controller.summary();
    QString text;
    if (m_controller.isSending())
        text = tr("Sending…");
    else if (s.queued == 0 && s.needsAttention == 0)
        text = tr("Nothing waits to be sent.");
    else if (s.needsAttention > 0)
        //: %n items need the person's decision
        text = tr("%n item(s) need your attention.", nullptr, s.needsAttention);
    else
        text = tr("%n item(s) waiting to be sent.", nullptr, s.queued);
    m_summary->setText(text);
    m_signIn->setText(signIn);
    m_signIn->setVisible(!signIn.isEmpty() && s.queued > 0);
    m_sendNow->setEnabled(!m_controller.isSending() && s.queued > 0 && signIn.isEmpty());
}

void OutboxView::showCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_shownId.clear();
        m_detail->setEnabled(false);
        m_state->setText(tr("Choose an item to see it whole."));
        m_title->hide();
        m_text->clear();
        m_texts->setCurrentWidget(m_text);
        m_keepMine->hide();
        m_takeTheirs->hide();
        return;
    }
    const store::OutboxItem item = itemOf(current);
    m_shownId = item.id;
    m_detail->setEnabled(true);
    const QString state = WritingText::stateText(item);
    m_state->setText(item.error.isEmpty() ? state : tr("%1: %2").arg(state, item.error));
    const bool attention = item.state == store::OutboxState::NeedsAttention;
    const bool conflict = item.problem == store::OutboxProblem::EditConflict && attention;
    const bool waiting = item.state == store::OutboxState::Queued;
    // While an attempt may have landed the words cannot change (two different posts).
    const bool editable = (attention || (waiting && !item.unconfirmed)) && !conflict &&
                          item.kind != store::OutboxKind::Like;
    m_title->setVisible(item.kind == store::OutboxKind::NewTopic);
    m_title->setText(item.title);
    m_title->setReadOnly(!editable);
    if (conflict) {
        m_texts->setCurrentIndex(1);
        m_mine->setPlainText(item.raw);
        m_theirs->setPlainText(item.conflictRaw);
    } else {
        m_texts->setCurrentWidget(m_text);
        m_text->setPlainText(item.kind == store::OutboxKind::Like
                                     ? WritingText::outboxHeading(item, m_controller.session())
                                     : item.raw);
        m_text->setReadOnly(!editable);
    }
    m_keepMine->setVisible(conflict);
    m_takeTheirs->setVisible(conflict);
    m_retry->setVisible(!conflict);
    m_retry->setText(attention ? tr("Send &Again") : tr("&Save Changes"));
    m_retry->setEnabled(editable || (attention && item.kind == store::OutboxKind::Like));
    m_keepDraft->setEnabled((attention || waiting) && !item.unconfirmed &&
                            item.kind != store::OutboxKind::Like);
    m_discard->setEnabled(item.state != store::OutboxState::Sending);
}

void OutboxView::retryCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const store::OutboxItem item = itemOf(current);
    const bool newWords =
            m_text->toPlainText() != item.raw ||
            (item.kind == store::OutboxKind::NewTopic && m_title->text() != item.title);
    if (newWords && item.kind != store::OutboxKind::Like)
        m_controller.edit(item.id, m_text->toPlainText(),
                          item.kind == store::OutboxKind::NewTopic ? m_title->text() : QString());
    else if (item.state == store::OutboxState::NeedsAttention)
        m_controller.retry(item.id);
}

void OutboxView::keepCurrentAsDraft()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    if (const std::optional<store::Draft> draft = m_controller.keepAsDraft(id))
        Q_EMIT openDraftRequested(draft->id);
}

void OutboxView::discardCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const store::OutboxItem item = itemOf(current);
    outbox::DiscardMode mode = outbox::DiscardMode::RefuseIfOthersDepend;
    const QStringList dependents = m_controller.dependents(item.id);
    if (!dependents.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Discard Topic and Replies"),
                        tr("%n reply(s) you wrote to this topic wait for it. Discarding the topic "
                           "discards them too.",
                           nullptr, int(dependents.size())),
                        QMessageBox::Cancel, this);
        box.setObjectName(u"outboxDiscardQuestion"_s);
        QPushButton *all =
                box.addButton(tr("Discard Topic and Replies"), QMessageBox::DestructiveRole);
        all->setObjectName(u"outboxDiscardAll"_s);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != all)
            return;
        mode = outbox::DiscardMode::WithDependents;
    } else if (item.state != store::OutboxState::Sent) {
        const QString question =
                item.unconfirmed
                        ? tr("This item may already be on the forum: the last attempt got no "
                             "answer. Discard it from the outbox anyway?")
                        : tr("Discard this item? It will not be sent, and its words are lost.");
        QMessageBox box(QMessageBox::Question, tr("Discard"), question,
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(u"outboxDiscardQuestion"_s);
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    m_controller.discard(item.id, mode);
}

void OutboxView::keepMine()
{
    const QString id = currentId();
    if (!id.isEmpty())
        m_controller.keepMine(id);
}

void OutboxView::takeTheirs()
{
    const QString id = currentId();
    if (!id.isEmpty())
        m_controller.takeTheirs(id);
}

} // namespace outpost::gui
