#include "TextSynth.h"

#include "Forum.h"
#include "Phrasebook.h"
#include "Rng.h"

#include <QRegularExpression>

#include <cmark-gfm.h>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

struct Pieces
{
    QStringList raw;
    QStringList cooked;

    void add(const QString &r, const QString &c)
    {
        raw << r;
        cooked << c;
    }
};

QString hex40(Rng &r)
{
    QString out;
    for (int i = 0; i < 5; ++i)
        out += QString::number(r.next() & 0xffffffffULL, 16).rightJustified(8, u'0');
    return out;
}

QString base62(std::uint64_t v)
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString out;
    do {
        out.prepend(QLatin1Char(alphabet[v % 62]));
        v /= 62;
    } while (v);
    return out;
}

QString emojiImg(const QString &name)
{
    return QStringLiteral("<img src=\"/images/emoji/twitter/%1.png?v=12\" title=\":%1:\" "
                          "class=\"emoji\" alt=\":%1:\" loading=\"lazy\" width=\"20\" "
                          "height=\"20\">")
            .arg(name);
}

QString mentionLink(const QString &username)
{
    return QStringLiteral("<a class=\"mention\" href=\"/u/%1\">@%1</a>").arg(username);
}

QString quoteAside(const QString &username, int postNumber, int topicId, const QString &innerHtml)
{
    QString avatar = avatarTemplate(username);
    avatar.replace(QStringLiteral("{size}"), QStringLiteral("48"));
    return QStringLiteral("<aside class=\"quote no-group\" data-username=\"%1\" data-post=\"%2\" "
                          "data-topic=\"%3\">\n<div class=\"title\">\n<div "
                          "class=\"quote-controls\"></div>\n<img alt=\"\" width=\"24\" "
                          "height=\"24\" src=\"%4\" class=\"avatar\"> %1:</div>\n<blockquote>\n"
                          "%5\n</blockquote>\n</aside>")
            .arg(username)
            .arg(postNumber)
            .arg(topicId)
            .arg(avatar, innerHtml);
}

int pickOtherUser(const Forum &forum, const Topic &topic, const Post &post, Rng &r)
{
    if (post.postNumber > 1) {
        const int n = r.range(1, post.postNumber - 1);
        if (const Post *p = forum.postByNumber(topic, n); p && p->userId != post.userId)
            return p->userId;
    }
    const int count = int(forum.users().size()) - 1;
    if (count < 2)
        return 0;
    const int id = 1 + int(r.below(std::uint32_t(count)));
    return id == post.userId ? 0 : id;
}

void addParagraph(const Forum &forum, const Topic &topic, const Post &post, const Phrasebook &book,
                  Rng &r, int firstSentenceIndex, Pieces &out)
{
    const int sentences = r.range(1, 3);
    QString raw;
    QString cooked;
    auto append = [&](const QString &rawPart, const QString &cookedPart) {
        if (!raw.isEmpty()) {
            raw += u' ';
            cooked += u' ';
        }
        raw += rawPart;
        cooked += cookedPart;
    };
    for (int i = 0; i < sentences; ++i) {
        const int index = (i == 0 && firstSentenceIndex >= 0)
                                  ? firstSentenceIndex
                                  : int(r.below(std::uint32_t(book.sentences.size())));
        const QString &s = book.sentences.at(index);
        append(s, htmlEscape(s));
    }
    if (r.chance(0.18)) {
        if (const User *u = forum.user(pickOtherUser(forum, topic, post, r)))
            append(u"@"_s + u->username, mentionLink(u->username));
    }
    if (r.chance(0.10)) {
        const OneboxTarget &t = r.pick(oneboxTargets());
        const QString &text = r.pick(book.linkTexts);
        append(QStringLiteral("[%1](%2)").arg(text, t.url),
               QStringLiteral("<a href=\"%1\" rel=\"noopener nofollow ugc\">%2</a>")
                       .arg(t.url, htmlEscape(text)));
    }
    if (r.chance(0.08))
        append(QStringLiteral("`api/dataValueSets`"),
               QStringLiteral("<code>api/dataValueSets</code>"));
    if (r.chance(0.15)) {
        const QString &e = r.pick(emojiNames());
        append(u":"_s + e + u":"_s, emojiImg(e));
    }
    out.add(raw, u"<p>"_s + cooked + u"</p>"_s);
}

void addList(const Phrasebook &book, Rng &r, Pieces &out)
{
    const bool ordered = r.chance(0.3);
    const int items = r.range(2, 4);
    QStringList raw;
    QString cooked = ordered ? QStringLiteral("<ol>\n") : QStringLiteral("<ul>\n");
    for (int i = 0; i < items; ++i) {
        const QString &item = r.pick(book.listItems);
        raw << (ordered ? QString::number(i + 1) + u". "_s : QStringLiteral("* ")) + item;
        cooked += u"<li>"_s + htmlEscape(item) + u"</li>\n"_s;
    }
    cooked += ordered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
    out.add(raw.join(u'\n'), cooked);
}

