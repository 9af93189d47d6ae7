#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace outpost::store {

class Database;

// The FTS5 tokenizer of the search index, registered as "outpost_fold" on every cache
// connection. It splits text into runs of Unicode letters, digits and marks, and folds each
// run so that what people type finds what was written:
//   - case folding ("DHIS2" = "dhis2"),
//   - compatibility decomposition (ligatures, full-width forms, Arabic presentation forms),
//   - diacritics dropped ("café" = "cafe", "Ação" = "acao", "São" = "sao"), limited to the
//     combining marks that are accents in Latin, Greek, Cyrillic, Arabic and Hebrew; vowel
//     signs of Indic and other scripts are letters there and are kept,
//   - Arabic normalised: أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ی ک → ي ك, harakat and tatweel
//     dropped, Arabic-Indic digits → 0-9.
// Token offsets are byte offsets into the original UTF-8 text, so snippet() and highlight()
// show the text as written, accents and all.
class FoldingTokenizer
{
public:
    static constexpr const char *name = "outpost_fold";
    // Bump when the folding rules change: caches rebuild their index when it differs.
    static constexpr int version = 1;

    struct Token
    {
        QByteArray folded; // UTF-8
        int start = 0;     // byte offsets into the input
        int end = 0;
    };

    // Registers the tokenizer on a connection. Throws StoreError.
    static void registerWith(Database &db);

    static QList<Token> tokenize(const QByteArray &utf8);
    // The folded terms of `text`, as the index would store them.
    static QStringList terms(QStringView text);

    // Low level entry point shared by FTS5 and the C++ helpers: calls callback for every token,
    // stops and returns its result when it is not 0. Never throws.
    using EmitFunction = int (*)(void *context, const char *token, int size, int start, int end);
    static int run(const char *text, int size, void *context, EmitFunction callback) noexcept;
};

} // namespace outpost::store
