#pragma once

#include "discourse/Types.h"

#include <QAbstractItemModel>
#include <QSet>

namespace outpost::gui {

// The categories a forum offers, to choose which to follow (first start): parents with their
// subcategories, each checkable, with the forum's topic counts.
class CategoryChoiceModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        CategoryIdRole = Qt::UserRole + 1,
        TopicCountRole,
        ColorRole,
    };

    explicit CategoryChoiceModel(QObject *parent = nullptr);

    void setCategories(const QList<discourse::Category> &categories,
                       const QSet<qint64> &chosen = {});
    QList<qint64> chosenIds() const;
    void setAllChosen(bool chosen);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void choiceChanged();

private:
    struct Node
    {
        discourse::Category category;
        int parent = -1;
        QList<int> children;
    };
    int rowOf(int node) const;

    QList<Node> m_nodes;
    QList<int> m_topLevel;
    QSet<qint64> m_chosen;
};

} // namespace outpost::gui