void addCode(Rng &r, Pieces &out)
{
    const CodeSample &c = r.pick(codeSamples());
    out.add(QStringLiteral("```%1\n%2\n```").arg(c.language, c.code),
            QStringLiteral("<pre data-code-wrap=\"%1\"><code class=\"lang-%1\">%2\n</code></pre>")
                    .arg(c.language, htmlEscape(c.code)));
}

void addOnebox(Rng &r, Pieces &out)
{
    const OneboxTarget &t = r.pick(oneboxTargets());
    out.add(t.url,
            QStringLiteral(
                    "<aside class=\"onebox allowlistedgeneric\" data-onebox-src=\"%1\">\n"
                    "  <header class=\"source\">\n\n      <a href=\"%1\" target=\"_blank\" "
                    "rel=\"noopener nofollow ugc\">%2</a>\n  </header>\n\n  <article "
                    "class=\"onebox-body\">\n    \n\n<h3><a href=\"%1\" target=\"_blank\" "
                    "rel=\"noopener nofollow ugc\">%3</a></h3>\n\n  <p>%4</p>\n\n\n  </article>\n\n"
                    "  <div class=\"onebox-metadata\">\n    \n    \n  </div>\n\n  <div "
                    "style=\"clear: both\"></div>\n</aside>\n")
                    .arg(t.url, t.domain, htmlEscape(t.title), htmlEscape(t.description)));
}

void addImage(const Phrasebook &book, Rng &r, Pieces &out)
{
    const QString sha1 = hex40(r);
    const QString short62 = base62(r.next());
    const int width = 690;
    const int height = r.pick(QList<int>{388, 460, 517});
    const int kb = r.range(40, 900);
    const QString alt = book.imageAlt;
    out.add(QStringLiteral("![%1|%2x%3](upload://%4.png)")
                    .arg(alt)
                    .arg(width)
                    .arg(height)
                    .arg(short62),
            QStringLiteral(
                    "<p><div class=\"lightbox-wrapper\"><a class=\"lightbox\" "
                    "href=\"/uploads/default/original/2X/%1/%2.png\" "
                    "data-download-href=\"/uploads/default/%3\" title=\"%4\"><img "
                    "src=\"/uploads/default/optimized/2X/%1/%2_2_%5x%6.png\" alt=\"%4\" "
                    "data-base62-sha1=\"%3\" width=\"%5\" height=\"%6\"><div class=\"meta\">\n"
                    "<svg class=\"fa d-icon d-icon-far-image svg-icon\" aria-hidden=\"true\"><use "
                    "href=\"#far-image\"></use></svg><span class=\"filename\">%4</span><span "
                    "class=\"informations\">1366×768 %7 KB</span><svg class=\"fa d-icon "
                    "d-icon-discourse-expand svg-icon\" aria-hidden=\"true\"><use "
                    "href=\"#discourse-expand\"></use></svg>\n</div></a></div></p>")
                    .arg(sha1.left(1), sha1, short62, htmlEscape(alt))
                    .arg(width)
                    .arg(height)
                    .arg(kb));
}

} // namespace

QString firstSentence(const Forum &forum, const Post &post)
{
    if (post.flags & PostStoredText) {
        const QString raw = forum.raw(post);
        return raw.section(u'\n', 0, 0).left(200);
    }
    Rng r(mixSeed(forum.seed(), quint64(post.id), post.version));
    const Phrasebook &book = Phrasebook::forLanguage(post.lang);
    return book.sentences.at(qsizetype(r.below(std::uint32_t(book.sentences.size()))));
}

PostText synthesizePost(const Forum &forum, const Post &post)
{
    const Phrasebook &book = Phrasebook::forLanguage(post.lang);
    const Topic *topic = forum.topic(post.topicId);
    Rng r(mixSeed(forum.seed(), quint64(post.id), post.version));
    // The first draw must stay the first sentence: firstSentence() relies on it.
    const int first = int(r.below(std::uint32_t(book.sentences.size())));
    Pieces pieces;

    if (topic && post.postNumber > 1 && r.chance(0.15)) {
        const int n = r.range(1, post.postNumber - 1);
        const Post *quoted = forum.postByNumber(*topic, n);
        const User *author = quoted ? forum.user(quoted->userId) : nullptr;
        if (quoted && author && !quoted->deleted()) {
            const QString text = firstSentence(forum, *quoted);
            pieces.add(QStringLiteral("[quote=\"%1, post:%2, topic:%3\"]\n%4\n[/quote]")
                               .arg(author->username)
                               .arg(n)
                               .arg(topic->id)
                               .arg(text),
                       quoteAside(author->username, n, topic->id,
                                  u"<p>"_s + htmlEscape(text) + u"</p>"_s));
        }
    }

    const int paragraphs = r.range(1, post.postNumber == 1 ? 4 : 3);
    for (int i = 0; i < paragraphs; ++i) {
        if (topic)
            addParagraph(forum, *topic, post, book, r, i == 0 ? first : -1, pieces);
        if (i == 0) {
            if (r.chance(0.12))
                addList(book, r, pieces);
            if (r.chance(0.10))
                addCode(r, pieces);
            if (r.chance(0.06))
                addOnebox(r, pieces);
            if (r.chance(0.06))
                addImage(book, r, pieces);
        }
    }
    if (post.version > 1) {
        const QString &s = r.pick(book.sentences);
        pieces.add(book.editNote + u' ' + s,
                   u"<p>"_s + htmlEscape(book.editNote) + u' ' + htmlEscape(s) + u"</p>"_s);
    }
    return PostText{pieces.raw.join(QStringLiteral("\n\n")), pieces.cooked.join(u'\n')};
}

