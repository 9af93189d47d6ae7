#include "OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace outpost::cli {

namespace {

// A scalar as JSON text, escaped by Qt: the one element of a compact array, unwrapped.
QByteArray scalarText(const QJsonValue &value)
{
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

} // namespace

OrderedJson::OrderedJson(QJsonValue scalar)
    : m_scalar(std::move(scalar))
{}

OrderedJson OrderedJson::object()
{
    OrderedJson json;
    json.m_kind = Kind::Object;
    return json;
}

OrderedJson OrderedJson::array()
{
    OrderedJson json;
    json.m_kind = Kind::Array;
    return json;
}

OrderedJson OrderedJson::strings(const QStringList &values)
{
    OrderedJson json = array();
    for (const QString &value : values)
        json.append(QJsonValue(value));
    return json;
}

OrderedJson OrderedJson::ids(const QList<qint64> &values)
{
    OrderedJson json = array();
    for (qint64 value : values)
        json.append(QJsonValue(value));
    return json;
}

OrderedJson &OrderedJson::add(const QString &key, OrderedJson value)
{
    m_members.append({key, std::move(value)});
    return *this;
}

OrderedJson &OrderedJson::append(OrderedJson value)
{
    m_items.append(std::move(value));
    return *this;
}

QByteArray OrderedJson::toJson() const
{
    QByteArray out;
    write(out, 0);
    out.append('\n');
    return out;
}

void OrderedJson::write(QByteArray &out, int depth) const
{
    const QByteArray inner((depth + 1) * 4, ' ');
    const QByteArray outer(depth * 4, ' ');
    switch (m_kind) {
    case Kind::Scalar:
        out.append(scalarText(m_scalar));
        return;
    case Kind::Object:
        if (m_members.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            out.append(inner).append(scalarText(m_members.at(i).first)).append(": ");
            m_members.at(i).second.write(out, depth + 1);
            out.append(i + 1 < m_members.size() ? ",\n" : "\n");
        }
        out.append(outer).append('}');
        return;
    case Kind::Array:
        if (m_items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            out.append(inner);
            m_items.at(i).write(out, depth + 1);
            out.append(i + 1 < m_items.size() ? ",\n" : "\n");
        }
        out.append(outer).append(']');
        return;
    }
}

} // namespace outpost::cli
