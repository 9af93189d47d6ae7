#include "views/DigestView.h"

#include "AppContext.h"
#include "Clock.h"
#include "ForumSession.h"
#include "models/TopicListModel.h"
#include "style/PostStyle.h"
#include "style/TimeText.h"
#include "views/TopicDelegate.h"

#include <QEvent>
#include <QLabel>
#include <QStackedLayout>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outpost::gui {

DigestView::DigestView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"digestPane"_s);
    m_title->setObjectName(u"digestTitle"_s);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setWeight(QFont::DemiBold);
    m_title->setFont(font);
    m_subtitle->setObjectName(u"digestSubtitle"_s);
    m_subtitle->setWordWrap(true);
    m_tree->setObjectName(u"digestView"_s);
    m_tree->setModel(&m_model);
    m_tree->setItemDelegate(
            new TopicDelegate([this] { return m_context.clock().nowUtc(); }, m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setIndentation(0);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_empty->setObjectName(u"digestEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    const PostStyle style(palette(), this->font());
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, style.mutedText());
    m_subtitle->setPalette(muted);
    m_empty->setPalette(muted);

    auto *body = new QWidget(this);
    m_stack = new QStackedLayout(body);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(12, 0, 12, 4);
    header->setSpacing(2);
    header->addWidget(m_title);
    header->addWidget(m_subtitle);
    layout->addLayout(header);
    layout->addWidget(body, 1);

    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        updateHeader();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !current.data(DigestModel::IsSectionRole).toBool())
                    Q_EMIT topicChosen(current.data(TopicListModel::TopicIdRole).toLongLong());
            });
    retranslateUi();
}

void DigestView::retranslateUi()
{
    m_title->setText(tr("What’s new"));
    m_tree->setAccessibleName(tr("What’s new"));
    updateHeader();
}

void DigestView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DigestView::setSession(ForumSession *session)
{
    m_session = session;
    m_model.setSession(session);
}

void DigestView::reload()
{
    m_model.reload();
}

void DigestView::updateHeader()
{
    const bool any = m_model.hasDigest() && m_model.rowCount() > 0;
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_tree) : m_empty);
    if (!m_model.hasDigest()) {
        m_subtitle->clear();
        m_empty->setText(tr("The digest is made at each sync: what is new since the sync "
                            "before, and the week’s and month’s top topics. Sync to make the "
                            "first one."));
        return;
    }
    const QDateTime since = m_model.since();
    m_subtitle->setText(since.isValid()
                                ? tr("Since %1. Made %2; readable offline.")
                                          .arg(TimeText::medium(since),
                                               TimeText::relative(m_model.createdAt(),
                                                                  m_context.clock().nowUtc()))
                                : tr("Made %1; readable offline.")
                                          .arg(TimeText::relative(m_model.createdAt(),
                                                                  m_context.clock().nowUtc())));
    if (!any)
        m_empty->setText(tr("Nothing new since the sync before."));
}

} // namespace outpost::gui
