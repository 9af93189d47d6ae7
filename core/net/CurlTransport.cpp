#include "net/CurlTransport.h"

#include "net/CaBundle.h"
#include "net/CurlTransfer.h"
#include "net/NetLog.h"
#include "net/Redirects.h"

#include <atomic>
#include <unordered_map>

namespace outpost::net {

namespace {

// Easy handles are kept for reuse: creating one allocates several kilobytes of state.
constexpr std::size_t kIdleHandlesKept = 8;

} // namespace

struct CurlTransport::Impl
{
    TransportConfig config;
    EasySettings settings;
    CURLM *multi = nullptr;
    std::unordered_map<TransferId, std::unique_ptr<CurlTransfer>> transfers;
    // Finished without going through libcurl (aborted, or refused before starting).
    std::vector<Completion> ready;
    std::vector<CURL *> idleHandles;
    TransferId nextId = 1;
    std::atomic<bool> wakeRequested{false};

    CURL *takeHandle();
    void releaseHandle(CURL *easy);
    Completion finish(CurlTransfer &transfer);
    void handleDone(CurlTransfer &transfer, CURLcode result, std::vector<Completion> &done);
    bool followRedirect(CurlTransfer &transfer);
    void collect(std::vector<Completion> &done);
};

CURL *CurlTransport::Impl::takeHandle()
{
    if (!idleHandles.empty()) {
        CURL *easy = idleHandles.back();
        idleHandles.pop_back();
        return easy;
    }
    return curl_easy_init();
}

void CurlTransport::Impl::releaseHandle(CURL *easy)
{
    if (idleHandles.size() < kIdleHandlesKept)
        idleHandles.push_back(easy);
    else
        curl_easy_cleanup(easy);
}

CurlTransport::Completion CurlTransport::Impl::finish(CurlTransfer &transfer)
{
    HttpResponse &response = transfer.response;
    response.finalUrl = transfer.current.url;
    response.elapsedMs = transfer.timer.elapsed();
    if (response.error != TransferError::None)
        response.body.clear(); // partial bodies are of no use and only hold memory
    Completion completion{transfer.id, std::move(response)};

    if (transfer.easy) {
        curl_multi_remove_handle(multi, transfer.easy);
        releaseHandle(transfer.easy);
        transfer.easy = nullptr;
    }
    transfers.erase(completion.id); // destroys `transfer`
    return completion;
}

bool CurlTransport::Impl::followRedirect(CurlTransfer &transfer)
{
    char *location = nullptr;
    curl_easy_getinfo(transfer.easy, CURLINFO_REDIRECT_URL, &location);
    if (!location)
        return false;
    std::optional<HttpRequest> next =
            requestForRedirect(transfer.current, transfer.original, transfer.response.status,
                               QUrl::fromEncoded(QByteArray(location), QUrl::StrictMode));
    if (!next)
        return false; // not an http(s) location: hand the 3xx to the caller as it is

    if (transfer.redirects >= config.maxRedirects) {
        transfer.response.error = TransferError::TooManyRedirects;
        transfer.response.errorDetail =
                QStringLiteral("more than %1 redirects").arg(config.maxRedirects);
        return false;
    }

    qCDebug(lcNet).noquote() << "redirect" << transfer.response.status << "to"
                             << QString::fromUtf8(loggableTarget(next->url))
                             << (next->credentials.isEmpty() &&
                                                 !transfer.current.credentials.isEmpty()
                                         ? "(credentials dropped: other origin)"
                                         : "");
    curl_multi_remove_handle(multi, transfer.easy);
    ++transfer.redirects;
    transfer.current = std::move(*next);
    transfer.response.headers.clear();
    transfer.response.body.clear();
    transfer.response.status = 0;

    if (QString error = configureEasy(transfer, settings); !error.isEmpty()) {
        transfer.response.error = TransferError::Other;
        transfer.response.errorDetail = error;
        return false;
    }
    curl_multi_add_handle(multi, transfer.easy);
    return true;
}

void CurlTransport::Impl::handleDone(CurlTransfer &transfer, CURLcode result,
                                     std::vector<Completion> &done)
{
    accountHop(transfer);
    setTransferError(transfer, result);
    if (result == CURLE_OK && isFollowableRedirect(transfer.response.status) &&
        followRedirect(transfer))
        return;
    done.push_back(finish(transfer));
}

void CurlTransport::Impl::collect(std::vector<Completion> &done)
{
    int queued = 0;
    while (CURLMsg *message = curl_multi_info_read(multi, &queued)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        CurlTransfer *transfer = nullptr;
        curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &transfer);
        if (transfer)
            handleDone(*transfer, message->data.result, done);
    }
}

