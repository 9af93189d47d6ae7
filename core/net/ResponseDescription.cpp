#include "net/ResponseDescription.h"

#include <QCoreApplication>

namespace outpost::net {

QString describeForPeople(TransferError error)
{
    switch (error) {
    case TransferError::None:
        return {};
    case TransferError::Cancelled:
        return QCoreApplication::translate("outpost::net", "The request was cancelled.");
    case TransferError::Resolve:
        return QCoreApplication::translate(
                "outpost::net",
                "Could not reach the forum: its name could not be looked up. You may be "
                "offline; check your connection and try again.");
    case TransferError::Connect:
        return QCoreApplication::translate(
                "outpost::net",
                "Could not reach the forum: no connection could be made. Check your link and "
                "try again.");
    case TransferError::Timeout:
        return QCoreApplication::translate(
                "outpost::net",
                "Could not reach the forum: the connection timed out. Check your link and try "
                "again.");
    case TransferError::Stalled:
        return QCoreApplication::translate(
                "outpost::net",
                "The connection to the forum stopped moving data. The link may have dropped; "
                "Outpost will try again when it is back.");
    case TransferError::ConnectionCut:
        return QCoreApplication::translate(
                "outpost::net",
                "The connection to the forum was cut before the answer was complete. Check "
                "your link and try again.");
    case TransferError::Tls:
        return QCoreApplication::translate(
                "outpost::net",
                "The forum's identity could not be verified, so Outpost did not connect. The "
                "connection may be intercepted, or the forum's certificate authority is not "
                "trusted on this computer. If your organisation uses its own certificate "
                "authority, add its certificate file in the network settings.");
    case TransferError::Proxy:
        return QCoreApplication::translate(
                "outpost::net",
                "The proxy server failed or refused the connection. Check the proxy "
                "settings.");
    case TransferError::TooManyRedirects:
        return QCoreApplication::translate(
                "outpost::net",
                "The forum sent Outpost around in circles (too many redirects). The forum "
                "may be misconfigured; try again later.");
    case TransferError::Other:
        return QCoreApplication::translate(
                "outpost::net",
                "The request to the forum failed unexpectedly. Try again; if it keeps "
                "happening, the details may help the forum's administrators.");
    }
    return QCoreApplication::translate(
            "outpost::net",
            "The request to the forum failed unexpectedly. Try again; if it keeps happening, "
            "the details may help the forum's administrators.");
}

QString describeForPeople(const HttpResponse &response)
{
    if (response.error != TransferError::None)
        return describeForPeople(response.error);

    const int status = response.status;
    if (status >= 200 && status < 300)
        return {};
    switch (status) {
    case 400:
        return QCoreApplication::translate(
                "outpost::net",
                "The forum did not understand the request. Outpost may need an update.");
    case 401:
        return QCoreApplication::translate(
                "outpost::net",
                "The forum did not accept your sign-in. The key may have been revoked or "
                "expired; connect Outpost to your account again.");
    case 403:
        return QCoreApplication::translate(
                "outpost::net",
                "The forum does not allow you to do this. You may lack the permission, or "
                "your sign-in has expired.");
    case 404:
    case 410:
        return QCoreApplication::translate(
                "outpost::net",
                "The forum could not find this. It may have been deleted or made private.");
    case 407:
        return QCoreApplication::translate(
                "outpost::net",
                "The proxy server asks for a user name and password. Check the proxy "
                "settings.");
    case 413:
        return QCoreApplication::translate("outpost::net",
                                           "The forum refused this because it is too large.");
    case 422:
        return QCoreApplication::translate(
                "outpost::net",
                "The forum did not accept this. Read its explanation, change what it asks "
                "for, and try again.");
    case 429:
        return QCoreApplication::translate(
                "outpost::net",
                "The forum asks Outpost to slow down. Outpost will wait and try again on its "
                "own.");
    case 500:
        return QCoreApplication::translate("outpost::net",
                                           "The forum had an internal error. Try again later.");
    case 502:
    case 503:
    case 504:
        return QCoreApplication::translate(
                "outpost::net",
                "The forum is temporarily unavailable (it may be under maintenance or "
                "overloaded). Outpost will try again later.");
    default:
        break;
    }
    if (status >= 300 && status < 400)
        //: %1 is an HTTP status code such as 304
        return QCoreApplication::translate(
                       "outpost::net",
                       "The forum answered with an unexpected redirect (HTTP status %1).")
                .arg(status);
    if (status >= 400 && status < 500)
        //: %1 is an HTTP status code such as 409
        return QCoreApplication::translate("outpost::net",
                                           "The forum refused the request (HTTP status %1).")
                .arg(status);
    if (status >= 500)
        //: %1 is an HTTP status code such as 507
        return QCoreApplication::translate(
                       "outpost::net",
                       "The forum failed to answer (HTTP status %1). Try again later.")
                .arg(status);
    return QCoreApplication::translate("outpost::net",
                                       "The forum sent an answer Outpost does not understand.");
}

QByteArray technicalName(TransferError error)
{
    switch (error) {
    case TransferError::None:
        return QByteArrayLiteral("ok");
    case TransferError::Cancelled:
        return QByteArrayLiteral("cancelled");
    case TransferError::Resolve:
        return QByteArrayLiteral("resolve");
    case TransferError::Connect:
        return QByteArrayLiteral("connect");
    case TransferError::Timeout:
        return QByteArrayLiteral("timeout");
    case TransferError::Stalled:
        return QByteArrayLiteral("stalled");
    case TransferError::ConnectionCut:
        return QByteArrayLiteral("connection-cut");
    case TransferError::Tls:
        return QByteArrayLiteral("tls");
    case TransferError::Proxy:
        return QByteArrayLiteral("proxy");
    case TransferError::TooManyRedirects:
        return QByteArrayLiteral("too-many-redirects");
    case TransferError::Other:
        return QByteArrayLiteral("other");
    }
    return QByteArrayLiteral("other");
}

} // namespace outpost::net
