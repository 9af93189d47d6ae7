#pragma once

#include "models/SearchResultsModel.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;

namespace outpost::gui {

class AppContext;
class ForumSession;

// Search results over the offline copy: title and snippet with the matched words in bold,
// where and by whom; a category filter; activating a result opens the topic at that post.
class SearchView : public QWidget
{
    Q_OBJECT
public:
    explicit SearchView(AppContext &context, QWidget *parent = nullptr);

    void setSession(ForumSession *session);
    SearchResultsModel *model() { return &m_model; }
    QListView *list() const { return m_list; }

    // Runs the search for `text` now, in the chosen categories.
    void search(const QString &text);
    const QString &text() const { return m_text; }

Q_SIGNALS:
    void resultChosen(qint64 topicId, int postNumber);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCategories();
    QList<qint64> chosenCategories() const;
    void updateSummary();

    AppContext &m_context;
    QPointer<ForumSession> m_session;
    SearchResultsModel m_model;
    QString m_text;
    QLabel *m_summary;
    QComboBox *m_category;
    QListView *m_list;
};

} // namespace outpost::gui