namespace {

QString cmarkToHtml(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    char *html =
            cmark_markdown_to_html(utf8.constData(), size_t(utf8.size()), CMARK_OPT_HARDBREAKS);
    QString out = QString::fromUtf8(html).trimmed();
    free(html);
    return out;
}

QString linkMentions(const Forum &forum, QString html)
{
    static const QRegularExpression mention(
            QStringLiteral("(^|[\\s>(])@([A-Za-z0-9_][A-Za-z0-9_.-]*[A-Za-z0-9_])"));
    QString out;
    qsizetype last = 0;
    auto it = mention.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        const User *u = forum.userByName(m.captured(2));
        if (!u)
            continue;
        out += html.mid(last, m.capturedStart(2) - 1 - last);
        out += mentionLink(u->username);
        last = m.capturedEnd(2);
    }
    out += html.mid(last);
    return out;
}

} // namespace

QString cookMarkdown(const Forum &forum, const QString &raw)
{
    static const QRegularExpression quote(
            QStringLiteral("\\[quote=\"([^,\"]+), post:(\\d+), topic:(\\d+)[^\"]*\"\\]\\s*\\n?"
                           "(.*?)\\n?\\[/quote\\]"),
            QRegularExpression::DotMatchesEverythingOption);
    QStringList parts;
    qsizetype last = 0;
    auto it = quote.globalMatch(raw);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString before = raw.mid(last, m.capturedStart() - last).trimmed();
        if (!before.isEmpty())
            parts << linkMentions(forum, cmarkToHtml(before));
        parts << quoteAside(m.captured(1), m.captured(2).toInt(), m.captured(3).toInt(),
                            cmarkToHtml(m.captured(4)));
        last = m.capturedEnd();
    }
    const QString rest = raw.mid(last).trimmed();
    if (!rest.isEmpty())
        parts << linkMentions(forum, cmarkToHtml(rest));
    return parts.join(u'\n');
}

QString topicTitleFor(Lang lang, quint64 seed)
{
    const Phrasebook &book = Phrasebook::forLanguage(lang);
    Rng r(seed);
    const QString &tmpl = r.pick(book.titleTemplates);
    QString noun = r.pick(book.nouns);
    const QString &context = r.pick(book.contexts);
    const QString &extra = r.chance(0.5) ? r.pick(versions()) : r.pick(countries());
    if (tmpl.startsWith(QLatin1String("%1")) && lang != Lang::Ar)
        noun[0] = noun[0].toUpper();
    QString title = QString(tmpl).replace(QLatin1String("%1"), noun);
    title.replace(QLatin1String("%2"), context);
    title.replace(QLatin1String("%3"), extra);
    return title;
}

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString avatarTemplate(const QString &username)
{
    static const char *colors[] = {"e47774", "8c91ba", "b19c9b", "a8b989", "9de0ad",
                                   "dbd5ee", "5f8cd3", "f0a56e", "d0aa25", "3ab54a"};
    // FNV-1a, not qHash: the colour must be the same on every machine and run.
    quint32 h = 2166136261u;
    for (const char c : username.toUtf8())
        h = (h ^ quint8(c)) * 16777619u;
    const QChar first = username.isEmpty() ? u'x' : username.at(0).toLower();
    return QStringLiteral("/letter_avatar_proxy/v4/letter/%1/%2/{size}.png")
            .arg(first)
            .arg(QLatin1String(colors[h % 10]));
}

QString slugify(const QString &title)
{
    QString out;
    bool dash = false;
    for (const QChar c : title.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += c.toLower();
            dash = false;
        } else if (c.isSpace() || c == u'-' || c == u'_' || c == u'/' || c == u'.') {
            dash = true;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue; // a combining accent: "é" became "e" + mark
        } else if (c.unicode() >= 128) {
            dash = true;
        }
    }
    if (out.size() > 80)
        out = out.left(80);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("topic") : out;
}

QString fancyTitle(const QString &title)
{
    QString out = htmlEscape(title);
    out.replace(QStringLiteral("&#39;"), QStringLiteral("&rsquo;"));
    out.replace(QStringLiteral("’"), QStringLiteral("&rsquo;"));
    return out;
}

QString plainText(const QString &cookedHtml)
{
    static const QRegularExpression asides(
            QStringLiteral("<aside.*?</aside>|<pre.*?</pre>|<div class=\"meta\">.*?</div>"),
            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = cookedHtml;
    text.remove(asides);
    text.remove(tags);
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.replace(spaces, QStringLiteral(" ")).trimmed();
}

} // namespace devserver
