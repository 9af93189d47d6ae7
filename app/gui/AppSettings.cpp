#include "AppSettings.h"

#include "store/ForumRepository.h"
#include "store/StoreError.h"

using namespace Qt::StringLiterals;

namespace outpost::gui {

namespace {
const QString kSyncOnStart = u"sync/on_start"_s;
const QString kSyncWhenLinkReturns = u"sync/when_link_returns"_s;
const QString kSyncOnMetered = u"sync/on_metered"_s;
const QString kImagesOnUnmetered = u"images/auto_unmetered"_s;
const QString kImagesOnMetered = u"images/on_metered"_s;
const QString kImageCacheCap = u"images/cache_cap_mib"_s;
const QString kTrustedHosts = u"links/trusted_hosts"_s;
const QString kLanguage = u"interface/language"_s;
constexpr int kDefaultImageCacheMiB = 200;
} // namespace

AppSettings::AppSettings(store::Database &userDb, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_repository(std::make_unique<store::SettingsRepository>(userDb, clock))
{}

AppSettings::~AppSettings() = default;

std::optional<QString> AppSettings::value(const QString &key) const
{
    try {
        return m_repository->value(key);
    } catch (const store::StoreError &) {
        return std::nullopt; // the default stands in; the write path reports problems
    }
}

bool AppSettings::flag(const QString &key, bool fallback) const
{
    const std::optional<QString> v = value(key);
    return v ? *v == u"1"_s : fallback;
}

void AppSettings::write(const QString &key, const QString &v)
{
    try {
        m_repository->set(key, v);
    } catch (const store::StoreError &error) {
        Q_EMIT problem(error.message(), error.detail());
        return;
    }
    Q_EMIT changed();
}

bool AppSettings::syncOnStart() const
{
    return flag(kSyncOnStart, true);
}
void AppSettings::setSyncOnStart(bool on)
{
    write(kSyncOnStart, on ? u"1"_s : u"0"_s);
}
bool AppSettings::syncWhenLinkReturns() const
{
    return flag(kSyncWhenLinkReturns, true);
}
void AppSettings::setSyncWhenLinkReturns(bool on)
{
    write(kSyncWhenLinkReturns, on ? u"1"_s : u"0"_s);
}
bool AppSettings::syncOnMetered() const
{
    return flag(kSyncOnMetered, false);
}
void AppSettings::setSyncOnMetered(bool on)
{
    write(kSyncOnMetered, on ? u"1"_s : u"0"_s);
}
bool AppSettings::imagesOnUnmetered() const
{
    return flag(kImagesOnUnmetered, true);
}
void AppSettings::setImagesOnUnmetered(bool on)
{
    write(kImagesOnUnmetered, on ? u"1"_s : u"0"_s);
}
bool AppSettings::imagesOnMetered() const
{
    return flag(kImagesOnMetered, false);
}
void AppSettings::setImagesOnMetered(bool on)
{
    write(kImagesOnMetered, on ? u"1"_s : u"0"_s);
}

int AppSettings::imageCacheCapMiB() const
{
    bool ok = false;
    const int mib = value(kImageCacheCap).value_or(QString()).toInt(&ok);
    return ok && mib > 0 ? mib : kDefaultImageCacheMiB;
}

void AppSettings::setImageCacheCapMiB(int mib)
{
    write(kImageCacheCap, QString::number(std::max(1, mib)));
}

QSet<QString> AppSettings::trustedLinkHosts() const
{
    const QStringList hosts =
            value(kTrustedHosts).value_or(QString()).split(u' ', Qt::SkipEmptyParts);
    return QSet<QString>(hosts.begin(), hosts.end());
}

void AppSettings::trustLinkHost(const QString &host)
{
    QSet<QString> hosts = trustedLinkHosts();
    const QString normal = host.trimmed().toLower();
    if (normal.isEmpty() || normal.contains(u' ') || hosts.contains(normal))
        return;
    hosts.insert(normal);
    QStringList list(hosts.begin(), hosts.end());
    list.sort();
    write(kTrustedHosts, list.join(u' '));
}

void AppSettings::forgetTrustedLinkHosts()
{
    write(kTrustedHosts, QString());
}

QString AppSettings::language() const
{
    return value(kLanguage).value_or(QString());
}

void AppSettings::setLanguage(const QString &language)
{
    write(kLanguage, language);
}

QByteArray AppSettings::windowValue(const QString &name) const
{
    return QByteArray::fromBase64(value(u"window/"_s + name).value_or(QString()).toLatin1());
}

void AppSettings::setWindowValue(const QString &name, const QByteArray &v)
{
    try {
        m_repository->set(u"window/"_s + name, QString::fromLatin1(v.toBase64()));
    } catch (const store::StoreError &) {
        // Losing the window layout is not worth interrupting the person for.
    }
}

} // namespace outpost::gui
