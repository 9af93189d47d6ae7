#include "models/DraftListModel.h"

#include "AppContext.h"
#include "ForumSession.h"
#include "models/WritingText.h"
#include "store/DraftRepository.h"
#include "store/StoreError.h"

namespace outpost::gui {

DraftListModel::DraftListModel(AppContext &context, QObject *parent)
    : QAbstractListModel(parent)
    , m_context(context)
{}

void DraftListModel::setSession(ForumSession *session)
{
    m_session = session;
    reload();
}

void DraftListModel::reload()
{
    QList<store::Draft> drafts;
    if (ForumSession *session = m_session.data()) {
        try {
            drafts = store::DraftRepository(m_context.profile().userDatabase(), m_context.clock())
                             .list(session->forum().id);
        } catch (const store::StoreError &error) {
            Q_EMIT problem(error.message(), error.detail());
        }
    }
    beginResetModel();
    m_drafts = std::move(drafts);
    endResetModel();
}

int DraftListModel::rowOf(const QString &draftId) const
{
    for (qsizetype row = 0; row < m_drafts.size(); ++row) {
        if (m_drafts.at(row).id == draftId)
            return int(row);
    }
    return -1;
}

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::Draft &draft = m_drafts.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString words = draft.kind == store::DraftKind::NewTopic && !draft.title.isEmpty()
                                      ? draft.title
                                      : WritingText::excerpt(draft.raw, 80);
        if (words.isEmpty())
            //: A draft in the drafts list; %1 is what it is ("Reply to “Title”")
            return tr("%1 (empty)").arg(WritingText::draftHeading(draft, m_session.data()));
        //: A draft in the drafts list; %1 is what it is ("Reply to “Title”"), %2 its first words
        return tr("%1: %2").arg(WritingText::draftHeading(draft, m_session.data()), words);
    }
    case Qt::ToolTipRole:
        return WritingText::excerpt(draft.raw, 400);
    case DraftIdRole:
        return draft.id;
    case KindRole:
        return store::draftKindName(draft.kind);
    case HeadingRole:
        return WritingText::draftHeading(draft, m_session.data());
    case ExcerptRole:
        return WritingText::excerpt(draft.raw);
    case UpdatedAtRole:
        return draft.updatedAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> DraftListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DraftIdRole, "draftId");
    names.insert(KindRole, "kind");
    names.insert(HeadingRole, "heading");
    names.insert(ExcerptRole, "excerpt");
    names.insert(UpdatedAtRole, "updatedAt");
    return names;
}

} // namespace outpost::gui
