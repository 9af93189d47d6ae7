#pragma once

#include "store/SearchIndex.h"

#include <QAbstractListModel>

namespace outpost::gui {

class ForumSession;

// Results of a local full-text search, best first, with highlighted titles and snippets.
// More results load as the view scrolls.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        TopicIdRole = Qt::UserRole + 1,
        PostIdRole,
        PostNumberRole,
        CategoryIdRole,
        CategoryNameRole,
        TitleRole,
        TitleHtmlRole,   // title with matches in <b>, HTML-escaped
        SnippetHtmlRole, // snippet with matches in <b>, HTML-escaped
        UsernameRole,
        CreatedAtRole,
        TitleMarkedRole,   // title with store::highlightStart/End around matches (painting)
        SnippetMarkedRole, // snippet with the same markers
    };

    static constexpr int pageSize = 25;

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setSession(ForumSession *session);
    // Runs the search now (empty text clears the results).
    void search(const QString &text, const QList<qint64> &categoryIds);
    const QString &query() const { return m_query; }
    const store::SearchHit &hitAt(int row) const { return m_hits.at(row); }

    // The highlight markers of SearchIndex as HTML (<b>…</b>), everything else escaped.
    static QString highlightedHtml(const QString &marked);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // fetchMore() loads on the next turn of the event loop; loadMore() at once.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void loadMore();
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void searched(const QString &query, int count);

private:
    QList<store::SearchHit> run(int offset);

    ForumSession *m_session = nullptr;
    QString m_query;
    QList<qint64> m_categories;
    QList<store::SearchHit> m_hits;
    bool m_more = false;
    bool m_fetchQueued = false;
};

} // namespace outpost::gui
