#include "style/PostStyle.h"

#include <QFontDatabase>
#include <QFontMetrics>

using namespace Qt::StringLiterals;

namespace outpost::gui {

QColor PostStyle::mix(const QColor &a, const QColor &b, qreal amount)
{
    const auto channel = [amount](int x, int y) { return int(x + (y - x) * amount + 0.5); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()));
}

PostStyle::PostStyle(const QPalette &palette, const QFont &interfaceFont)
    : m_bodyFont(interfaceFont)
{
    // Reading text a touch larger than the interface's, as a book is larger than its index.
    if (m_bodyFont.pointSizeF() > 0)
        m_bodyFont.setPointSizeF(m_bodyFont.pointSizeF() * 1.05);
    else
        m_bodyFont.setPixelSize(qRound(m_bodyFont.pixelSize() * 1.05));

    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    m_dark = base.lightness() < 128;
    m_muted = mix(text, base, 0.42);
    m_quote = mix(base, text, m_dark ? 0.09 : 0.05);
    m_code = mix(base, text, m_dark ? 0.12 : 0.07);
    m_card = mix(base, palette.color(QPalette::Highlight), m_dark ? 0.10 : 0.05);
    m_separator = mix(base, text, m_dark ? 0.22 : 0.13);
    m_accent = palette.color(QPalette::Link);
    if (m_dark && m_accent.lightness() < 140)
        m_accent = m_accent.lighter(160);
    m_unread = palette.color(QPalette::Highlight);

    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    const QString link = m_accent.name();
    // Qt's rich-text CSS: block margins, backgrounds, line-height and table borders are
    // honoured; block borders and padding are not, so quotes and code are set off by a tint.
    m_styleSheet = uR"(
a { color: %1; text-decoration: none; }
p, li, dd, dt, div { line-height: 145%; }
p { margin-top: 0px; margin-bottom: 10px; }
ul, ol { margin-top: 0px; margin-bottom: 10px; }
li { margin-bottom: 3px; }
h1 { font-size: x-large; margin-top: 14px; margin-bottom: 8px; }
h2 { font-size: large; margin-top: 12px; margin-bottom: 6px; }
h3, h4, h5, h6 { font-size: medium; font-weight: 600; margin-top: 10px; margin-bottom: 6px; }
blockquote { background-color: %2; margin-top: 4px; margin-bottom: 12px; margin-left: 6px; margin-right: 6px; }
p.quote-title { color: %3; font-weight: 600; margin-top: 0px; margin-bottom: 0px; }
blockquote p { margin-top: 0px; margin-bottom: 0px; }
pre { background-color: %4; font-family: '%5', monospace; white-space: pre-wrap; margin-top: 2px; margin-bottom: 12px; line-height: 125%; }
code, kbd, samp, tt { font-family: '%5', monospace; background-color: %4; }
.mention { color: %1; font-weight: 600; }
.mark { background-color: %6; }
.spoiler { background-color: %3; color: %3; }
.onebox-domain { color: %3; }
table { border-color: %7; border-collapse: collapse; margin-bottom: 12px; }
table.onebox { background-color: %8; border-color: %7; }
th { background-color: %4; font-weight: 600; }
hr { color: %7; }
.outpost-note { color: %3; }
)"_s.arg(link, m_quote.name(), m_muted.name(), m_code.name(), mono,
         mix(base, QColor(255, 220, 0), m_dark ? 0.25 : 0.45).name(), m_separator.name(),
         m_card.name());
}

int PostStyle::maxReadingWidth() const
{
    // About 80 characters of body text: long enough for tables and code, short enough to read.
    return QFontMetrics(m_bodyFont).horizontalAdvance(u'x') * 82 + 48;
}

} // namespace outpost::gui
