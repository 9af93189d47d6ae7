#include "controllers/NavigationHistory.h"

namespace outpost::gui {

void NavigationHistory::visit(const Location &location)
{
    if (!m_entries.isEmpty() && m_entries.constLast() == location)
        return;
    m_entries.append(location);
    if (m_entries.size() > maxEntries)
        m_entries.removeFirst();
}

void NavigationHistory::updateCurrent(const Location &location)
{
    if (m_entries.isEmpty())
        m_entries.append(location);
    else
        m_entries.last() = location;
}

Location NavigationHistory::back()
{
    if (m_entries.size() > 1)
        m_entries.removeLast();
    return m_entries.isEmpty() ? Location{} : m_entries.constLast();
}

} // namespace outpost::gui
