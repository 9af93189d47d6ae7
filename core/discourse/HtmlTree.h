#pragma once

// Internal to core/discourse: turns the token stream into balanced open/close events, the way
// a browser would for the markup Discourse produces. Misnested and unclosed tags are repaired
// with the HTML5 rules that matter for cooked posts (implied </p>, </li>, </td>, </tr>, a new
// <a> closing an open one), end tags without a matching open element are ignored, and every
// element that was opened is closed exactly once, at the latest at the end of the input.
//
// Depth is capped: elements past maxDepth are not reported (their text still is), so hostile
// nesting costs neither stack nor quadratic time.

#include "HtmlTokenizer.h"

#include <array>
#include <initializer_list>

namespace outpost::discourse::html {

struct Frame
{
    Tag tag = Tag::Other;
    QStringView name;  // as written; used to match end tags of unknown elements
    quint32 flags = 0; // free for the handler
    qint32 data = 0;   // free for the handler
};

// Handler:
//   void open(const Token &startTag, Frame &frame, Frame *parent);
//   void close(Frame &frame, Frame *parent);          // once for every open()
//   void voidElement(const Token &startTag, Frame *parent);
//   void text(const Token &text, Frame *parent);      // also raw text (token.rawText)
//   bool stopped() const;                             // true ends the walk early
template <typename Handler>
void walkHtml(QStringView html, Handler &handler, qsizetype maxDepth = 256)
{
    QVarLengthArray<Frame, 64> stack;
    std::array<int, std::size_t(Tag::Count_)> openCount{};
    qsizetype overflow = 0;

    auto parentAt = [&](qsizetype index) -> Frame * {
        return index > 0 ? &stack[index - 1] : nullptr;
    };
    auto top = [&]() -> Frame * { return stack.isEmpty() ? nullptr : &stack.last(); };
    auto closeFrom = [&](qsizetype index) {
        while (stack.size() > index) {
            Frame &frame = stack.last();
            handler.close(frame, parentAt(stack.size() - 1));
            --openCount[std::size_t(frame.tag)];
            stack.removeLast();
        }
    };
    auto contains = [](std::initializer_list<Tag> tags, Tag tag) {
        for (Tag t : tags) {
            if (t == tag)
                return true;
        }
        return false;
    };
    // Closes the nearest open element of `targets` unless a `boundaries` element comes first.
    // Looks at most 32 levels down: implied closes happen near the top in real markup, and
    // the bound keeps hostile input linear.
    auto closeNearest = [&](std::initializer_list<Tag> targets,
                            std::initializer_list<Tag> boundaries) {
        bool anyOpen = false;
        for (Tag t : targets)
            anyOpen = anyOpen || openCount[std::size_t(t)] > 0;
        if (!anyOpen)
            return;
        const qsizetype lowest = std::max<qsizetype>(0, stack.size() - 32);
        for (qsizetype i = stack.size() - 1; i >= lowest; --i) {
            if (contains(targets, stack[i].tag)) {
                closeFrom(i);
                return;
            }
            if (contains(boundaries, stack[i].tag))
                return;
        }
    };
    auto closesParagraph = [](Tag tag) {
        switch (tag) {
        case Tag::Address:
        case Tag::Article:
        case Tag::Aside:
        case Tag::Blockquote:
        case Tag::Center:
        case Tag::Details:
        case Tag::Dialog:
        case Tag::Div:
        case Tag::Dl:
        case Tag::Fieldset:
        case Tag::Figcaption:
        case Tag::Figure:
        case Tag::Footer:
        case Tag::Form:
        case Tag::Header:
        case Tag::Main:
        case Tag::Menu:
        case Tag::Nav:
        case Tag::Ol:
        case Tag::P:
        case Tag::Section:
        case Tag::Summary:
        case Tag::Ul:
        case Tag::H1:
        case Tag::H2:
        case Tag::H3:
        case Tag::H4:
        case Tag::H5:
        case Tag::H6:
        case Tag::Pre:
        case Tag::Table:
        case Tag::Hr:
        case Tag::Li:
        case Tag::Dd:
        case Tag::Dt:
        case Tag::Plaintext:
        case Tag::Xmp:
            return true;
        default:
            return false;
        }
    };
    auto isHeading = [](Tag tag) {
        return tag == Tag::H1 || tag == Tag::H2 || tag == Tag::H3 || tag == Tag::H4 ||
               tag == Tag::H5 || tag == Tag::H6;
    };

    Tokenizer tokenizer(html);
    Token token;
    while (!handler.stopped() && tokenizer.next(token)) {
        switch (token.type) {
        case Token::Type::Text:
            handler.text(token, top());
            break;
        case Token::Type::Comment:
            break;
        case Token::Type::StartTag: {
            const Tag tag = token.tag;
            if (closesParagraph(tag))
                closeNearest({Tag::P}, {Tag::Td, Tag::Th, Tag::Table, Tag::Caption, Tag::Button,
                                        Tag::Object, Tag::Template, Tag::Html});
            switch (tag) {
            case Tag::Li:
                closeNearest({Tag::Li},
                             {Tag::Ul, Tag::Ol, Tag::Menu, Tag::Table, Tag::Td, Tag::Th});
                break;
            case Tag::Dt:
            case Tag::Dd:
                closeNearest({Tag::Dt, Tag::Dd}, {Tag::Dl, Tag::Table, Tag::Td, Tag::Th});
                break;
            case Tag::Td:
            case Tag::Th:
                closeNearest({Tag::Td, Tag::Th}, {Tag::Tr, Tag::Table});
                break;
            case Tag::Tr:
                closeNearest({Tag::Tr}, {Tag::Table, Tag::Thead, Tag::Tbody, Tag::Tfoot});
                break;
            case Tag::Thead:
            case Tag::Tbody:
            case Tag::Tfoot:
                closeNearest({Tag::Thead, Tag::Tbody, Tag::Tfoot}, {Tag::Table});
                break;
            case Tag::A:
                closeNearest({Tag::A}, {Tag::Td, Tag::Th, Tag::Table, Tag::Object});
                break;
            default:
                if (isHeading(tag) && !stack.isEmpty() && isHeading(stack.last().tag))
                    closeFrom(stack.size() - 1);
                break;
            }
            if (isVoid(tag)) {
                handler.voidElement(token, top());
                break;
            }
            if (stack.size() >= maxDepth) {
                ++overflow;
                break;
            }
            stack.append(Frame{tag, token.name, 0, 0});
            ++openCount[std::size_t(tag)];
            handler.open(token, stack.last(), parentAt(stack.size() - 1));
            // Self-closing syntax only means something for elements we do not know (and
            // foreign content such as SVG, which handlers drop as a whole).
            if (token.selfClosing && tag == Tag::Other)
                closeFrom(stack.size() - 1);
            break;
        }
        case Token::Type::EndTag: {
            const Tag tag = token.tag;
            if (tag == Tag::Br) { // "</br>" is a line break in every browser
                handler.voidElement(token, top());
                break;
            }
            if (overflow > 0) {
                --overflow;
                break;
            }
            if (openCount[std::size_t(tag)] == 0)
                break;
            for (qsizetype i = stack.size() - 1; i >= 0; --i) {
                const Frame &frame = stack[i];
                if (frame.tag == tag &&
                    (tag != Tag::Other ||
                     frame.name.compare(token.name, Qt::CaseInsensitive) == 0)) {
                    closeFrom(i);
                    break;
                }
            }
            break;
        }
        }
    }
    closeFrom(0);
}

} // namespace outpost::discourse::html
