#pragma once

#include <QObject>

namespace outpost {

// What the link allows. Metered means: no images and no background work beyond what the
// person asked for.
enum class NetworkState
{
    Offline,
    Metered,
    Online,
};

// Source of the current NetworkState. The app feeds it from QNetworkInformation
// (SystemNetworkMonitor); tests use FakeNetworkMonitor.
class NetworkMonitor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual NetworkState state() const = 0;

Q_SIGNALS:
    void stateChanged(outpost::NetworkState state);
};

class SystemNetworkMonitor final : public NetworkMonitor
{
    Q_OBJECT
public:
    explicit SystemNetworkMonitor(QObject *parent = nullptr);
    NetworkState state() const override { return m_state; }
    // False when no QNetworkInformation backend could be loaded; state() then says Online
    // and the sync finds out the truth by trying.
    bool hasBackend() const { return m_hasBackend; }

private:
    void update();
    NetworkState m_state = NetworkState::Online;
    bool m_hasBackend = false;
};

class FakeNetworkMonitor final : public NetworkMonitor
{
    Q_OBJECT
public:
    explicit FakeNetworkMonitor(NetworkState initial = NetworkState::Online,
                                QObject *parent = nullptr)
        : NetworkMonitor(parent)
        , m_state(initial)
    {}
    NetworkState state() const override { return m_state; }
    void setState(NetworkState state)
    {
        if (state == m_state)
            return;
        m_state = state;
        Q_EMIT stateChanged(state);
    }

private:
    NetworkState m_state;
};

} // namespace outpost

Q_DECLARE_METATYPE(outpost::NetworkState)
