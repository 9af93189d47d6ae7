// MainWindow, the part that moves the person around: lists, topics, links, Back, keyboard
// movement between and within panes.

#include "AppContext.h"
#include "AppSettings.h"
#include "ForumSession.h"
#include "controllers/LinkPolicy.h"
#include "controllers/SyncController.h"
#include "models/DigestModel.h"
#include "store/CacheReader.h"
#include "store/StoreError.h"
#include "views/CategoryTreeView.h"
#include "views/DigestView.h"
#include "views/LinkConfirmDialog.h"
#include "views/MainActions.h"
#include "views/MainWindow.h"
#include "views/SearchView.h"
#include "views/SyncStatusBar.h"
#include "views/ThreadView.h"
#include "views/TopicListView.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace outpost::gui {

Location MainWindow::here() const
{
    Location location;
    location.list = m_list;
    location.categoryId = m_list == Location::List::Category ? m_topics->categoryId() : 0;
    location.searchText = m_list == Location::List::Search ? m_search->text() : QString();
    location.topicId = m_thread->topicId();
    location.postNumber = m_thread->topicId() ? m_thread->currentPostNumber() : 0;
    return location;
}

void MainWindow::rememberHere()
{
    // Where the person is now (the post they read), so Back returns exactly there.
    if (!m_restoring)
        m_history.updateCurrent(here());
}

void MainWindow::visit()
{
    if (m_restoring)
        return;
    m_history.visit(here());
    m_actions->back->setEnabled(m_history.canGoBack());
}

void MainWindow::showDigest()
{
    if (!m_session)
        return;
    rememberHere();
    m_list = Location::List::Digest;
    m_digest->reload();
    m_lists->setCurrentWidget(m_digest);
    m_categories->selectNode(CategoryTreeModel::NodeKind::Digest);
    visit();
}

void MainWindow::showFollowed()
{
    if (!m_session)
        return;
    rememberHere();
    m_list = Location::List::Followed;
    m_topics->showFollowed();
    m_lists->setCurrentWidget(m_topics);
    m_categories->selectNode(CategoryTreeModel::NodeKind::Followed);
    m_topics->selectTopic(m_thread->topicId());
    visit();
}

void MainWindow::showCategory(qint64 categoryId)
{
    if (!m_session)
        return;
    rememberHere();
    m_list = Location::List::Category;
    m_topics->showCategory(categoryId);
    m_lists->setCurrentWidget(m_topics);
    m_categories->selectNode(CategoryTreeModel::NodeKind::Category, categoryId);
    m_topics->selectTopic(m_thread->topicId());
    visit();
}

void MainWindow::showSearch(const QString &text)
{
    if (!m_session)
        return;
    if (m_list != Location::List::Search)
        rememberHere();
    const bool wasSearching = m_list == Location::List::Search;
    m_list = Location::List::Search;
    m_search->search(text);
    m_lists->setCurrentWidget(m_search);
    if (m_searchField->text() != text)
        m_searchField->setText(text);
    // Typing refines one search: one place in the history, not one per key.
    if (wasSearching && !m_restoring)
        m_history.updateCurrent(here());
    else
        visit();
}

void MainWindow::searchTextEdited()
{
    const QString text = m_searchField->text();
    if (text.trimmed().isEmpty())
        return;
    showSearch(text);
}

bool MainWindow::openTopic(qint64 topicId, std::optional<int> postNumber)
{
    if (!m_session)
        return false;
    if (topicId == m_thread->topicId() && postNumber) {
        rememberHere();
        m_thread->jumpToPost(*postNumber);
        visit();
        return true;
    }
    if (topicId == m_thread->topicId() && !postNumber)
        return true;
    rememberHere();
    const bool opened = m_thread->openTopic(topicId, postNumber);
    if (!opened)
        m_syncStatus->showNote(tr("That topic is not downloaded."));
    if (m_list != Location::List::Search && m_list != Location::List::Digest)
        m_topics->selectTopic(topicId);
    visit();
    return opened;
}

void MainWindow::restore(const Location &location)
{
    m_restoring = true;
    switch (location.list) {
    case Location::List::Digest:
        showDigest();
        break;
    case Location::List::Followed:
        showFollowed();
        break;
    case Location::List::Category:
        showCategory(location.categoryId);
        break;
    case Location::List::Search:
        showSearch(location.searchText);
        break;
    }
    if (location.list != Location::List::Search && !m_searchField->text().isEmpty()) {
        const QSignalBlocker blocker(m_searchField);
        m_searchField->clear();
    }
    if (location.topicId == 0) {
        m_thread->closeTopic();
    } else if (location.topicId != m_thread->topicId()) {
        m_thread->openTopic(location.topicId, location.postNumber > 0
                                                      ? std::optional<int>(location.postNumber)
                                                      : std::nullopt);
        m_topics->selectTopic(location.topicId);
    } else if (location.postNumber > 0) {
        m_thread->jumpToPost(location.postNumber);
    }
    m_restoring = false;
}

