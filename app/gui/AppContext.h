#pragma once

#include "NetworkState.h"
#include "discourse/ForumApi.h"
#include "net/TransportConfig.h"
#include "store/Profile.h"
#include "store/UserTypes.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace outpost {
class Clock;
}

namespace outpost::gui {

class AppLanguage;
class AppSettings;
class ForumKeys;

// The composition root: everything with I/O that the windows need, built once by main() (or
// by a test with doubles) and handed down. There are no globals behind it.
class AppContext : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of all three. The network monitor becomes a child of this object.
    AppContext(store::Profile profile, std::unique_ptr<Clock> clock, NetworkMonitor *network,
               QObject *parent = nullptr);
    ~AppContext() override;

    store::Profile &profile() { return m_profile; }
    Clock &clock() { return *m_clock; }
    NetworkMonitor &network() { return *m_network; }
    AppSettings &settings() { return *m_settings; }
    // The interface's language; main() applies the person's choice, tests the one they need.
    AppLanguage &language() { return *m_language; }

    // How the transports of jobs (sync, images, probes) are configured (proxy, CAs).
    net::TransportConfig transportConfig() const { return m_transport; }
    void setTransportConfig(net::TransportConfig config) { m_transport = std::move(config); }

    // The person's keys, one per forum (the system keychain, looked up once per forum).
    ForumKeys &keys() { return *m_keys; }

    // Credentials for a forum: its key from keys() once that is loaded, else anonymous. Tests
    // may put a provider of their own in place.
    using CredentialsProvider = std::function<discourse::Credentials(const store::Forum &)>;
    discourse::Credentials credentialsFor(const store::Forum &forum) const;
    void setCredentialsProvider(CredentialsProvider provider);

    // Opens a web address outside Outpost (the system browser by default). Tests record them
    // instead of starting a browser.
    using UrlOpener = std::function<bool(const QUrl &)>;
    bool openExternally(const QUrl &url) const;
    void setUrlOpener(UrlOpener opener);

private:
    store::Profile m_profile;
    std::unique_ptr<Clock> m_clock;
    NetworkMonitor *m_network;
    std::unique_ptr<AppSettings> m_settings;
    AppLanguage *m_language;
    ForumKeys *m_keys;
    net::TransportConfig m_transport;
    CredentialsProvider m_credentials;
    UrlOpener m_opener;
};

} // namespace outpost::gui
