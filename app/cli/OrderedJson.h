#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <type_traits>
#include <utility>

namespace outpost::cli {

// A JSON value that keeps the order of an object's keys as they were added (QJsonObject
// sorts them), so that the documents outpost-cli prints list their fields in the order its
// help promises: the documented fields first, extra ones at the end.
class OrderedJson
{
public:
    OrderedJson(QJsonValue scalar = QJsonValue()); // NOLINT: implicit on purpose
    static OrderedJson object();
    static OrderedJson array();

    static OrderedJson strings(const QStringList &values);
    static OrderedJson ids(const QList<qint64> &values);

    // Objects: appends a member (keys are not checked for repeats).
    OrderedJson &add(const QString &key, OrderedJson value);
    template <typename T>
    requires(!std::is_same_v<T, OrderedJson>) OrderedJson &add(const QString &key, const T &value)
    {
        return add(key, OrderedJson(QJsonValue(value)));
    }
    // Arrays: appends an item.
    OrderedJson &append(OrderedJson value);
    bool isEmpty() const { return m_members.isEmpty() && m_items.isEmpty(); }

    // Indented like QJsonDocument::Indented, with a final newline.
    QByteArray toJson() const;

private:
    enum class Kind
    {
        Scalar,
        Object,
        Array,
    };
    void write(QByteArray &out, int depth) const;

    Kind m_kind = Kind::Scalar;
    QJsonValue m_scalar;
    QList<std::pair<QString, OrderedJson>> m_members;
    QList<OrderedJson> m_items;
};

} // namespace outpost::cli
