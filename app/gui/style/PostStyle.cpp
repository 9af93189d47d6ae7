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
    // Secondary text keeps WCAG AA (4.5:1) on Base and Window in light and dark palettes
    // (test_gui_accessibility checks it).
    m_muted = mix(text, base, 0.40);
    m_quote = mix(base, text, m_dark ? 0.09 : 0.045);
    m_quoteBar = mix(base, text, m_dark ? 0.35 : 0.22);
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
    // honoured; block borders and padding are not, so code is set off by a tint and quotes
    // become cards (quotesAsCards).
    // Named slots rather than %1..%8: arg() numbers only the markers present, so a rule
    // removed later would silently shift every colour after it.
    m_styleSheet = uR"(
a { color: @link@; text-decoration: none; }
p, li, dd, dt, div { line-height: 145%; }
p { margin-top: 0px; margin-bottom: 10px; }
ul, ol { margin-top: 0px; margin-bottom: 10px; }
li { margin-bottom: 3px; }
h1 { font-size: x-large; margin-top: 14px; margin-bottom: 8px; }
h2 { font-size: large; margin-top: 12px; margin-bottom: 6px; }
h3, h4, h5, h6 { font-size: medium; font-weight: 600; margin-top: 10px; margin-bottom: 6px; }
p.quote-title { color: @muted@; font-weight: 600; margin-top: 0px; margin-bottom: 4px; }
table.quote p { margin-bottom: 8px; }
pre { background-color: @code@; font-family: '@mono@', monospace; white-space: pre-wrap; margin-top: 2px; margin-bottom: 12px; line-height: 125%; }
code, kbd, samp, tt { font-family: '@mono@', monospace; background-color: @code@; }
.mention { color: @link@; font-weight: 600; }
.mark { background-color: @mark@; }
.spoiler { background-color: @muted@; color: @muted@; }
.onebox-domain { color: @muted@; }
table { border-color: @separator@; border-collapse: collapse; margin-bottom: 12px; }
table.onebox { background-color: @card@; border-color: @separator@; }
th { background-color: @code@; font-weight: 600; }
hr { color: @separator@; }
.outpost-note { color: @muted@; }
)"_s;
    const std::pair<QString, QString> values[] = {
            {u"@link@"_s, link},
            {u"@muted@"_s, m_muted.name()},
            {u"@code@"_s, m_code.name()},
            {u"@mono@"_s, mono},
            {u"@mark@"_s, mix(base, QColor(255, 220, 0), m_dark ? 0.25 : 0.45).name()},
            {u"@separator@"_s, m_separator.name()},
            {u"@card@"_s, m_card.name()},
    };
    for (const auto &[slot, value] : values)
        m_styleSheet.replace(slot, value);
}

QString PostStyle::quotesAsCards(const QString &safeHtml) const
{
    static const QString open = u"<blockquote"_s;
    static const QString close = u"</blockquote>"_s;
    if (!safeHtml.contains(open))
        return safeHtml;
    const QString cardOpen =
            u"<table class=\"quote\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
            "style=\"margin-top: 2px; margin-bottom: 12px;\"><tr><td width=\"3\" "
            "style=\"background-color: %1;\"></td><td style=\"background-color: %2; padding: 8px "
            "12px 0px 12px;\">"_s.arg(m_quoteBar.name(), m_quote.name());
    const QString cardClose = u"</td></tr></table>"_s;
    QString out;
    out.reserve(safeHtml.size() + 256);
    qsizetype at = 0;
    while (at < safeHtml.size()) {
        const qsizetype nextOpen = safeHtml.indexOf(open, at);
        const qsizetype nextClose = safeHtml.indexOf(close, at);
        if (nextOpen < 0 && nextClose < 0) {
            out += QStringView(safeHtml).mid(at);
            break;
        }
        if (nextOpen >= 0 && (nextClose < 0 || nextOpen < nextClose)) {
            out += QStringView(safeHtml).mid(at, nextOpen - at);
            const qsizetype end = safeHtml.indexOf(u'>', nextOpen);
            if (end < 0)
                break;
            out += cardOpen;
            at = end + 1;
        } else {
            out += QStringView(safeHtml).mid(at, nextClose - at);
            out += cardClose;
            at = nextClose + close.size();
        }
    }
    return out;
}

int PostStyle::maxReadingWidth() const
{
    // About 80 characters of body text: long enough for tables and code, short enough to read.
    return QFontMetrics(m_bodyFont).horizontalAdvance(u'x') * 82 + 48;
}

} // namespace outpost::gui
