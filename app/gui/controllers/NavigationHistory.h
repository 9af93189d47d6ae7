#pragma once

#include <QList>
#include <QString>

namespace outpost::gui {

// Where the person has been, for "Back": which list was shown and which topic was open.
struct Location
{
    enum class List
    {
        Digest,
        Followed,
        Category,
        Search,
    };
    List list = List::Followed;
    qint64 categoryId = 0;
    QString searchText;
    qint64 topicId = 0;
    int postNumber = 0;

    bool operator==(const Location &other) const = default;
};

class NavigationHistory
{
public:
    // Records a place the person went to (a list, a topic, a jump inside a topic);
    // consecutive duplicates collapse.
    void visit(const Location &location);
    // Refreshes the current place (the post read now), so Back returns there.
    void updateCurrent(const Location &location);
    bool canGoBack() const { return m_entries.size() > 1; }
    // Drops the current location and returns the previous one.
    Location back();
    const Location *current() const { return m_entries.isEmpty() ? nullptr : &m_entries.last(); }
    void clear() { m_entries.clear(); }

    static constexpr int maxEntries = 100;

private:
    QList<Location> m_entries;
};

} // namespace outpost::gui
