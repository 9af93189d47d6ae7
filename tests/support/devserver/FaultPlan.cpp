#include "FaultPlan.h"

#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

struct KindName
{
    FaultKind kind;
    const char *name;
};

const KindName kKinds[] = {
        {FaultKind::Latency, "latency"},
        {FaultKind::Bandwidth, "bandwidth"},
        {FaultKind::Cut, "cut"},
        {FaultKind::Status, "status"},
        {FaultKind::Storm, "storm"},
        {FaultKind::Truncate, "truncate"},
        {FaultKind::InvalidJson, "invalid-json"},
        {FaultKind::Html200, "html200"},
        {FaultKind::Drip, "drip"},
        {FaultKind::Lost, "lost"},
        {FaultKind::Stall, "stall"},
        {FaultKind::StatusAfter, "status-after"},
};

std::optional<FaultKind> kindFromName(const QString &name)
{
    for (const KindName &k : kKinds) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

bool replacesResponse(FaultKind kind)
{
    return kind == FaultKind::Status || kind == FaultKind::Storm || kind == FaultKind::Html200 ||
           kind == FaultKind::Lost || kind == FaultKind::StatusAfter;
}

} // namespace

QString FaultPlan::kindName(FaultKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

QString FaultEffects::describe() const
{
    QStringList parts;
    for (const FaultRule &r : applied) {
        QString part = FaultPlan::kindName(r.kind);
        if (r.value)
            part += u':' + QString::number(r.value);
        if (r.value2)
            part += u':' + QString::number(r.value2);
        parts << part;
    }
    return parts.join(u',');
}

const FaultRule *FaultEffects::find(FaultKind kind) const
{
    for (const FaultRule &r : applied) {
        if (r.kind == kind)
            return &r;
    }
    return nullptr;
}

std::optional<FaultRule> FaultPlan::parse(const QString &spec, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<FaultRule> {
        if (error)
            *error = u"bad fault \"%1\": %2"_s.arg(spec, message);
        return std::nullopt;
    };
    // The regex may itself contain '=' or ','; the separator is the first '=' followed by a
    // known fault kind.
    qsizetype eq = -1;
    for (qsizetype at = spec.indexOf(u'='); at > 0; at = spec.indexOf(u'=', at + 1)) {
        const QString rest = spec.mid(at + 1);
        const QString head = rest.left(rest.indexOf(QRegularExpression(u"[:,]"_s)));
        if (kindFromName(head.trimmed())) {
            eq = at;
            break;
        }
    }
    if (eq <= 0) {
        const QString kind =
                spec.section(u'=', -1).section(u':', 0, 0).section(u',', 0, 0).trimmed();
        return fail(
                spec.contains(u'=')
                        ? u"unknown kind \"%1\" (latency, bandwidth, cut, status, status-after, "
                          "storm, truncate, invalid-json, html200, drip, lost, stall)"_s.arg(kind)
                        : u"expected [METHOD ]PATH_REGEX=KIND[:VALUE]"_s);
    }
    FaultRule rule;
    QString target = spec.left(eq).trimmed();
    if (const qsizetype space = target.indexOf(u' '); space > 0) {
        rule.method = target.left(space).toUpper().toLatin1();
        target = target.mid(space + 1).trimmed();
    }
    rule.path = QRegularExpression(target);
    if (!rule.path.isValid())
        return fail(u"invalid regular expression: "_s + rule.path.errorString());
    const QStringList options = spec.mid(eq + 1).split(u',');
    const QStringList kindParts = options.first().split(u':');
    const std::optional<FaultKind> kind = kindFromName(kindParts.first().trimmed());
    if (!kind)
        return fail(u"unknown kind \"%1\""_s.arg(kindParts.first()));
    rule.kind = *kind;
    bool ok = true;
    if (kindParts.size() > 1)
        rule.value = kindParts[1].toInt(&ok);
    if (ok && kindParts.size() > 2)
        rule.value2 = kindParts[2].toInt(&ok);
    if (!ok)
        return fail(u"values must be integers"_s);
    for (qsizetype i = 1; i < options.size(); ++i) {
        const QString key = options[i].section(u'=', 0, 0).trimmed();
        const QString value = options[i].section(u'=', 1).trimmed();
        if (key == u"count")
            rule.remaining = value.toInt(&ok);
        else if (key == u"p")
            rule.probability = value.toDouble(&ok);
        else
            return fail(u"unknown option \"%1\""_s.arg(key));
        if (!ok)
            return fail(u"bad number in \"%1\""_s.arg(options[i]));
    }
    switch (rule.kind) {
    case FaultKind::Latency:
    case FaultKind::Bandwidth:
        if (rule.value <= 0)
            return fail(u"needs a positive value"_s);
        break;
    case FaultKind::Status:
    case FaultKind::StatusAfter:
        if (rule.value < 500 || rule.value > 599)
            return fail(u"status must be a 5xx code"_s);
        break;
    case FaultKind::Storm:
        // "storm" alone waits 30 s; "storm:0" sends Retry-After: 0 (retry at once).
        if (rule.value < 0 || (rule.value == 0 && kindParts.size() < 2))
            rule.value = 30;
        break;
    case FaultKind::Drip:
        if (rule.value <= 0 || rule.value2 <= 0)
            return fail(u"drip needs BYTES:MS"_s);
        break;
    default:
        break;
    }
    return rule;
}

int FaultPlan::add(FaultRule rule)
{
    rule.id = m_nextId++;
    m_rules.push_back(rule);
    return rule.id;
}

bool FaultPlan::remove(int id)
{
    const auto before = m_rules.size();
    std::erase_if(m_rules, [id](const FaultRule &r) { return r.id == id; });
    return m_rules.size() != before;
}

void FaultPlan::clear()
{
    m_rules.clear();
    m_random.reset();
}

void FaultPlan::setRandom(quint64 seed, double rate, const std::vector<FaultKind> &kinds)
{
    m_random.emplace(seed);
    m_randomRate = rate;
    m_randomKinds = kinds;
    if (m_randomKinds.empty()) {
        for (const KindName &k : kKinds) {
            if (k.kind != FaultKind::Stall) // a stall needs a client timeout to end: opt in
                m_randomKinds.push_back(k.kind);
        }
    }
}

std::optional<std::tuple<quint64, double, std::vector<FaultKind>>>
FaultPlan::parseRandom(const QString &spec, QString *error)
{
    quint64 seed = 1;
    double rate = 0.1;
    std::vector<FaultKind> kinds;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0).trimmed();
        const QString value = part.section(u'=', 1).trimmed();
        bool ok = true;
        if (key == u"seed") {
            seed = value.toULongLong(&ok);
        } else if (key == u"rate") {
            rate = value.toDouble(&ok);
            ok = ok && rate >= 0 && rate <= 1;
        } else if (key == u"kinds") {
            for (const QString &name : value.split(u'+')) {
                const auto k = kindFromName(name);
                ok = ok && k.has_value();
                if (k)
                    kinds.push_back(*k);
            }
        } else {
            ok = false;
        }
        if (!ok) {
            if (error)
                *error = u"bad --fault-random part \"%1\" (seed=N,rate=0..1,kinds=a+b)"_s.arg(part);
            return std::nullopt;
        }
    }
    return std::make_tuple(seed, rate, kinds);
}

