#pragma once

#include "NetworkState.h"
#include "sync/SyncTypes.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace outpost::gui {

// Online / metered / offline, said plainly, with what it means for downloads.
class NetworkIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkIndicator(QWidget *parent = nullptr);
    void setState(NetworkState state);
    NetworkState state() const { return m_state; }
    QString text() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    NetworkState m_state = NetworkState::Online;
};

// The sync's corner of the status bar: when the last sync was, or what is being fetched now
// with a progress bar, the requests and bytes it used, and a way to cancel it.
class SyncStatusBar : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusBar(std::function<QDateTime()> now, QWidget *parent = nullptr);

    void setLastSync(const QDateTime &when);
    void syncStarted();
    void syncProgress(const sync::SyncProgress &progress);
    void syncFinished(const sync::SyncReport &report);
    void showNote(const QString &note);
    QString statusText() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshIdleText();
    QString finishedNote() const;

    std::function<QDateTime()> m_now;
    QDateTime m_lastSync;
    // What the last sync came to, kept so its note can be worded again in a new language; a
    // note from elsewhere (showNote) replaces it.
    std::optional<sync::SyncReport> m_finished;
    QString m_note;
    bool m_running = false;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_counters;
    QToolButton *m_cancel;
    QTimer m_tick;
};

// "12 requests · 340 KB" for the counters of a sync.
QString describeCounters(const sync::SyncCounters &counters);

} // namespace outpost::gui
