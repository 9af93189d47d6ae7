// The User API Key flow (docs/discourse-api.md §1.1): HEAD /user-api-key/new (capability probe),
// GET /user-api-key/new (the consent page a browser shows), POST /user-api-key (the form: makes
// the key, encrypts {"key","nonce","push","api"} with the client's RSA public key, PKCS#1 v1.5,
// and hands the payload back on a page, as JSON or by redirect), POST /user-api-key/revoke.
//
// There is no browser login: the "logged-in browser user" is a devserver setting.
#include "ErrorBodies.h"
#include "RedirectAllowlist.h"
#include "Server.h"
#include "TextSynth.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

constexpr int kAuthApiVersion = 4;

const QStringList kRequired{u"application_name"_s, u"client_id"_s, u"scopes"_s, u"public_key"_s,
                            u"nonce"_s};

bool redirectRefused(RouteContext &ctx)
{
    // UserApiKeysController#validate_auth_redirect: only when the parameter is present.
    if (!ctx.request.hasParam(u"auth_redirect"_s))
        return false;
    const ServerSettings &settings = ctx.server.settings();
    return !redirectAllowed(ctx.request.param(u"auth_redirect"_s), settings.allowedAuthRedirects,
                            settings.authRedirectRule);
}

std::optional<Response> checkParams(RouteContext &ctx, QStringList *scopes)
{
    for (const QString &name : kRequired) {
        if (ctx.request.param(name).trimmed().isEmpty())
            return errors::paramMissing(name);
    }
    scopes->clear();
    for (const QString &scope : ctx.request.param(u"scopes"_s).split(u',', Qt::SkipEmptyParts))
        *scopes << scope.trimmed();
    for (const QString &scope : *scopes) {
        if (!ctx.server.settings().allowedScopes.contains(scope))
            return errors::invalidAccess();
    }
    return std::nullopt;
}

QByteArray page(const QString &title, const QString &inner)
{
    return (u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
            "</head>\n<body><div id=\"main-outlet\">\n%2\n</div></body></html>\n"_s)
            .arg(htmlEscape(title), inner)
            .toUtf8();
}

Response genericErrorPage()
{
    return Response::html(page(u"Authorize"_s,
                               u"<h1>Authorize</h1>\n<p class=\"error-message\">Sorry, we are "
                               "unable to issue user API keys, this feature may be disabled by "
                               "the site admin</p>"_s));
}

Response probe(RouteContext &)
{
    Response r = Response::empty(200);
    r.setHeader("Auth-Api-Version", QByteArray::number(kAuthApiVersion));
    return r;
}

Response consentPage(RouteContext &ctx)
{
    // As UserApiKeysController#new today: the parameters and auth_redirect are checked before
    // the login, and a refusal (Discourse::InvalidAccess) renders the page with the generic
    // error instead of the form, status 200.
    QStringList scopes;
    if (auto error = checkParams(ctx, &scopes)) {
        if (error->status != 403)
            return *error;
        return genericErrorPage();
    }
    if (redirectRefused(ctx))
        return genericErrorPage();
    const User *user = ctx.server.browserUser();
    if (!user) {
        Response r = Response::empty(302); // not logged in: Discourse sends the browser to /login
        r.setHeader("Location", "/login");
        return r;
    }
    QString hidden;
    for (const QString &name : kRequired + QStringList{u"auth_redirect"_s, u"push_url"_s}) {
        if (ctx.request.hasParam(name)) {
            hidden += u"<input type=\"hidden\" name=\"%1\" value=\"%2\">\n"_s.arg(
                    name, htmlEscape(ctx.request.param(name)));
        }
    }
    QString scopeItems;
    for (const QString &s : scopes)
        scopeItems += u"<li>"_s + htmlEscape(s) + u"</li>"_s;
    const QString app = ctx.request.param(u"application_name"_s);
    const QString inner =
            u"<h1>Authorize</h1>\n<p>\"%1\" is requesting the following access to your account "
            "(@%2):</p>\n<ul class=\"scopes\">%3</ul>\n<form id=\"authorize\" method=\"post\" "
            "action=\"/user-api-key\">\n%4<input type=\"submit\" value=\"Authorize\">\n</form>"_s
                    .arg(htmlEscape(app), htmlEscape(user->username), scopeItems, hidden);
    return Response::html(page(u"Authorize"_s, inner));
}

