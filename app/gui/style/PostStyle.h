#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

namespace outpost::gui {

// How post text looks: the reading font (a little larger than the interface's), comfortable
// line spacing, and colours taken from the palette so light and dark themes both work.
class PostStyle
{
public:
    explicit PostStyle(const QPalette &palette, const QFont &interfaceFont);

    const QFont &bodyFont() const { return m_bodyFont; }
    // The default style sheet of a post's QTextDocument.
    const QString &styleSheet() const { return m_styleSheet; }
    // Quotes as cards: the rich-text engine draws no block borders or padding, so each
    // <blockquote> of the (already safe) HTML becomes a one-row table with a bar on its
    // leading edge and a tinted, padded cell for the quoted text.
    QString quotesAsCards(const QString &safeHtml) const;

    // The widest a column of text should get before lines become hard to follow.
    int maxReadingWidth() const;

    QColor mutedText() const { return m_muted; }
    QColor quoteBackground() const { return m_quote; }
    QColor codeBackground() const { return m_code; }
    QColor cardBackground() const { return m_card; }
    QColor separator() const { return m_separator; }
    QColor accent() const { return m_accent; }
    // Text drawn on the accent colour (badges).
    QColor onAccent() const { return m_dark ? QColor(0x10, 0x18, 0x20) : QColor(Qt::white); }
    QColor unreadMark() const { return m_unread; }
    bool isDark() const { return m_dark; }

    // a + (b - a) * amount, per channel.
    static QColor mix(const QColor &a, const QColor &b, qreal amount);

private:
    QFont m_bodyFont;
    QString m_styleSheet;
    QColor m_muted;
    QColor m_quote;
    QColor m_quoteBar;
    QColor m_code;
    QColor m_card;
    QColor m_separator;
    QColor m_accent;
    QColor m_unread;
    bool m_dark = false;
};

} // namespace outpost::gui
