#include "models/SearchResultsModel.h"

#include "ForumSession.h"
#include "store/StoreError.h"
#include "style/TimeText.h"

using namespace Qt::StringLiterals;

namespace outpost::gui {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchResultsModel::setSession(ForumSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    search(QString(), {});
}

QList<store::SearchHit> SearchResultsModel::run(int offset)
{
    if (!m_session || m_query.trimmed().isEmpty())
        return {};
    store::SearchOptions options;
    options.categoryIds = m_categories;
    options.limit = pageSize;
    options.offset = offset;
    try {
        return m_session->searchIndex().search(m_query, options);
    } catch (const store::StoreError &error) {
        m_session->reportStoreError(error);
        return {};
    }
}

void SearchResultsModel::search(const QString &text, const QList<qint64> &categoryIds)
{
    beginResetModel();
    m_query = text;
    m_categories = categoryIds;
    m_hits = run(0);
    m_more = m_hits.size() == pageSize;
    endResetModel();
    Q_EMIT searched(m_query, int(m_hits.size()));
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_fetchQueued)
        return;
    m_fetchQueued = true;
    QMetaObject::invokeMethod(
            this,
            [this] {
                m_fetchQueued = false;
                loadMore();
            },
            Qt::QueuedConnection);
}

void SearchResultsModel::loadMore()
{
    if (!m_more)
        return;
    const QList<store::SearchHit> more = run(int(m_hits.size()));
    m_more = more.size() == pageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + more.size()) - 1);
    m_hits.append(more);
    endInsertRows();
}

QString SearchResultsModel::highlightedHtml(const QString &marked)
{
    QString html = marked.toHtmlEscaped();
    html.replace(QChar(store::highlightStart), u"<b>"_s);
    html.replace(QChar(store::highlightEnd), u"</b>"_s);
    return html;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::SearchHit &hit = m_hits.at(index.row());
    const auto plain = [](QString text) {
        text.remove(QChar(store::highlightStart));
        text.remove(QChar(store::highlightEnd));
        return text;
    };
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return hit.title;
    case Qt::AccessibleTextRole:
        //: A search result for screen readers: %1 topic title, %2 author, %3 the matching text
        return tr("%1, by %2: %3").arg(hit.title, hit.username, plain(hit.snippet));
    case Qt::ToolTipRole:
        return plain(hit.snippet);
    case TopicIdRole:
        return hit.topicId;
    case PostIdRole:
        return hit.postId;
    case PostNumberRole:
        return hit.postNumber;
    case CategoryIdRole:
        return hit.categoryId;
    case CategoryNameRole:
        return m_session ? m_session->categoryName(hit.categoryId) : QString();
    case TitleHtmlRole:
        return highlightedHtml(hit.titleHighlighted.isEmpty() ? hit.title : hit.titleHighlighted);
    case SnippetHtmlRole:
        return highlightedHtml(hit.snippet);
    case TitleMarkedRole:
        return hit.titleHighlighted.isEmpty() ? hit.title : hit.titleHighlighted;
    case SnippetMarkedRole:
        return hit.snippet;
    case UsernameRole:
        return hit.username;
    case CreatedAtRole:
        return hit.createdAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TopicIdRole, "topicId");
    names.insert(PostIdRole, "postId");
    names.insert(PostNumberRole, "postNumber");
    names.insert(CategoryIdRole, "categoryId");
    names.insert(CategoryNameRole, "categoryName");
    names.insert(TitleRole, "title");
    names.insert(TitleHtmlRole, "titleHtml");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(UsernameRole, "username");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(TitleMarkedRole, "titleMarked");
    names.insert(SnippetMarkedRole, "snippetMarked");
    return names;
}

} // namespace outpost::gui
