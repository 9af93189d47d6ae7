#pragma once

// Internal to CurlTransport: one transfer's state and the libcurl easy-handle plumbing.

#include "net/Transport.h"
#include "net/TransportConfig.h"

#include <QElapsedTimer>

#include <curl/curl.h>

namespace outpost::net {

// What every easy handle of one transport is configured with.
struct EasySettings
{
    const TransportConfig *config = nullptr;
    QByteArray caBundle; // non-empty: CAINFO_BLOB (system CAs + the configured extra CA)
    QString caError;     // non-empty: the extra CA could not be used; refuse to transfer
};

struct CurlTransfer
{
    Transport::TransferId id = 0;
    CURL *easy = nullptr;
    HttpRequest original; // what the caller asked for; its origin decides about credentials
    HttpRequest current;  // the hop in progress
    int redirects = 0;

    curl_slist *headerList = nullptr;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    qsizetype uploadOffset = 0;
    qint64 maxResponseBytes = 0;
    qint64 overallTimeoutMs = 0;
    bool responseTooLarge = false;
    bool usesExplicitProxy = false;

    HttpResponse response; // headers and body of the current hop; byte counts of all hops
    QElapsedTimer timer;

    CurlTransfer() = default;
    CurlTransfer(const CurlTransfer &) = delete;
    CurlTransfer &operator=(const CurlTransfer &) = delete;
    ~CurlTransfer();
};

// Resets `transfer.easy` and configures it for `transfer.current`. Returns an error text when
// the request cannot be sent as given (the transfer must then not be added to the multi handle).
QString configureEasy(CurlTransfer &transfer, const EasySettings &settings);

// Adds what the finished hop moved to the response (bytes, requestSent) and reads its status.
void accountHop(CurlTransfer &transfer);

// Fills in the response's error from the hop's result code.
void setTransferError(CurlTransfer &transfer, CURLcode result);

// Ensures curl_global_init has run (once per process, thread-safe).
void ensureCurlGlobalInit();

} // namespace outpost::net
