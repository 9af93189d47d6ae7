#include "HtmlTokenizer.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace outpost::discourse::html {

namespace {

// Generated from the Tag enum: names in enum order, then sorted for lookup.
constexpr QLatin1StringView tagNames[] = {
        QLatin1StringView(""),           QLatin1StringView("a"),
        QLatin1StringView("abbr"),       QLatin1StringView("address"),
        QLatin1StringView("applet"),     QLatin1StringView("area"),
        QLatin1StringView("article"),    QLatin1StringView("aside"),
        QLatin1StringView("audio"),      QLatin1StringView("b"),
        QLatin1StringView("base"),       QLatin1StringView("bdi"),
        QLatin1StringView("bdo"),        QLatin1StringView("big"),
        QLatin1StringView("blockquote"), QLatin1StringView("body"),
        QLatin1StringView("br"),         QLatin1StringView("button"),
        QLatin1StringView("canvas"),     QLatin1StringView("caption"),
        QLatin1StringView("center"),     QLatin1StringView("cite"),
        QLatin1StringView("code"),       QLatin1StringView("col"),
        QLatin1StringView("colgroup"),   QLatin1StringView("dd"),
        QLatin1StringView("del"),        QLatin1StringView("details"),
        QLatin1StringView("dfn"),        QLatin1StringView("dialog"),
        QLatin1StringView("div"),        QLatin1StringView("dl"),
        QLatin1StringView("dt"),         QLatin1StringView("em"),
        QLatin1StringView("embed"),      QLatin1StringView("fieldset"),
        QLatin1StringView("figcaption"), QLatin1StringView("figure"),
        QLatin1StringView("font"),       QLatin1StringView("footer"),
        QLatin1StringView("form"),       QLatin1StringView("frame"),
        QLatin1StringView("frameset"),   QLatin1StringView("h1"),
        QLatin1StringView("h2"),         QLatin1StringView("h3"),
        QLatin1StringView("h4"),         QLatin1StringView("h5"),
        QLatin1StringView("h6"),         QLatin1StringView("head"),
        QLatin1StringView("header"),     QLatin1StringView("hr"),
        QLatin1StringView("html"),       QLatin1StringView("i"),
        QLatin1StringView("iframe"),     QLatin1StringView("img"),
        QLatin1StringView("input"),      QLatin1StringView("ins"),
        QLatin1StringView("kbd"),        QLatin1StringView("label"),
        QLatin1StringView("legend"),     QLatin1StringView("li"),
        QLatin1StringView("link"),       QLatin1StringView("main"),
        QLatin1StringView("map"),        QLatin1StringView("mark"),
        QLatin1StringView("math"),       QLatin1StringView("menu"),
        QLatin1StringView("meta"),       QLatin1StringView("nav"),
        QLatin1StringView("noembed"),    QLatin1StringView("noframes"),
        QLatin1StringView("noscript"),   QLatin1StringView("object"),
        QLatin1StringView("ol"),         QLatin1StringView("optgroup"),
        QLatin1StringView("option"),     QLatin1StringView("p"),
        QLatin1StringView("param"),      QLatin1StringView("picture"),
        QLatin1StringView("plaintext"),  QLatin1StringView("pre"),
        QLatin1StringView("q"),          QLatin1StringView("rp"),
        QLatin1StringView("rt"),         QLatin1StringView("ruby"),
        QLatin1StringView("s"),          QLatin1StringView("samp"),
        QLatin1StringView("script"),     QLatin1StringView("section"),
        QLatin1StringView("select"),     QLatin1StringView("small"),
        QLatin1StringView("source"),     QLatin1StringView("span"),
        QLatin1StringView("strike"),     QLatin1StringView("strong"),
        QLatin1StringView("style"),      QLatin1StringView("sub"),
        QLatin1StringView("summary"),    QLatin1StringView("sup"),
        QLatin1StringView("svg"),        QLatin1StringView("table"),
        QLatin1StringView("tbody"),      QLatin1StringView("td"),
        QLatin1StringView("template"),   QLatin1StringView("textarea"),
        QLatin1StringView("tfoot"),      QLatin1StringView("th"),
        QLatin1StringView("thead"),      QLatin1StringView("time"),
        QLatin1StringView("title"),      QLatin1StringView("tr"),
        QLatin1StringView("track"),      QLatin1StringView("tt"),
        QLatin1StringView("u"),          QLatin1StringView("ul"),
        QLatin1StringView("var"),        QLatin1StringView("video"),
        QLatin1StringView("wbr"),        QLatin1StringView("xmp"),
};

struct NamedTag
{
    const char *name;
    Tag tag;
};

constexpr NamedTag tagsByName[] = {
        {"a", Tag::A},
        {"abbr", Tag::Abbr},
        {"address", Tag::Address},
        {"applet", Tag::Applet},
        {"area", Tag::Area},
        {"article", Tag::Article},
        {"aside", Tag::Aside},
        {"audio", Tag::Audio},
        {"b", Tag::B},
        {"base", Tag::Base},
        {"bdi", Tag::Bdi},
        {"bdo", Tag::Bdo},
        {"big", Tag::Big},
        {"blockquote", Tag::Blockquote},
        {"body", Tag::Body},
        {"br", Tag::Br},
        {"button", Tag::Button},
        {"canvas", Tag::Canvas},
        {"caption", Tag::Caption},
        {"center", Tag::Center},
        {"cite", Tag::Cite},
        {"code", Tag::Code},
        {"col", Tag::Col},
        {"colgroup", Tag::Colgroup},
        {"dd", Tag::Dd},
        {"del", Tag::Del},
        {"details", Tag::Details},
        {"dfn", Tag::Dfn},
        {"dialog", Tag::Dialog},
        {"div", Tag::Div},
        {"dl", Tag::Dl},
        {"dt", Tag::Dt},
        {"em", Tag::Em},
        {"embed", Tag::Embed},
        {"fieldset", Tag::Fieldset},
        {"figcaption", Tag::Figcaption},
        {"figure", Tag::Figure},
        {"font", Tag::Font},
        {"footer", Tag::Footer},
        {"form", Tag::Form},
        {"frame", Tag::Frame},
        {"frameset", Tag::Frameset},
        {"h1", Tag::H1},
        {"h2", Tag::H2},
        {"h3", Tag::H3},
        {"h4", Tag::H4},
        {"h5", Tag::H5},
        {"h6", Tag::H6},
        {"head", Tag::Head},
        {"header", Tag::Header},
        {"hr", Tag::Hr},
        {"html", Tag::Html},
        {"i", Tag::I},
        {"iframe", Tag::Iframe},
        {"img", Tag::Img},
        {"input", Tag::Input},
        {"ins", Tag::Ins},
        {"kbd", Tag::Kbd},
        {"label", Tag::Label},
        {"legend", Tag::Legend},
        {"li", Tag::Li},
        {"link", Tag::Link},
        {"main", Tag::Main},
        {"map", Tag::Map},
        {"mark", Tag::Mark},
        {"math", Tag::Math},
        {"menu", Tag::Menu},
        {"meta", Tag::Meta},
        {"nav", Tag::Nav},
        {"noembed", Tag::Noembed},
        {"noframes", Tag::Noframes},
        {"noscript", Tag::Noscript},
        {"object", Tag::Object},
        {"ol", Tag::Ol},
        {"optgroup", Tag::Optgroup},
        {"option", Tag::Option},
        {"p", Tag::P},
        {"param", Tag::Param},
        {"picture", Tag::Picture},
        {"plaintext", Tag::Plaintext},
        {"pre", Tag::Pre},
        {"q", Tag::Q},
        {"rp", Tag::Rp},
        {"rt", Tag::Rt},
        {"ruby", Tag::Ruby},
        {"s", Tag::S},
        {"samp", Tag::Samp},
        {"script", Tag::Script},
        {"section", Tag::Section},
        {"select", Tag::Select},
        {"small", Tag::Small},
        {"source", Tag::Source},
        {"span", Tag::Span},
        {"strike", Tag::Strike},
        {"strong", Tag::Strong},
        {"style", Tag::Style},
        {"sub", Tag::Sub},
        {"summary", Tag::Summary},
        {"sup", Tag::Sup},
        {"svg", Tag::Svg},
        {"table", Tag::Table},
        {"tbody", Tag::Tbody},
        {"td", Tag::Td},
        {"template", Tag::Template},
        {"textarea", Tag::Textarea},
        {"tfoot", Tag::Tfoot},
        {"th", Tag::Th},
        {"thead", Tag::Thead},
        {"time", Tag::Time},
        {"title", Tag::Title},
        {"tr", Tag::Tr},
        {"track", Tag::Track},
        {"tt", Tag::Tt},
        {"u", Tag::U},
        {"ul", Tag::Ul},
        {"var", Tag::Var},
        {"video", Tag::Video},
        {"wbr", Tag::Wbr},
        {"xmp", Tag::Xmp},
};

static_assert(std::size(tagNames) == std::size_t(Tag::Count_));

} // namespace

