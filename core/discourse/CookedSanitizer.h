#pragma once

// Internal to core/discourse: the handler behind CookedHtml::sanitizeForDisplay(). Element
// dispatch and output live in CookedSanitizer.cpp; what Discourse adds to posts (images and
// lightboxes, quotes, oneboxes) and tables in CookedEmbeds.cpp.

#include "CookedHtml.h"
#include "HtmlTree.h"

namespace outpost::discourse::cooked {

using html::Frame;
using html::Tag;
using html::Token;

enum FrameFlag : quint32
{
    SkipRoot = 1u << 0,
    OneboxRoot = 1u << 1,
    LightboxMeta = 1u << 2,
    CaptureTitle = 1u << 3,
    CaptureDomain = 1u << 4,
    CaptureDescription = 1u << 5,
    CaptureInformation = 1u << 6,
    QuoteAside = 1u << 7,
    QuoteInnerUnwrapped = 1u << 8,
    QuoteLevel = 1u << 9,
    TableFrame = 1u << 10,
    LinkFrame = 1u << 11,
    LightboxLink = 1u << 12,
    SummaryFrame = 1u << 13,
    Emitted = 1u << 14, // we wrote a start tag; frame.data holds the Tag to close
};

constexpr qsizetype maxCapture = 300;

struct TableState
{
    bool emitted = false;
    int rows = 0;
    int skippedRows = 0;
};

class Sanitizer
{
public:
    Sanitizer(qsizetype inputSize, const SanitizeOptions &options);

    SanitizedHtml result();

    bool stopped() const { return m_result.truncated; }

    void text(const Token &token, Frame *);

    void voidElement(const Token &token, Frame *);

    void open(const Token &token, Frame &frame, Frame *parent);

    void close(Frame &frame, Frame *);

private:
    bool write(QStringView markup);
    bool write(QLatin1StringView markup);

    bool write(const QString &markup) { return write(QStringView(markup)); }

    // Closing tags are written even after the cut, so the output stays balanced.
    void writeClosing(QLatin1StringView markup) { m_out += markup; }

    void writeText(QStringView text);

    void openElement(Frame &frame, Tag outTag, const QString &attributes);

    void skip(Frame &frame);

    static QString blockAttributes(const Token &token);

    // Markdown tables align cells with style="text-align: right"; that one declaration is
    // kept, as an align attribute. Nothing else of a style attribute survives.
    static QString alignAttribute(const Token &token);

    static QString startAttribute(const Token &token);

    void openLink(const Token &token, Frame &frame);

    void writeImage(const Token &token);

    static QString imageLabel(const QString &alt, int width, int height);

    void applyLightboxInformation();

    void openQuote(const Token &token, Frame &frame);

    void openQuoteLevel(Frame &frame, QLatin1StringView attributes);

    void startOnebox(const Token &token, Frame &frame, bool video);

    void openInsideSkipped(const Token &token, Frame &frame);

    void captureText(QStringView raw);

    void writeOnebox();

    void openTable(Frame &frame);

    void openRow(Frame &frame);

    void openCell(const Token &token, Frame &frame, Frame *parent);

    struct OneboxCapture
    {
        bool active = false;
        QString url;
        QString title;
        QString domain;
        QString description;
    };

    const SanitizeOptions &m_options;
    SanitizedHtml m_result;
    QString m_out;
    QString m_scratch;
    int m_depth = 0;
    int m_skipDepth = 0;
    int m_quoteDepth = 0;
    bool m_linkOpen = false;
    bool m_inLightbox = false;
    QString m_lightboxFullUrl;
    int m_lightboxImage = -1;
    QString m_information;
    OneboxCapture m_onebox;
    int m_captureTitleDepth = 0;
    int m_captureDomainDepth = 0;
    int m_captureDescriptionDepth = 0;
    int m_captureInformationDepth = 0;
    QVarLengthArray<TableState, 4> m_tables;
};

} // namespace outpost::discourse::cooked