FaultEffects FaultPlan::match(const QByteArray &method, const QString &path)
{
    FaultEffects effects;
    bool replaced = false;
    for (FaultRule &rule : m_rules) {
        if (rule.remaining == 0 || (!rule.method.isEmpty() && rule.method != method) ||
            !rule.path.match(path).hasMatch())
            continue;
        if (rule.probability < 1 && !m_chance.chance(rule.probability))
            continue;
        if (replacesResponse(rule.kind)) {
            if (replaced)
                continue;
            replaced = true;
        }
        if (rule.remaining > 0)
            --rule.remaining;
        effects.applied.push_back(rule);
    }
    std::erase_if(m_rules, [](const FaultRule &r) { return r.remaining == 0; });

    if (m_random && !replaced && m_random->chance(m_randomRate)) {
        Rng &r = *m_random;
        FaultRule rule;
        rule.id = 0;
        rule.kind = m_randomKinds[r.below(std::uint32_t(m_randomKinds.size()))];
        if (rule.kind == FaultKind::Lost && method == "GET")
            rule.kind = FaultKind::Cut; // losing a GET's answer is a cut at byte 0
        switch (rule.kind) {
        case FaultKind::Latency:
            rule.value = r.range(200, 3000);
            break;
        case FaultKind::Bandwidth:
            rule.value = r.range(2000, 30000);
            break;
        case FaultKind::Cut:
            rule.value = r.range(0, 2000);
            break;
        case FaultKind::Status:
        case FaultKind::StatusAfter:
            rule.value = QList<int>{500, 502, 503, 504}[r.below(4)];
            break;
        case FaultKind::Storm:
            rule.value = r.range(1, 10);
            break;
        case FaultKind::Truncate:
            rule.value = 0;
            break;
        case FaultKind::Drip:
            rule.value = r.range(50, 500);
            rule.value2 = r.range(50, 300);
            break;
        default:
            break;
        }
        effects.applied.push_back(rule);
    }
    return effects;
}

QJsonObject FaultPlan::toJson() const
{
    QJsonArray rules;
    for (const FaultRule &r : m_rules) {
        rules.append(QJsonObject{{u"id"_s, r.id},
                                 {u"method"_s, QString::fromLatin1(r.method)},
                                 {u"path"_s, r.path.pattern()},
                                 {u"kind"_s, kindName(r.kind)},
                                 {u"value"_s, r.value},
                                 {u"value2"_s, r.value2},
                                 {u"remaining"_s, r.remaining},
                                 {u"probability"_s, r.probability}});
    }
    QJsonObject o{{u"rules"_s, rules}};
    if (m_random)
        o.insert(u"random_rate"_s, m_randomRate);
    return o;
}

} // namespace devserver
