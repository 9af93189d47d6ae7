#pragma once

#include "store/CacheTypes.h"

#include <QAbstractItemModel>

#include <optional>

namespace outpost::gui {

class ForumSession;

// The latest digest of the cache as a two-level tree: sections (new topics, topics with new
// posts, top of the week, top of the month) and their topics. Topic rows answer the roles of
// TopicListModel, so the same delegate draws both.
class DigestModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        IsSectionRole = Qt::UserRole + 100,
        SectionKindRole,
        SectionCountRole,
    };

    explicit DigestModel(QObject *parent = nullptr);

    void setSession(ForumSession *session);
    void reload();
    bool hasDigest() const { return m_digest.has_value(); }
    QDateTime since() const { return m_digest ? m_digest->since : QDateTime(); }
    QDateTime createdAt() const { return m_digest ? m_digest->createdAt : QDateTime(); }
    // The first topic row, for keyboard focus.
    QModelIndex firstTopic() const;

    static QString sectionTitle(store::DigestKind kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Section
    {
        store::DigestKind kind = store::DigestKind::New;
        QList<store::TopicSummary> topics;
    };
    QVariant topicData(const store::TopicSummary &topic, int role) const;

    ForumSession *m_session = nullptr;
    std::optional<store::Digest> m_digest;
    QList<Section> m_sections;
    QDateTime m_newSince;
};

} // namespace outpost::gui
