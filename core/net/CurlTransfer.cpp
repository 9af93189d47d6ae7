#include "net/CurlTransfer.h"

#include <mutex>

namespace outpost::net {

namespace {

template <typename T>
void set(CURL *easy, CURLoption option, T value)
{
    // Options set here are all supported by the libcurl we require; a failure would be a
    // programming error, and the transfer would still run with libcurl's defaults.
    curl_easy_setopt(easy, option, value);
}

bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == ':')
            return false;
    }
    return true;
}

bool isHeaderValue(QByteArrayView value)
{
    for (char c : value) {
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
    }
    return true;
}

QString appendHeader(curl_slist *&list, const HttpHeader &header)
{
    if (!isToken(header.name) || !isHeaderValue(header.value))
        return QStringLiteral("invalid header name or value (line breaks are not allowed)");
    // "Name:" would make libcurl remove the header; "Name;" sends it with an empty value.
    QByteArray line = header.name;
    if (header.value.isEmpty())
        line += ';';
    else
        line += ": " + header.value;
    curl_slist *extended = curl_slist_append(list, line.constData());
    if (!extended)
        return QStringLiteral("out of memory");
    list = extended;
    return {};
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto &transfer = *static_cast<CurlTransfer *>(user);
    const size_t length = size * count;
    QByteArrayView line(data, static_cast<qsizetype>(length));
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);

    if (line.startsWith("HTTP/")) {
        // A new response begins: an interim 1xx, or the real one after a proxy's CONNECT reply.
        transfer.response.headers.clear();
        return length;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return length;
    HttpHeader header{line.first(colon).trimmed().toByteArray(),
                      line.sliced(colon + 1).trimmed().toByteArray()};
    if (QByteArrayView(header.name).compare("Content-Length", Qt::CaseInsensitive) == 0) {
        bool ok = false;
        const qint64 announced = header.value.toLongLong(&ok);
        if (ok && announced > 0 && announced <= transfer.maxResponseBytes)
            transfer.response.body.reserve(static_cast<qsizetype>(announced));
    }
    transfer.response.headers.append(std::move(header));
    return length;
}

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto &transfer = *static_cast<CurlTransfer *>(user);
    const size_t length = size * count;
    if (transfer.response.body.size() + static_cast<qint64>(length) > transfer.maxResponseBytes) {
        transfer.responseTooLarge = true;
        return 0; // makes libcurl stop with CURLE_WRITE_ERROR
    }
    transfer.response.body.append(data, static_cast<qsizetype>(length));
    return length;
}

// The request body is handed out through a read callback rather than CURLOPT_POSTFIELDS: with
// POSTFIELDS libcurl folds small bodies into the header buffer and CURLINFO_REQUEST_SIZE then
// counts them, large ones not, so the upload byte count would depend on the body's size.
size_t onReadBody(char *buffer, size_t size, size_t count, void *user)
{
    auto &transfer = *static_cast<CurlTransfer *>(user);
    const QByteArray &body = transfer.current.body;
    const qsizetype left = body.size() - transfer.uploadOffset;
    const qsizetype chunk = std::min<qsizetype>(left, static_cast<qsizetype>(size * count));
    if (chunk > 0) {
        memcpy(buffer, body.constData() + transfer.uploadOffset, static_cast<size_t>(chunk));
        transfer.uploadOffset += chunk;
    }
    return static_cast<size_t>(chunk);
}

// libcurl rewinds the body when it re-sends a request (a reused connection that turned out to
// be closed, or authentication).
int onSeekBody(void *user, curl_off_t offset, int origin)
{
    auto &transfer = *static_cast<CurlTransfer *>(user);
    if (origin != SEEK_SET || offset < 0 || offset > transfer.current.body.size())
        return CURL_SEEKFUNC_FAIL;
    transfer.uploadOffset = static_cast<qsizetype>(offset);
    return CURL_SEEKFUNC_OK;
}