CurlTransport::CurlTransport(TransportConfig config)
    : d(std::make_unique<Impl>())
{
    ensureCurlGlobalInit();
    d->config = std::move(config);
    d->settings.config = &d->config;
    if (!d->config.extraCaFile.isEmpty()) {
        CaBundle bundle = buildCaBundle(d->config.systemCaBundle, d->config.extraCaFile);
        if (!bundle.warning.isEmpty())
            qCWarning(lcNet).noquote() << bundle.warning;
        if (!bundle.error.isEmpty())
            qCWarning(lcNet).noquote() << bundle.error;
        d->settings.caBundle = std::move(bundle.pem);
        d->settings.caError = std::move(bundle.error);
    }

    d->multi = curl_multi_init();
    curl_multi_setopt(d->multi, CURLMOPT_MAX_HOST_CONNECTIONS,
                      static_cast<long>(d->config.maxConnectionsPerHost));
    curl_multi_setopt(d->multi, CURLMOPT_PIPELINING, static_cast<long>(CURLPIPE_MULTIPLEX));
}

CurlTransport::~CurlTransport()
{
    for (auto &[id, transfer] : d->transfers) {
        if (transfer->easy) {
            curl_multi_remove_handle(d->multi, transfer->easy);
            curl_easy_cleanup(transfer->easy);
            transfer->easy = nullptr;
        }
    }
    d->transfers.clear();
    for (CURL *easy : d->idleHandles)
        curl_easy_cleanup(easy);
    curl_multi_cleanup(d->multi);
}

Transport::TransferId CurlTransport::start(const HttpRequest &request)
{
    const TransferId id = d->nextId++;
    auto transfer = std::make_unique<CurlTransfer>();
    transfer->id = id;
    transfer->original = request;
    transfer->current = request;
    transfer->timer.start();
    transfer->easy = d->takeHandle();

    CurlTransfer &ref = *transfer;
    d->transfers.emplace(id, std::move(transfer));

    QString error = ref.easy ? configureEasy(ref, d->settings) : QStringLiteral("out of memory");
    if (error.isEmpty() && curl_multi_add_handle(d->multi, ref.easy) != CURLM_OK)
        error = QStringLiteral("libcurl refused the transfer");
    if (!error.isEmpty()) {
        ref.response.error =
                d->settings.caError.isEmpty() ? TransferError::Other : TransferError::Tls;
        ref.response.errorDetail = error;
        d->ready.push_back(d->finish(ref));
    }
    return id;
}

void CurlTransport::abort(TransferId id)
{
    const auto it = d->transfers.find(id);
    if (it == d->transfers.end())
        return;
    CurlTransfer &transfer = *it->second;
    accountHop(transfer);
    transfer.response.error = TransferError::Cancelled;
    transfer.response.errorDetail = QStringLiteral("aborted");
    d->ready.push_back(d->finish(transfer));
}

std::vector<Transport::Completion> CurlTransport::poll(std::chrono::milliseconds timeout)
{
    using SteadyClock = std::chrono::steady_clock;
    std::vector<Completion> done;
    done.swap(d->ready);
    const auto deadline = SteadyClock::now() + timeout;
    for (;;) {
        int running = 0;
        curl_multi_perform(d->multi, &running);
        d->collect(done);
        if (d->wakeRequested.exchange(false) || !done.empty())
            return done;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline -
                                                                                SteadyClock::now());
        if (left.count() <= 0)
            return done;
        curl_multi_poll(d->multi, nullptr, 0, static_cast<int>(left.count()), nullptr);
    }
}

void CurlTransport::wakeUp()
{
    d->wakeRequested.store(true);
    curl_multi_wakeup(d->multi);
}

int CurlTransport::activeCount() const
{
    return static_cast<int>(d->transfers.size() + d->ready.size());
}

const TransportConfig &CurlTransport::config() const
{
    return d->config;
}

} // namespace outpost::net
