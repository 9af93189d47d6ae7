#include "outbox/PostText.h"

#include <QStringList>

namespace outpost::outbox {

namespace {

bool isSpaceButNotNewline(QChar c)
{
    return c != u'\n' && c.isSpace();
}

// Invisible characters an editor or a copy-paste may add or drop (zero-width space, BOM).
bool isInvisible(QChar c)
{
    return c == QChar(0x200B) || c == QChar(0xFEFF);
}

} // namespace

QString comparableText(QStringView raw)
{
    QString text = raw.toString().normalized(QString::NormalizationForm_C);
    text.removeIf(isInvisible);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');

    QStringList lines;
    for (QStringView line : QStringView(text).split(u'\n')) {
        QString out;
        out.reserve(line.size());
        bool pendingSpace = false;
        for (QChar c : line) {
            if (isSpaceButNotNewline(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !out.isEmpty())
                out += u' ';
            pendingSpace = false;
            out += c;
        }
        // Leading spaces of a line stay meaningful in Markdown (indented code), but one is as
        // good as many for recognising a post: keep one.
        if (!line.isEmpty() && isSpaceButNotNewline(line.front()) && !out.isEmpty())
            out.prepend(u' ');
        lines.append(out);
    }
    // Blank lines: none at either end, at most one in a row.
    QStringList kept;
    for (const QString &line : lines) {
        if (line.isEmpty() && (kept.isEmpty() || kept.constLast().isEmpty()))
            continue;
        kept.append(line);
    }
    while (!kept.isEmpty() && kept.constLast().isEmpty())
        kept.removeLast();
    return kept.join(u'\n');
}

bool sameText(QStringView a, QStringView b)
{
    return comparableText(a) == comparableText(b);
}

QString comparableTitle(QStringView title)
{
    QString out;
    const QString folded =
            title.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (QChar c : folded) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

bool sameTitle(QStringView a, QStringView b)
{
    return comparableTitle(a) == comparableTitle(b);
}

} // namespace outpost::outbox
