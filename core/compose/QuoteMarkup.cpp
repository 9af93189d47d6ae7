#include "compose/QuoteMarkup.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace outpost::compose {

QString quoteMarkup(const QuoteSource &source, QStringView text)
{
    // A selection in a QTextDocument separates paragraphs with U+2029 and lines with U+2028.
    QString body = text.toString();
    body.replace(QChar(0x2029), u'\n').replace(QChar(0x2028), u'\n');
    body.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    while (!body.isEmpty() && body.back().isSpace())
        body.chop(1);
    while (!body.isEmpty() && body.front() == u'\n')
        body.remove(0, 1);

    QStringList parts;
    // Usernames are letters, digits, '_', '.' and '-': nothing that could end the argument.
    QString name = source.username;
    name.remove(u'"').remove(u',').remove(u']');
    if (!name.isEmpty())
        parts << name;
    if (source.postNumber > 0)
        parts << u"post:%1"_s.arg(source.postNumber);
    if (source.topicId > 0)
        parts << u"topic:%1"_s.arg(source.topicId);
    const QString open =
            parts.isEmpty() ? u"[quote]"_s : u"[quote=\"%1\"]"_s.arg(parts.join(u", "_s));
    return open + u'\n' + body + u"\n[/quote]\n"_s;
}

QuoteSource parseQuoteArgument(QStringView argument)
{
    QString text = argument.trimmed().toString();
    if (text.size() >= 2 && text.front() == u'"' && text.back() == u'"')
        text = text.mid(1, text.size() - 2);
    QuoteSource source;
    const QStringList parts = text.split(u',');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        const qsizetype colon = part.indexOf(u':');
        if (colon > 0) {
            const QString key = part.left(colon).trimmed();
            bool ok = false;
            const qint64 value = part.mid(colon + 1).trimmed().toLongLong(&ok);
            if (!ok || value <= 0)
                continue;
            if (key == u"post"_s && value < std::numeric_limits<int>::max())
                source.postNumber = int(value);
            else if (key == u"topic"_s)
                source.topicId = value;
        } else if (i == 0) {
            source.username = part.left(60);
        }
    }
    return source;
}

} // namespace outpost::compose
