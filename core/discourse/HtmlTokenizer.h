#pragma once

// A small, tolerant HTML tokenizer for Discourse's cooked HTML (and whatever else ends up in
// it). It follows the HTML5 tokenizer where that matters for safety and robustness: unclosed
// and misnested tags, attributes in every quoting style, comments (also unterminated),
// <!DOCTYPE>/CDATA/<? ...> as bogus comments, raw-text elements (<script>, <style>, ...), and
// a '<' that starts no tag stays text. It never looks back: time is linear in the input and
// the only allocations are the token's attribute list (reused between tokens).
//
// Text and attribute values are views into the input with entities still encoded; use
// appendDecoded()/decoded() to resolve them.

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace outpost::discourse::html {

// The elements we treat specially. Anything else is Tag::Other (its name is in Token::name).
enum class Tag : quint8
{
    Other,
    A,
    Abbr,
    Address,
    Applet,
    Area,
    Article,
    Aside,
    Audio,
    B,
    Base,
    Bdi,
    Bdo,
    Big,
    Blockquote,
    Body,
    Br,
    Button,
    Canvas,
    Caption,
    Center,
    Cite,
    Code,
    Col,
    Colgroup,
    Dd,
    Del,
    Details,
    Dfn,
    Dialog,
    Div,
    Dl,
    Dt,
    Em,
    Embed,
    Fieldset,
    Figcaption,
    Figure,
    Font,
    Footer,
    Form,
    Frame,
    Frameset,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Head,
    Header,
    Hr,
    Html,
    I,
    Iframe,
    Img,
    Input,
    Ins,
    Kbd,
    Label,
    Legend,
    Li,
    Link,
    Main,
    Map,
    Mark,
    Math,
    Menu,
    Meta,
    Nav,
    Noembed,
    Noframes,
    Noscript,
    Object,
    Ol,
    Optgroup,
    Option,
    P,
    Param,
    Picture,
    Plaintext,
    Pre,
    Q,
    Rp,
    Rt,
    Ruby,
    S,
    Samp,
    Script,
    Section,
    Select,
    Small,
    Source,
    Span,
    Strike,
    Strong,
    Style,
    Sub,
    Summary,
    Sup,
    Svg,
    Table,
    Tbody,
    Td,
    Template,
    Textarea,
    Tfoot,
    Th,
    Thead,
    Time,
    Title,
    Tr,
    Track,
    Tt,
    U,
    Ul,
    Var,
    Video,
    Wbr,
    Xmp,
    Count_
};

// Case-insensitive; Tag::Other for names we do not know.
Tag tagFromName(QStringView name);
// The lower-case name of a known tag (empty for Tag::Other).
QLatin1StringView tagName(Tag tag);
// Elements that never have content or an end tag (<br>, <img>, ...).
bool isVoid(Tag tag);

struct Attribute
{
    QStringView name;     // as written (compare with nameIs())
    QStringView rawValue; // entities not yet decoded
    bool nameIs(QLatin1StringView lowerCaseName) const;
    QString value() const; // decoded
};

struct Token
{
    enum class Type
    {
        Text,     // `text` holds the raw text (entities encoded, unless rawText)
        StartTag, // `tag`, `name`, `attributes`, `selfClosing`
        EndTag,   // `tag`, `name`
        Comment,  // `text` holds the comment's content
    };

    Type type = Type::Text;
    Tag tag = Tag::Other;
    QStringView name;
    QStringView text;
    bool rawText = false; // text of <script>, <style>, <textarea>, ...: no entities, no markup
    bool selfClosing = false;
    QVarLengthArray<Attribute, 8> attributes;

    // The first attribute of that (lower-case) name, or nullptr.
    const Attribute *attribute(QLatin1StringView lowerCaseName) const;
    // Whether the class attribute lists `className` (whole word, case-sensitive like CSS).
    bool hasClass(QLatin1StringView className) const;
};

class Tokenizer
{
public:
    // Attributes past this many on one tag are scanned but dropped (a hostile tag may carry
    // millions).
    static constexpr qsizetype maxAttributes = 64;

    explicit Tokenizer(QStringView input)
        : m_input(input)
    {}

    // Reads the next token into `token` (whose storage is reused). False at the end.
    bool next(Token &token);

    qsizetype position() const { return m_pos; }

private:
    bool readTag(Token &token, qsizetype start);
    bool readRawText(Token &token);
    void readBogusComment(Token &token, qsizetype contentStart);

    QStringView m_input;
    qsizetype m_pos = 0;
    Tag m_rawTextTag = Tag::Other; // set after a start tag whose content is raw text
    QStringView m_rawTextName;
};

// Appends `text` with character references resolved (named, decimal and hex; invalid code
// points become U+FFFD; unknown names stay as written).
void appendDecoded(QString &out, QStringView text);
QString decoded(QStringView text);

// Decodes the character reference that starts at text[pos] == '&'. Returns the number of
// input characters it used (0 if it is not a reference) and appends its characters to `out`.
qsizetype decodeReferenceAt(QStringView text, qsizetype pos, QString &out);

// Escapes &, <, > (and " for attribute values) for HTML output.
void appendEscaped(QString &out, QStringView text, bool forAttribute = false);

} // namespace outpost::discourse::html
