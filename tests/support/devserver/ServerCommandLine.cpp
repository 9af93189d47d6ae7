#include "ServerCommandLine.h"

#include <QCommandLineParser>
#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

std::optional<ServerCommandLine> ServerCommandLine::parse(const QStringList &arguments,
                                                          QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(
            u"A Discourse-compatible forum server for Outpost's tests, benchmarks and demos.\n"
            "Prints \"listening on http://127.0.0.1:PORT\" first; one line per request on stderr."_s);
    p.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"TCP port (0: pick a free one)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption bind(u"bind"_s, u"Address to listen on."_s, u"ADDR"_s, u"127.0.0.1"_s);
    const QCommandLineOption generate(
            u"generate"_s, u"Forum size, e.g. categories=40,topics=50000,posts=300000."_s,
            u"SPEC"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated forum."_s, u"N"_s, u"1"_s);
    const QCommandLineOption now(
            u"now"_s, u"Anchor time of the generated history (ISO 8601; default: this hour)."_s,
            u"TIME"_s);
    const QCommandLineOption fixtures(
            u"fixtures"_s, u"Serve the real fixture responses from this directory."_s, u"DIR"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s, u"PEM certificate: serve HTTPS."_s, u"FILE"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"PEM private key for --tls-cert."_s, u"FILE"_s);
    const QCommandLineOption rateLimits(u"rate-limits"_s, u"on (default) or off."_s, u"on|off"_s,
                                        u"on"_s);
    const QCommandLineOption userPerMinute(u"user-api-per-minute"_s, u"Default 20."_s, u"N"_s);
    const QCommandLineOption userPerDay(u"user-api-per-day"_s, u"Default 2880."_s, u"N"_s);
    const QCommandLineOption ipPer10s(u"ip-per-10s"_s, u"Default 50."_s, u"N"_s);
    const QCommandLineOption ipPerMinute(u"ip-per-minute"_s, u"Default 200."_s, u"N"_s);
    const QCommandLineOption adminPerMinute(u"admin-api-per-minute"_s, u"Default 60."_s, u"N"_s);
    const QCommandLineOption control(u"control"_s, u"Enable the /__devserver/ control API."_s);
    const QCommandLineOption adminKey(
            u"admin-api-key"_s,
            u"Accept this admin API key (or set OUTPOST_DEVSERVER_ADMIN_API_KEY)."_s, u"KEY"_s);
    const QCommandLineOption fault(
            u"fault"_s, u"Inject a fault: '[METHOD ]REGEX=KIND[:V[:V2]][,count=N][,p=P]'."_s,
            u"RULE"_s);
    const QCommandLineOption faultRandom(
            u"fault-random"_s, u"Random faults: seed=N,rate=0.1[,kinds=cut+status]."_s, u"SPEC"_s);
    const QCommandLineOption quiet(u"quiet"_s, u"Do not log requests."_s);
    const QCommandLineOption noPerPage(u"no-per-page"_s, u"Ignore per_page on topic lists."_s);
    const QCommandLineOption noValidation(u"no-post-validation"_s,
                                          u"Skip Discourse's post validations."_s);
    const QCommandLineOption browserUser(
            u"browser-user"_s, u"User logged in for /user-api-key/new (default: user 1)."_s,
            u"NAME"_s);
    const QCommandLineOption allowRedirect(u"allow-auth-redirect"_s,
                                           u"Add a pattern to allowed_user_api_auth_redirects."_s,
                                           u"PATTERN"_s);
    const QCommandLineOption redirectRule(
            u"auth-redirect-rule"_s,
            u"How auth_redirect is matched: current (exact port, Discourse today) or legacy "
            "(whole-string pattern, '*' matches any port)."_s,
            u"RULE"_s, u"current"_s);
    p.addOptions({redirectRule});
    p.addOptions({port,         bind,        generate,     seed,           now,
                  fixtures,     tlsCert,     tlsKey,       rateLimits,     userPerMinute,
                  userPerDay,   ipPer10s,    ipPerMinute,  adminPerMinute, control,
                  adminKey,     fault,       faultRandom,  quiet,          noPerPage,
                  noValidation, browserUser, allowRedirect});
    p.process(arguments);

    auto fail = [&](const QString &message) -> std::optional<ServerCommandLine> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto number = [&](const QCommandLineOption &o, int *out) {
        if (!p.isSet(o))
            return true;
        bool ok = false;
        const int v = p.value(o).toInt(&ok);
        if (!ok || v < 0)
            return false;
        *out = v;
        return true;
    };

    ServerCommandLine c;
    if (p.isSet(generate)) {
        const std::optional<GenerateSpec> spec = GenerateSpec::parse(p.value(generate), error);
        if (!spec)
            return std::nullopt;
        c.spec = *spec;
    }
    bool ok = false;
    c.spec.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(u"--seed must be a number"_s);
    if (p.isSet(now)) {
        const QDateTime anchor = QDateTime::fromString(p.value(now), Qt::ISODate);
        if (!anchor.isValid())
            return fail(u"--now must be an ISO 8601 time, e.g. 2025-01-01T00:00:00Z"_s);
        c.spec.anchorMs = anchor.toMSecsSinceEpoch();
    }
    const int portValue = p.value(port).toInt(&ok);
    if (!ok || portValue < 0 || portValue > 65535)
        return fail(u"--port must be 0..65535"_s);
    c.port = quint16(portValue);
    if (!c.address.setAddress(p.value(bind)))
        return fail(u"--bind must be an IP address"_s);
    c.fixturesDir = p.value(fixtures);
    c.tlsCertificate = p.value(tlsCert);
    c.tlsKey = p.value(tlsKey);
    if (c.tlsCertificate.isEmpty() != c.tlsKey.isEmpty())
        return fail(u"--tls-cert and --tls-key go together"_s);
    const QString limits = p.value(rateLimits);
    if (limits != u"on" && limits != u"off")
        return fail(u"--rate-limits must be on or off"_s);
    RateLimitSettings &l = c.settings.limits;
    l.enabled = limits == u"on";
    if (!number(userPerMinute, &l.userApiPerMinute) || !number(userPerDay, &l.userApiPerDay) ||
        !number(ipPer10s, &l.ipPer10Seconds) || !number(ipPerMinute, &l.ipPerMinute) ||
        !number(adminPerMinute, &l.adminApiPerMinute))
        return fail(u"rate limits must be whole numbers"_s);
    c.control = p.isSet(control);
    c.settings.logToStderr = !p.isSet(quiet);
    c.settings.honourPerPage = !p.isSet(noPerPage);
    c.settings.posting.validate = !p.isSet(noValidation);
    c.settings.browserUsername = p.value(browserUser);
    c.settings.allowedAuthRedirects << p.values(allowRedirect);
    if (p.value(redirectRule) != u"current" && p.value(redirectRule) != u"legacy")
        return fail(u"--auth-redirect-rule must be current or legacy"_s);
    c.settings.authRedirectRule =
            p.value(redirectRule) == u"current" ? RedirectRule::Current : RedirectRule::Legacy;
    c.adminApiKey = p.isSet(adminKey) ? p.value(adminKey).toUtf8()
                                      : qgetenv("OUTPOST_DEVSERVER_ADMIN_API_KEY");
    for (const QString &spec : p.values(fault)) {
        const std::optional<FaultRule> rule = FaultPlan::parse(spec, error);
        if (!rule)
            return std::nullopt;
        c.faults.push_back(*rule);
    }
    if (p.isSet(faultRandom)) {
        c.randomFaults = FaultPlan::parseRandom(p.value(faultRandom), error);
        if (!c.randomFaults)
            return std::nullopt;
    }
    return c;
}

} // namespace devserver