Response createKey(RouteContext &ctx)
{
    const User *user = ctx.server.browserUser();
    if (!user)
        return errors::notLoggedIn();
    QStringList scopes;
    if (auto error = checkParams(ctx, &scopes))
        return *error;
    // UserApiKeysController#create: a refused auth_redirect is Discourse::InvalidAccess (403).
    if (redirectRefused(ctx))
        return errors::invalidAccess();
    const QString redirect = ctx.request.param(u"auth_redirect"_s);
    const QString app = ctx.request.param(u"application_name"_s);
    const QString clientId = ctx.request.param(u"client_id"_s);
    const QByteArray publicKey = ctx.request.param(u"public_key"_s).toUtf8();

    auto payloadFor = [&](const QByteArray &key) {
        return QJsonDocument(QJsonObject{{u"key"_s, QString::fromLatin1(key)},
                                         {u"nonce"_s, ctx.request.param(u"nonce"_s)},
                                         {u"push"_s, false},
                                         {u"api"_s, kAuthApiVersion}})
                .toJson(QJsonDocument::Compact);
    };
    // Encrypt a payload of the same size first, so that a bad public key or a nonce too long
    // for it is refused before any key exists.
    QString cryptoError;
    if (!rsaEncryptPkcs1(publicKey, payloadFor(QByteArray(32, '0')), &cryptoError))
        return Response::text("Invalid public key: " + cryptoError.toUtf8(), 400);
    const QByteArray key =
            ctx.server.auth().mintUserApiKey(user->id, clientId, app, scopes, ctx.now());
    const std::optional<QByteArray> encrypted =
            rsaEncryptPkcs1(publicKey, payloadFor(key), &cryptoError);
    if (!encrypted)
        return Response::text(cryptoError.toUtf8(), 400);
    const QByteArray payload = rubyBase64(*encrypted);

    if (ctx.request.hasParam(u"auth_redirect"_s)) {
        // As Discourse: the redirect's own query, then payload=<CGI.escape(payload)>, joined
        // with '&' (the fragment, if any, stays after the query).
        QUrl target(redirect);
        const QString own = target.query(QUrl::FullyEncoded);
        const QString added =
                u"payload="_s +
                QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(payload)));
        target.setQuery(own.isEmpty() ? added : own + u'&' + added, QUrl::StrictMode);
        Response r = Response::empty(302);
        r.setHeader("Location", target.toString(QUrl::FullyEncoded).toUtf8());
        return r;
    }
    const QString instructions =
            u"We just generated a new user API key for you to use with \"%1\", "
            "please paste the following key into your application:"_s.arg(app);
    if (ctx.request.acceptsJson() || ctx.request.path.endsWith(u".json"_s)) {
        return Response::json(QJsonObject{{u"payload"_s, QString::fromLatin1(payload)},
                                          {u"instructions"_s, instructions}});
    }
    return Response::html(page(u"User API Key"_s,
                               u"<p>%1</p>\n<pre><code>%2</code></pre>"_s.arg(
                                       htmlEscape(instructions), QString::fromLatin1(payload))));
}

Response revoke(RouteContext &ctx)
{
    const Principal &p = ctx.principal;
    if (p.kind == Principal::Kind::Anonymous)
        return errors::notLoggedIn();
    int id = p.keyId;
    if (ctx.request.hasParam(u"id"_s)) {
        id = ctx.request.intParam(u"id"_s, 0);
        const UserApiKeyRecord *target = ctx.server.auth().byId(id);
        const bool owner = target && p.user && target->userId == p.user->id;
        if (!target)
            return errors::notFound();
        if (!owner && !(p.user && p.user->admin))
            return errors::invalidAccess();
    }
    if (!id)
        return errors::invalidAccess();
    ctx.server.auth().revoke(id, ctx.now());
    return Response::json(QJsonObject{{u"success"_s, u"OK"_s}});
}

} // namespace

void addUserApiKeyRoutes(Router &router)
{
    router.add("HEAD", u"/user-api-key/new"_s, probe);
    router.add("GET", u"/user-api-key/new"_s, consentPage);
    router.add("POST", u"/user-api-key(?:\\.json)?"_s, createKey);
    router.add("POST", u"/user-api-key/revoke(?:\\.json)?"_s, revoke);
}

} // namespace devserver
