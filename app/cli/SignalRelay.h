#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace outpost::cli {

// Turns SIGINT and SIGTERM into a call on the Qt event loop. The handler does nothing but
// write one byte to a pipe (async-signal-safe); a QSocketNotifier on the pipe's other end
// calls `onSignal` on the thread that owns this object. The handlers reset themselves when
// they fire, so a second Ctrl+C ends the process at once. Restores the previous handlers
// when destroyed. One instance at a time.
class SignalRelay : public QObject
{
    Q_OBJECT
public:
    explicit SignalRelay(std::function<void(int signal)> onSignal, QObject *parent = nullptr);
    ~SignalRelay() override;

    bool isInstalled() const { return m_notifier != nullptr; }

private:
    void readSignal();

    std::function<void(int)> m_onSignal;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace outpost::cli
