#include "AppContext.h"

#include "AppLanguage.h"
#include "AppSettings.h"
#include "Clock.h"
#include "controllers/ForumKeys.h"

#include <QDesktopServices>

namespace outpost::gui {

AppContext::AppContext(store::Profile profile, std::unique_ptr<Clock> clock,
                       NetworkMonitor *network, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_clock(std::move(clock))
    , m_network(network)
    , m_language(new AppLanguage(this))
{
    Q_ASSERT(m_network);
    m_network->setParent(this);
    m_settings = std::make_unique<AppSettings>(m_profile.userDatabase(), *m_clock);
    m_keys = new ForumKeys(m_profile.userDatabase(), *m_clock, this);
}

AppContext::~AppContext()
{
    delete m_keys; // before the profile it reads the client id from
}

discourse::Credentials AppContext::credentialsFor(const store::Forum &forum) const
{
    return m_credentials ? m_credentials(forum) : m_keys->credentialsFor(forum);
}

void AppContext::setCredentialsProvider(CredentialsProvider provider)
{
    m_credentials = std::move(provider);
}

bool AppContext::openExternally(const QUrl &url) const
{
    return m_opener ? m_opener(url) : QDesktopServices::openUrl(url);
}

void AppContext::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

} // namespace outpost::gui
