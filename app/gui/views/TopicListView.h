#pragma once

#include "models/TopicListModel.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedLayout;

namespace outpost::gui {

class AppContext;
class ForumSession;

// The middle pane: the topics of the chosen category (or of every followed one), with sort
// and filter controls, and a sentence instead of an empty list saying why it is empty.
class TopicListView : public QWidget
{
    Q_OBJECT
public:
    TopicListView(AppContext &context, QWidget *parent = nullptr);

    void setSession(ForumSession *session);
    TopicListModel *model() { return &m_model; }
    QListView *list() const { return m_list; }

    // What the list shows.
    void showFollowed();
    void showCategory(qint64 categoryId);
    bool isShowingFollowed() const { return m_followed; }
    qint64 categoryId() const { return m_categoryId; }

    qint64 currentTopicId() const;
    // Selects the topic if it is in the list (loading pages as needed is not done: only the
    // loaded rows are searched).
    bool selectTopic(qint64 topicId);
    void nextTopic();
    void previousTopic();

Q_SIGNALS:
    // The person moved to a topic (click, arrow keys, J/K).
    void topicChosen(qint64 topicId);
    void followRequested(qint64 categoryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshHeader();
    void updateEmptyState();
    void selectRow(int row);

    AppContext &m_context;
    QPointer<ForumSession> m_session;
    TopicListModel m_model;
    bool m_followed = true;
    qint64 m_categoryId = 0;
    QLabel *m_title;
    QLabel *m_subtitle;
    QComboBox *m_sort;
    QComboBox *m_filter;
    QLineEdit *m_filterText;
    QListView *m_list;
    QWidget *m_emptyPage;
    QLabel *m_emptyText;
    QPushButton *m_emptyAction;
    QStackedLayout *m_stack;
};

} // namespace outpost::gui
