#include "TerminalText.h"

#include <sys/ioctl.h>
#include <unistd.h>

namespace outpost::cli {

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

int codePointWidth(char32_t c)
{
    const auto category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
        category == QChar::Other_Format || c == 0x200B)
        return 0;
    return isWide(c) ? 2 : 1;
}

} // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += codePointWidth(c);
    return width;
}

QString elideToWidth(const QString &text, int width)
{
    if (width <= 0 || displayWidth(text) <= width)
        return text;
    const QList<uint> codePoints = text.toUcs4();
    QString out;
    int used = 0;
    for (uint c : codePoints) {
        const int w = codePointWidth(c);
        if (used + w > width - 1)
            break;
        out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1));
        used += w;
    }
    out.append(QChar(0x2026));
    return out;
}

QString padToWidth(const QString &text, int width)
{
    const int missing = width - displayWidth(text);
    return missing > 0 ? text + QString(missing, QLatin1Char(' ')) : text;
}

void TablePrinter::addRow(QStringList cells)
{
    while (cells.size() < m_columns.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

QString TablePrinter::render(int terminalWidth) const
{
    const qsizetype n = m_columns.size();
    QList<int> widths(n, 0);
    for (qsizetype i = 0; i < n; ++i)
        widths[i] = displayWidth(m_columns[i].header);
    for (const auto &row : m_rows) {
        for (qsizetype i = 0; i < n; ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }

    constexpr int gap = 2;
    if (terminalWidth > 0) {
        int total = 0;
        for (int w : widths)
            total += w + gap;
        total -= gap;
        // Shrink elastic columns, widest first, until the table fits (but keep 12 columns each).
        while (total > terminalWidth) {
            qsizetype widest = -1;
            for (qsizetype i = 0; i < n; ++i) {
                if (m_columns[i].elastic && widths[i] > 12 &&
                    (widest < 0 || widths[i] > widths[widest]))
                    widest = i;
            }
            if (widest < 0)
                break;
            const int cut = std::min(total - terminalWidth, widths[widest] - 12);
            widths[widest] -= cut;
            total -= cut;
        }
    }

    // -> QString: with QT_USE_QSTRINGBUILDER an `auto` return would be a builder that
    // refers to the local `line` after it is gone.
    auto renderRow = [&](const QStringList &cells) -> QString {
        QString line;
        for (qsizetype i = 0; i < n; ++i) {
            QString cell = elideToWidth(cells[i], widths[i]);
            const bool last = i == n - 1;
            if (m_columns[i].align == Align::Right) {
                const int missing = widths[i] - displayWidth(cell);
                cell = QString(std::max(0, missing), QLatin1Char(' ')) + cell;
            } else if (!last) {
                cell = padToWidth(cell, widths[i]);
            }
            line += cell;
            if (!last)
                line += QString(gap, QLatin1Char(' '));
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        return line + QLatin1Char('\n');
    };

    QStringList headers;
    for (const auto &c : m_columns)
        headers.append(c.header);
    QString out = renderRow(headers);
    for (const auto &row : m_rows)
        out += renderRow(row);
    return out;
}

int stdoutTerminalWidth()
{
    if (!stdoutIsTerminal())
        return 0;
    winsize ws{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

bool stdoutIsTerminal()
{
    return isatty(STDOUT_FILENO) == 1;
}

bool stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

} // namespace outpost::cli