void MainWindow::goBack()
{
    if (!m_history.canGoBack())
        return;
    restore(m_history.back());
    m_actions->back->setEnabled(m_history.canGoBack());
}

void MainWindow::leaveSearch()
{
    if (m_list != Location::List::Search)
        return;
    while (m_history.canGoBack() && m_history.current()->list == Location::List::Search)
        m_history.back();
    Location target;
    if (m_history.current() && m_history.current()->list != Location::List::Search) {
        target = *m_history.current();
    } else {
        m_history.clear();
        target.list = Location::List::Followed;
        target.topicId = m_thread->topicId();
    }
    restore(target);
    if (!m_history.current())
        m_history.visit(here());
    m_actions->back->setEnabled(m_history.canGoBack());
}

void MainWindow::activateLink(const QUrl &url)
{
    const QUrl base(m_session ? m_session->forum().baseUrl : QString());
    const LinkPolicy::Target target = LinkPolicy::classify(url, base);
    switch (target.kind) {
    case LinkPolicy::Target::Kind::Invalid:
    case LinkPolicy::Target::Kind::Image:
        return;
    case LinkPolicy::Target::Kind::ForumPost: {
        bool cached = false;
        try {
            cached = m_session && m_session->reader().topic(target.topicId).has_value();
        } catch (const store::StoreError &error) {
            m_session->reportStoreError(error);
        }
        if (cached) {
            openTopic(target.topicId, target.postNumber);
            return;
        }
        if (target.url.isEmpty()) {
            m_syncStatus->showNote(tr("That post is in a topic that is not downloaded."));
            return;
        }
        break; // not here: the forum's page in the browser, like any other link
    }
    case LinkPolicy::Target::Kind::External:
        break;
    }
    if (LinkPolicy::needsConfirmation(target.url, m_context.settings())) {
        LinkConfirmDialog dialog(target.url, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (dialog.trustSite())
            m_context.settings().trustLinkHost(target.url.host());
    }
    if (!m_context.openExternally(target.url))
        m_syncStatus->showNote(tr("No web browser could open the link."));
}

QAbstractItemView *MainWindow::currentListView() const
{
    if (m_lists->currentWidget() == m_digest)
        return m_digest->tree();
    if (m_lists->currentWidget() == m_search)
        return m_search->list();
    if (m_lists->currentWidget() == m_topics)
        return m_topics->list();
    return nullptr;
}

void MainWindow::moveInList(int delta)
{
    if (m_lists->currentWidget() == m_topics) {
        if (delta > 0)
            m_topics->nextTopic();
        else
            m_topics->previousTopic();
        return;
    }
    QAbstractItemView *view = currentListView();
    if (!view || !view->model())
        return;
    // The digest is a tree of sections: walk its topic rows in reading order.
    QList<QModelIndex> rows;
    QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex top = model->index(r, 0);
        if (!top.data(DigestModel::IsSectionRole).toBool())
            rows.append(top);
        for (int c = 0; c < model->rowCount(top); ++c)
            rows.append(model->index(c, 0, top));
    }
    if (rows.isEmpty())
        return;
    if (delta > 0 && m_lists->currentWidget() == m_search && model->canFetchMore({}) &&
        rows.constLast() == view->currentIndex()) {
        m_search->model()->loadMore();
        rows.clear();
        for (int r = 0; r < model->rowCount(); ++r)
            rows.append(model->index(r, 0));
    }
    const qsizetype at = rows.indexOf(view->currentIndex());
    const qsizetype next = at < 0 ? 0 : std::clamp<qsizetype>(at + delta, 0, rows.size() - 1);
    view->setCurrentIndex(rows.at(next));
    view->scrollTo(rows.at(next));
}

void MainWindow::focusNextPane()
{
    QWidget *panes[] = {m_categories, currentListView(), m_thread};
    int focused = -1;
    for (int i = 0; i < 3; ++i) {
        if (panes[i] && (panes[i]->hasFocus() || panes[i]->isAncestorOf(focusWidget())))
            focused = i;
    }
    for (int step = 1; step <= 3; ++step) {
        QWidget *next = panes[(focused + step + 3) % 3];
        if (next && next->isVisible()) {
            next->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void MainWindow::toggleFollow()
{
    if (!m_session)
        return;
    if (m_categories->hasFocus() || m_list != Location::List::Category) {
        m_categories->toggleFollowCurrent();
        return;
    }
    const qint64 id = m_topics->categoryId();
    m_session->setFollowed(id, !m_session->isFollowed(id));
}

void MainWindow::downloadCurrentTopic()
{
    if (m_thread->topicId() > 0)
        m_sync->fetchTopics({m_thread->topicId()});
}

} // namespace outpost::gui
