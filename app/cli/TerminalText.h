#pragma once

#include <QString>
#include <QStringList>

namespace outpost::cli {

// Columns a string takes on a terminal: combining marks take none, East Asian wide
// characters and most emoji take two.
int displayWidth(QStringView text);

// Cuts `text` to at most `width` columns, ending with "…" when it had to cut.
QString elideToWidth(const QString &text, int width);

// Pads with spaces on the right to `width` columns (no cut).
QString padToWidth(const QString &text, int width);

// Aligned, readable columns for people. The last column is never padded, and long cells in
// columns marked elastic are cut to fit the terminal width when there is one.
class TablePrinter
{
public:
    enum class Align
    {
        Left,
        Right,
    };
    struct Column
    {
        QString header;
        Align align = Align::Left;
        bool elastic = false; // may be cut to fit the terminal
    };

    explicit TablePrinter(QList<Column> columns)
        : m_columns(std::move(columns))
    {}
    void addRow(QStringList cells);
    // `terminalWidth` 0 means no limit (output is not a terminal).
    QString render(int terminalWidth) const;
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

// Width of the terminal on stdout, or 0 when stdout is not a terminal.
int stdoutTerminalWidth();
bool stdoutIsTerminal();
bool stderrIsTerminal();

} // namespace outpost::cli
