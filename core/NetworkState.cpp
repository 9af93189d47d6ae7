#include "NetworkState.h"

#include <QNetworkInformation>

namespace outpost {

SystemNetworkMonitor::SystemNetworkMonitor(QObject *parent)
    : NetworkMonitor(parent)
{
    m_hasBackend =
            QNetworkInformation::loadDefaultBackend() ||
            QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    auto *info = QNetworkInformation::instance();
    if (!info) {
        m_hasBackend = false;
        return;
    }
    connect(info, &QNetworkInformation::reachabilityChanged, this, [this] { update(); });
    connect(info, &QNetworkInformation::isBehindCaptivePortalChanged, this, [this] { update(); });
    connect(info, &QNetworkInformation::isMeteredChanged, this, [this] { update(); });
    update();
}

void SystemNetworkMonitor::update()
{
    auto *info = QNetworkInformation::instance();
    NetworkState next = NetworkState::Online;
    if (info) {
        switch (info->reachability()) {
        case QNetworkInformation::Reachability::Disconnected:
            next = NetworkState::Offline;
            break;
        // A "local only" link may still reach a forum on the intranet: let the sync try.
        case QNetworkInformation::Reachability::Local:
        case QNetworkInformation::Reachability::Unknown:
        case QNetworkInformation::Reachability::Site:
        case QNetworkInformation::Reachability::Online:
            next = NetworkState::Online;
            break;
        }
        if (info->isBehindCaptivePortal())
            next = NetworkState::Offline;
        else if (next == NetworkState::Online && info->isMetered())
            next = NetworkState::Metered;
    }
    if (next != m_state) {
        m_state = next;
        Q_EMIT stateChanged(next);
    }
}

} // namespace outpost
