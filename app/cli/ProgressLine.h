#pragma once

#include <QElapsedTimer>
#include <QString>

namespace outpost::cli {

// One line on stderr that a long command rewrites in place ("\r", cut to the terminal's
// width, the rest of the line cleared). Does nothing when stderr is not a terminal, so logs
// and pipes never collect progress noise.
class ProgressLine
{
public:
    ProgressLine();
    ~ProgressLine();
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    bool isEnabled() const { return m_enabled; }
    // Redraws at most ten times a second unless `force`.
    void show(const QString &text, bool force = false);
    // Erases the line, so the next output starts on a clean one.
    void clear();

private:
    bool m_enabled = false;
    bool m_shown = false;
    QElapsedTimer m_sinceDraw;
};

// Width of the terminal on stderr, or 0 when stderr is not a terminal.
int stderrTerminalWidth();

} // namespace outpost::cli
