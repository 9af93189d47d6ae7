#include "CookedUrls.h"

#include "HtmlTokenizer.h"

namespace outpost::discourse::cooked {

namespace {

constexpr qsizetype maxUrlLength = 8192;

// Browsers drop tabs and line breaks inside URLs and ignore leading/trailing controls and
// spaces; an attacker relies on that ("java&#9;script:"), so do the same before deciding.
QString normaliseUrl(QStringView raw)
{
    const QString decodedUrl = html::decoded(raw);
    QString out;
    out.reserve(decodedUrl.size());
    for (QChar c : decodedUrl) {
        if (c.unicode() > 0x20 || c == u' ')
            out.append(c);
    }
    return out.trimmed();
}

// The scheme of `url` in lower case, or empty for a relative URL.
QString schemeOf(const QString &url)
{
    for (qsizetype i = 0; i < url.size(); ++i) {
        const char16_t c = url[i].unicode();
        if (c == u':')
            return i == 0 ? QStringLiteral(":") : url.left(i).toLower();
        const bool alpha = (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
        const bool schemeChar =
                alpha ||
                (i > 0 && ((c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.'));
        if (!schemeChar)
            return {};
    }
    return {};
}

QString resolve(const QString &url, const QUrl &base, bool allowMailto)
{
    if (url.isEmpty() || url.size() > maxUrlLength || url.startsWith(u'#'))
        return {};
    const QString scheme = schemeOf(url);
    if (!scheme.isEmpty()) {
        const bool allowed = scheme == QLatin1StringView("http") ||
                             scheme == QLatin1StringView("https") ||
                             (allowMailto && scheme == QLatin1StringView("mailto"));
        if (!allowed)
            return {};
        const QUrl parsed(url, QUrl::TolerantMode);
        return parsed.isValid() ? parsed.toString(QUrl::FullyEncoded) : QString();
    }
    if (url.startsWith(QLatin1StringView("//"))) {
        const QString scheme2 = base.isValid() && base.scheme() == QLatin1StringView("http")
                                        ? QStringLiteral("http:")
                                        : QStringLiteral("https:");
        const QUrl parsed(scheme2 + url, QUrl::TolerantMode);
        return parsed.isValid() && !parsed.host().isEmpty() ? parsed.toString(QUrl::FullyEncoded)
                                                            : QString();
    }
    const QUrl relative(url, QUrl::TolerantMode);
    if (!relative.isValid())
        return {};
    if (!base.isValid() || base.isRelative())
        return relative.toString(QUrl::FullyEncoded);
    const QUrl resolved = base.resolved(relative);
    const QString resolvedScheme = resolved.scheme();
    if (resolvedScheme != QLatin1StringView("http") && resolvedScheme != QLatin1StringView("https"))
        return {};
    return resolved.toString(QUrl::FullyEncoded);
}

} // namespace

QString safeLinkTarget(QStringView rawHref, const QUrl &base)
{
    if (rawHref.size() > 4 * maxUrlLength)
        return {};
    return resolve(normaliseUrl(rawHref), base, true);
}

QString safeImageSource(QStringView rawSrc, const QUrl &base)
{
    if (rawSrc.size() > 4 * maxUrlLength)
        return {};
    return resolve(normaliseUrl(rawSrc), base, false);
}

QString outpostLink(const QString &url)
{
    return QStringLiteral("outpost-link:") + QString::fromLatin1(QUrl::toPercentEncoding(url));
}

int dimensionAttribute(QStringView raw)
{
    const QStringView text = raw.trimmed();
    if (text.isEmpty() || text.size() > 6)
        return 0;
    int value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return 0;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

void parseLightboxInformation(QStringView text, int &width, int &height, qint64 &bytes)
{
    // Dimensions: digits, '×' (or 'x'), digits.
    const QString t = text.toString().simplified();
    qsizetype i = 0;
    auto readNumber = [&](double &value) {
        const qsizetype start = i;
        while (i < t.size() && (t[i].isDigit() || t[i] == u'.' || t[i] == u','))
            ++i;
        if (i == start || i - start > 12)
            return false;
        QString digits = t.mid(start, i - start);
        digits.remove(u',');
        bool ok = false;
        value = digits.toDouble(&ok);
        return ok;
    };
    for (; i < t.size(); ++i) {
        if (!t[i].isDigit())
            continue;
        double w = 0;
        double h = 0;
        if (!readNumber(w))
            continue;
        if (i < t.size() && (t[i] == u'×' || t[i] == u'x' || t[i] == u'X')) {
            ++i;
            if (readNumber(h) && w > 0 && h > 0 && w < 1e6 && h < 1e6) {
                width = int(w);
                height = int(h);
            }
            continue;
        }
        // A size: number, optional space, unit.
        while (i < t.size() && t[i] == u' ')
            ++i;
        const QString unit = t.mid(i, 2).toUpper();
        double factor = 0;
        if (unit.startsWith(u'B'))
            factor = 1;
        else if (unit == QLatin1StringView("KB"))
            factor = 1024;
        else if (unit == QLatin1StringView("MB"))
            factor = 1024.0 * 1024;
        else if (unit == QLatin1StringView("GB"))
            factor = 1024.0 * 1024 * 1024;
        if (factor > 0 && w * factor < 1e15)
            bytes = qint64(w * factor);
    }
}

} // namespace outpost::discourse::cooked
