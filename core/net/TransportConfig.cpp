#include "net/TransportConfig.h"

#include "OutpostVersion.h"

namespace outpost::net {

QByteArray defaultUserAgent()
{
    return QByteArrayLiteral("Outpost/") + QByteArray(kVersion) +
           QByteArrayLiteral(" (+https://community.dhis2.org; offline-first Discourse client)");
}

} // namespace outpost::net