QString configureMethodAndBody(CurlTransfer &transfer)
{
    CURL *easy = transfer.easy;
    const HttpRequest &request = transfer.current;
    if (!isToken(request.method))
        return QStringLiteral("invalid HTTP method");

    transfer.uploadOffset = 0;
    if (request.method == "GET") {
        set(easy, CURLOPT_HTTPGET, 1L);
    } else if (request.method == "HEAD") {
        set(easy, CURLOPT_NOBODY, 1L);
    } else if (request.method == "POST" || !request.body.isEmpty()) {
        set(easy, CURLOPT_POST, 1L);
        set(easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        set(easy, CURLOPT_READFUNCTION, &onReadBody);
        set(easy, CURLOPT_READDATA, &transfer);
        set(easy, CURLOPT_SEEKFUNCTION, &onSeekBody);
        set(easy, CURLOPT_SEEKDATA, &transfer);
        if (request.method != "POST")
            set(easy, CURLOPT_CUSTOMREQUEST, request.method.constData());
    } else {
        set(easy, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }
    return {};
}

QString configureHeaders(CurlTransfer &transfer)
{
    const HttpRequest &request = transfer.current;
    curl_slist_free_all(transfer.headerList);
    transfer.headerList = nullptr;

    for (const HttpHeader &header : request.headers) {
        if (QString error = appendHeader(transfer.headerList, header); !error.isEmpty())
            return error;
    }
    for (const HttpHeader &header : request.credentials) {
        if (QString error = appendHeader(transfer.headerList, header); !error.isEmpty())
            return error;
    }
    const bool hasBody = request.method != "GET" && request.method != "HEAD";
    if (hasBody && !request.contentType.isEmpty()) {
        const HttpHeader contentType{QByteArrayLiteral("Content-Type"), request.contentType};
        if (QString error = appendHeader(transfer.headerList, contentType); !error.isEmpty())
            return error;
    }
    if (hasBody) {
        // No "Expect: 100-continue": on an 840 ms link that costs a round trip per upload.
        curl_slist *extended = curl_slist_append(transfer.headerList, "Expect:");
        if (!extended)
            return QStringLiteral("out of memory");
        transfer.headerList = extended;
    }
    set(transfer.easy, CURLOPT_HTTPHEADER, transfer.headerList);
    return {};
}

bool isTlsError(CURLcode result)
{
    switch (result) {
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_USE_SSL_FAILED:
#if LIBCURL_VERSION_NUM >= 0x074900
    case CURLE_SSL_CLIENTCERT:
#endif
        return true;
    default:
        return false;
    }
}

curl_off_t timeInfo(CURL *easy, CURLINFO info)
{
    curl_off_t value = 0;
    curl_easy_getinfo(easy, info, &value);
    return value;
}

// CURLE_OPERATION_TIMEDOUT covers four different situations; the transfer's timings tell them
// apart without parsing libcurl's message.
TransferError classifyTimeout(const CurlTransfer &transfer)
{
    const curl_off_t totalUs = timeInfo(transfer.easy, CURLINFO_TOTAL_TIME_T);
    // The overall limit is a safety net; anything reaching it (give or take libcurl's timer
    // resolution) ran out of time rather than stalled.
    if (totalUs / 1000 + 100 >= transfer.overallTimeoutMs)
        return TransferError::Timeout;
    if (timeInfo(transfer.easy, CURLINFO_PRETRANSFER_TIME_T) == 0) {
        // Never got as far as sending: the connect timeout (which includes the TLS handshake).
        if (timeInfo(transfer.easy, CURLINFO_NAMELOOKUP_TIME_T) == 0)
            return TransferError::Resolve;
        return TransferError::Connect;
    }
    // Connected, then below the low-speed limit for the stall time.
    return TransferError::Stalled;
}

} // namespace

CurlTransfer::~CurlTransfer()
{
    curl_slist_free_all(headerList);
}

void ensureCurlGlobalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QString configureEasy(CurlTransfer &transfer, const EasySettings &settings)
{
    const TransportConfig &config = *settings.config;
    CURL *easy = transfer.easy;
    curl_easy_reset(easy);
    transfer.errorBuffer[0] = '\0';
    transfer.maxResponseBytes = config.maxResponseBytes;
    transfer.overallTimeoutMs = std::chrono::milliseconds(config.overallTimeout).count();
    transfer.usesExplicitProxy = config.proxy.has_value() && !config.proxy->isEmpty();

    if (!settings.caError.isEmpty())
        return settings.caError;

    const QUrl &url = transfer.current.url;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return QStringLiteral("not an http(s) URL");

    set(easy, CURLOPT_PRIVATE, &transfer);
    set(easy, CURLOPT_ERRORBUFFER, transfer.errorBuffer);
    set(easy, CURLOPT_NOSIGNAL, 1L);
    set(easy, CURLOPT_URL, url.toEncoded().constData());
#if LIBCURL_VERSION_NUM >= 0x075500
    set(easy, CURLOPT_PROTOCOLS_STR, "http,https");
#else
    set(easy, CURLOPT_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    set(easy, CURLOPT_FOLLOWLOCATION, 0L);
    set(easy, CURLOPT_HEADERFUNCTION, &onHeader);
    set(easy, CURLOPT_HEADERDATA, &transfer);
    set(easy, CURLOPT_WRITEFUNCTION, &onBody);
    set(easy, CURLOPT_WRITEDATA, &transfer);

    set(easy, CURLOPT_USERAGENT, config.userAgent.constData());
    // Empty: offer every encoding this libcurl can decode (gzip, deflate, br, zstd).
    set(easy, CURLOPT_ACCEPT_ENCODING, "");
    set(easy, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
    // Over TLS, wait for a connection that may be multiplexed over HTTP/2 rather than opening
    // another: each new TLS connection costs several round trips on a slow link, and ALPN tells
    // after the handshake. Cleartext HTTP is HTTP/1.1 here (CURL_HTTP_VERSION_2TLS): waiting
    // would only hold every parallel request back until the first response has come (one round
    // trip or more of an idle link per start, measured on the EDGE profile).
    set(easy, CURLOPT_PIPEWAIT, scheme == u"https" ? 1L : 0L);
    set(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    set(easy, CURLOPT_TCP_KEEPIDLE, 30L);
    set(easy, CURLOPT_TCP_KEEPINTVL, 15L);

    set(easy, CURLOPT_CONNECTTIMEOUT_MS,
        static_cast<long>(std::chrono::milliseconds(config.connectTimeout).count()));
    set(easy, CURLOPT_LOW_SPEED_LIMIT, static_cast<long>(config.stallBytesPerSecond));
    set(easy, CURLOPT_LOW_SPEED_TIME, static_cast<long>(config.stallTime.count()));
    set(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(transfer.overallTimeoutMs));

    set(easy, CURLOPT_SSL_VERIFYPEER, 1L);
    set(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!settings.caBundle.isEmpty()) {
        curl_blob blob{const_cast<char *>(settings.caBundle.constData()),
                       static_cast<size_t>(settings.caBundle.size()), CURL_BLOB_NOCOPY};
        set(easy, CURLOPT_CAINFO_BLOB, &blob);
    }

    if (config.proxy) {
        set(easy, CURLOPT_PROXY, config.proxy->constData());
        if (!config.noProxy.isEmpty())
            set(easy, CURLOPT_NOPROXY, config.noProxy.constData());
    }

    if (QString error = configureMethodAndBody(transfer); !error.isEmpty())
        return error;
    // A write gets a connection of its own. libcurl re-sends a request once, silently, when a
    // reused keep-alive connection dies before any byte of the answer; the server may have
    // acted on the first copy (a POST that landed, then a dropped connection), and the outbox
    // could not tell the two apart. A fresh connection is never retried that way.
    if (!transfer.current.isIdempotent())
        set(easy, CURLOPT_FRESH_CONNECT, 1L);
    return configureHeaders(transfer);
}

void accountHop(CurlTransfer &transfer)
{
    CURL *easy = transfer.easy;
    long status = 0;
    long headerBytes = 0;
    long requestBytes = 0;
    curl_off_t bodyDown = 0;
    curl_off_t bodyUp = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_getinfo(easy, CURLINFO_HEADER_SIZE, &headerBytes);
    curl_easy_getinfo(easy, CURLINFO_REQUEST_SIZE, &requestBytes);
    // Both count the body as it crossed the wire: compressed, without chunked framing.
    curl_easy_getinfo(easy, CURLINFO_SIZE_DOWNLOAD_T, &bodyDown);
    curl_easy_getinfo(easy, CURLINFO_SIZE_UPLOAD_T, &bodyUp);

    HttpResponse &response = transfer.response;
    response.status = static_cast<int>(status);
    response.bytesDown += headerBytes + bodyDown;
    response.bytesUp += requestBytes + bodyUp;
    // Once a status line came back the server had the whole request; before that, only if
    // libcurl wrote the headers and every byte of the body.
    const bool wholeRequestSent =
            status > 0 || (requestBytes > 0 && bodyUp >= transfer.current.body.size());
    response.requestSent = response.requestSent || wholeRequestSent;
}

void setTransferError(CurlTransfer &transfer, CURLcode result)
{
    HttpResponse &response = transfer.response;
    if (result == CURLE_OK) {
        response.error = TransferError::None;
        return;
    }

    long connectCode = 0;
    curl_easy_getinfo(transfer.easy, CURLINFO_HTTP_CONNECTCODE, &connectCode);
    const bool proxyRefusedTunnel = connectCode >= 300;

    TransferError error = TransferError::Other;
    switch (result) {
    case CURLE_COULDNT_RESOLVE_HOST:
        error = TransferError::Resolve;
        break;
    case CURLE_COULDNT_RESOLVE_PROXY:
        error = TransferError::Proxy;
        break;
    case CURLE_COULDNT_CONNECT:
        error = (proxyRefusedTunnel || transfer.usesExplicitProxy) ? TransferError::Proxy
                                                                   : TransferError::Connect;
        break;
    case CURLE_OPERATION_TIMEDOUT:
        error = classifyTimeout(transfer);
        break;
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_GOT_NOTHING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_BAD_CONTENT_ENCODING:
        error = proxyRefusedTunnel ? TransferError::Proxy : TransferError::ConnectionCut;
        break;
#if LIBCURL_VERSION_NUM >= 0x074900
    case CURLE_PROXY:
        error = TransferError::Proxy;
        break;
#endif
    case CURLE_TOO_MANY_REDIRECTS:
        error = TransferError::TooManyRedirects;
        break;
    case CURLE_ABORTED_BY_CALLBACK:
        error = TransferError::Cancelled;
        break;
    default:
        error = isTlsError(result) ? TransferError::Tls : TransferError::Other;
        break;
    }

    response.error = error;
    if (transfer.responseTooLarge) {
        response.errorDetail = QStringLiteral("the response is larger than %1 bytes")
                                       .arg(transfer.maxResponseBytes);
    } else if (transfer.errorBuffer[0] != '\0') {
        response.errorDetail = QString::fromUtf8(transfer.errorBuffer).trimmed();
    } else {
        response.errorDetail = QString::fromUtf8(curl_easy_strerror(result));
    }
}

} // namespace outpost::net
