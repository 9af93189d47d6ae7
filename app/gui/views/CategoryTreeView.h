#pragma once

#include "models/CategoryTreeModel.h"

#include <QTreeView>

namespace outpost::gui {

// The sidebar tree of CategoryTreeModel: "What's new", "Followed topics", then the categories
// with a star to follow or unfollow them in place (click it, or press Space), and counts of
// new and unread topics.
class CategoryTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit CategoryTreeView(QWidget *parent = nullptr);

    CategoryTreeModel *categoryModel() { return &m_model; }
    void selectNode(CategoryTreeModel::NodeKind kind, qint64 categoryId = 0);
    // Follows or unfollows the category under the cursor.
    void toggleFollowCurrent();

Q_SIGNALS:
    void digestChosen();
    void followedChosen();
    void categoryChosen(qint64 categoryId);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void announce(const QModelIndex &index);

    CategoryTreeModel m_model;
    CategoryTreeModel::NodeKind m_selectedKind = CategoryTreeModel::NodeKind::Followed;
    qint64 m_selectedCategory = 0;
};

} // namespace outpost::gui
