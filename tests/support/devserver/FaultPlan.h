#pragma once

#include "Rng.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

#include <optional>
#include <vector>

namespace devserver {

enum class FaultKind
{
    Latency,     // value: ms before the first byte
    Bandwidth,   // value: bytes per second for the whole response
    Cut,         // value: body bytes sent before the connection is closed
    Status,      // value: 500, 502, 503 or 504 instead of the real answer
    Storm,       // 429 with Retry-After value (seconds) for `count` requests
    Truncate,    // a complete response whose JSON body is cut to value bytes (0: half)
    InvalidJson, // a complete 200 response with a body that is not JSON
    Html200,     // a captive-portal HTML page with status 200
    Drip,        // value bytes every value2 ms
    Lost,        // the request is processed (a POST lands), the connection closes unanswered
    Stall,       // headers, then nothing
    StatusAfter, // value: 500..599 once the request was processed (a POST lands): a proxy that
                 // gave up waiting (504) or an app that failed after committing
};

struct FaultRule
{
    int id = 0;
    QByteArray method; // empty: any
    QRegularExpression path;
    FaultKind kind = FaultKind::Latency;
    int value = 0;
    int value2 = 0;
    int remaining = -1;     // matches left; -1: until removed
    double probability = 1; // chance per matching request
};

// What happens to one request: at most one fault that replaces or loses the response, plus
// any number of shaping ones (latency, bandwidth, cut, drip, stall, truncate, invalid JSON).
struct FaultEffects
{
    std::vector<FaultRule> applied;
    QString describe() const; // for the request log: "cut:200,latency:500"
    const FaultRule *find(FaultKind kind) const;
};

// Faults to inject, per endpoint (method + path regex) or at random with a seed.
//
// Rule syntax (CLI --fault and the control API's "spec"):
//   [METHOD ]PATH_REGEX=KIND[:VALUE[:VALUE2]][,count=N][,p=PROBABILITY]
// KIND: latency:MS  bandwidth:BYTES_PER_S  cut:BYTES  status:CODE  status-after:CODE
//       storm:RETRY_AFTER  truncate[:BYTES]  invalid-json  html200  drip:BYTES:MS  lost  stall
// e.g. "GET ^/t/.*=cut:200,count=3" or "POST ^/posts\.json$=lost,count=1".
class FaultPlan
{
public:
    static std::optional<FaultRule> parse(const QString &spec, QString *error);
    static QString kindName(FaultKind kind);

    int add(FaultRule rule);
    bool remove(int id);
    void clear();
    // Random faults: each request has `rate` chance of one fault drawn from `kinds`
    // (all kinds when empty), reproducibly for a given seed and request order.
    void setRandom(quint64 seed, double rate, const std::vector<FaultKind> &kinds = {});
    static std::optional<std::tuple<quint64, double, std::vector<FaultKind>>>
    parseRandom(const QString &spec, QString *error);

    FaultEffects match(const QByteArray &method, const QString &path);
    QJsonObject toJson() const;

private:
    std::vector<FaultRule> m_rules;
    int m_nextId = 1;
    std::optional<Rng> m_random;
    Rng m_chance{0x5eed};
    double m_randomRate = 0;
    std::vector<FaultKind> m_randomKinds;
};

} // namespace devserver