Tag tagFromName(QStringView name)
{
    constexpr qsizetype longest = 10; // "blockquote", "figcaption"
    if (name.isEmpty() || name.size() > longest)
        return Tag::Other;
    char lower[longest];
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (c >= 0x80)
            return Tag::Other;
        lower[i] = char(c >= u'A' && c <= u'Z' ? c + 0x20 : c);
    }
    const std::string_view key(lower, size_t(name.size()));
    const auto it = std::lower_bound(std::begin(tagsByName), std::end(tagsByName), key,
                                     [](const NamedTag &entry, std::string_view k) {
                                         return std::string_view(entry.name) < k;
                                     });
    if (it == std::end(tagsByName) || std::string_view(it->name) != key)
        return Tag::Other;
    return it->tag;
}

QLatin1StringView tagName(Tag tag)
{
    const auto index = std::size_t(tag);
    return index < std::size(tagNames) ? tagNames[index] : QLatin1StringView();
}

bool isVoid(Tag tag)
{
    switch (tag) {
    case Tag::Area:
    case Tag::Base:
    case Tag::Br:
    case Tag::Col:
    case Tag::Embed:
    case Tag::Hr:
    case Tag::Img:
    case Tag::Input:
    case Tag::Link:
    case Tag::Meta:
    case Tag::Param:
    case Tag::Source:
    case Tag::Track:
    case Tag::Wbr:
        return true;
    default:
        return false;
    }
}

} // namespace outpost::discourse::html
