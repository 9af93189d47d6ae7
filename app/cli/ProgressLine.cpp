#include "ProgressLine.h"

#include "TerminalText.h"

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

namespace outpost::cli {

namespace {

void writeStderr(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int stderrTerminalWidth()
{
    if (!stderrIsTerminal())
        return 0;
    winsize ws{};
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

ProgressLine::ProgressLine()
    : m_enabled(stderrIsTerminal())
{}

ProgressLine::~ProgressLine()
{
    clear();
}

void ProgressLine::show(const QString &text, bool force)
{
    if (!m_enabled)
        return;
    if (!force && m_sinceDraw.isValid() && m_sinceDraw.elapsed() < 100)
        return;
    m_sinceDraw.start();
    // One column less than the width: a full line would wrap on some terminals.
    const int width = std::max(10, stderrTerminalWidth() - 1);
    writeStderr("\r" + elideToWidth(text, width).toUtf8() + "\x1b[K");
    m_shown = true;
}

void ProgressLine::clear()
{
    if (!m_enabled || !m_shown)
        return;
    writeStderr("\r\x1b[K");
    m_shown = false;
}

} // namespace outpost::cli
