#pragma once

#include "models/DigestModel.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedLayout;
class QTreeView;

namespace outpost::gui {

class AppContext;
class ForumSession;

// "What's new": the digest the last sync wrote — new topics and new replies since the sync
// before, and the top topics of the week and month — read from the cache, so it works offline.
class DigestView : public QWidget
{
    Q_OBJECT
public:
    explicit DigestView(AppContext &context, QWidget *parent = nullptr);

    void setSession(ForumSession *session);
    DigestModel *model() { return &m_model; }
    QTreeView *tree() const { return m_tree; }
    void reload();

Q_SIGNALS:
    void topicChosen(qint64 topicId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHeader();

    AppContext &m_context;
    QPointer<ForumSession> m_session;
    DigestModel m_model;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTreeView *m_tree;
    QLabel *m_empty;
    QStackedLayout *m_stack;
};

} // namespace outpost::gui
