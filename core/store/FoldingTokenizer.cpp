#include "store/FoldingTokenizer.h"

#include "store/Database.h"
#include "store/StoreError.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>

#include <sqlite3.h>

#include <array>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>

using namespace Qt::StringLiterals;

namespace outpost::store {

namespace {

// A folded token longer than this is cut (identically at index and query time); such
// "words" are hashes or run-together garbage, not something people search for.
constexpr int kMaxTokenBytes = 256;

// ASCII: 0 for a separator, else the lowercase byte.
constexpr std::array<unsigned char, 128> makeAsciiTable()
{
    std::array<unsigned char, 128> table{};
    for (int c = '0'; c <= '9'; ++c)
        table[size_t(c)] = static_cast<unsigned char>(c);
    for (int c = 'a'; c <= 'z'; ++c)
        table[size_t(c)] = static_cast<unsigned char>(c);
    for (int c = 'A'; c <= 'Z'; ++c)
        table[size_t(c)] = static_cast<unsigned char>(c - 'A' + 'a');
    return table;
}
constexpr std::array<unsigned char, 128> kAscii = makeAsciiTable();

bool isDroppedMark(char32_t cp)
{
    // Accents of Latin/Greek/Cyrillic (after decomposition), Arabic harakat and Quranic
    // annotation signs, Hebrew points.
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
           (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
           (cp >= 0xFE20 && cp <= 0xFE2F) || (cp >= 0x0610 && cp <= 0x061A) ||
           (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x06D6 && cp <= 0x06DC) ||
           (cp >= 0x06DF && cp <= 0x06E4) || cp == 0x06E7 || cp == 0x06E8 ||
           (cp >= 0x06EA && cp <= 0x06ED) || (cp >= 0x08D3 && cp <= 0x08FF) ||
           (cp >= 0x0591 && cp <= 0x05BD) || cp == 0x05BF || cp == 0x05C1 || cp == 0x05C2 ||
           cp == 0x05C4 || cp == 0x05C5 || cp == 0x05C7;
}

// Part of a word but contributes nothing: tatweel, zero-width (non-)joiner (inside Persian
// words), soft hyphen.
bool isInvisibleInWord(char32_t cp)
{
    return cp == 0x0640 || cp == 0x200C || cp == 0x200D || cp == 0x00AD;
}

bool isWordCharacter(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return isInvisibleInWord(cp);
    }
}

// Letters with no Unicode decomposition that people commonly type without the stroke.
const char32_t *specialFold(char32_t cp)
{
    switch (cp) {
    case 0x00DF: // ß
        return U"ss";
    case 0x00E6: // æ
        return U"ae";
    case 0x0153: // œ
        return U"oe";
    case 0x00F8: // ø
        return U"o";
    case 0x0142: // ł
        return U"l";
    case 0x0111: // đ
        return U"d";
    case 0x0127: // ħ
        return U"h";
    case 0x0131: // dotless ı
        return U"i";
    default:
        return nullptr;
    }
}

char32_t arabicFold(char32_t cp)
{
    switch (cp) {
    case 0x0622: // آ (normally decomposed already; kept for safety)
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ alef wasla
    case 0x0672:
    case 0x0673:
    case 0x0675:
        return 0x0627; // ا
    case 0x0649:       // ى alef maksura
    case 0x06CC:       // Persian yeh
        return 0x064A; // ي
    case 0x0629:       // ة teh marbuta
        return 0x0647; // ه
    case 0x06A9:       // Persian keheh
        return 0x0643; // ك
    default:
        break;
    }
    if (cp >= 0x0660 && cp <= 0x0669)
        return U'0' + (cp - 0x0660);
    if (cp >= 0x06F0 && cp <= 0x06F9)
        return U'0' + (cp - 0x06F0);
    return cp;
}

void fold(char32_t cp, std::u32string &out, int depth)
{
    if (depth > 6) { // decompositions are shallow; this only guards against surprises
        out.push_back(cp);
        return;
    }
    const bool hangulSyllable = cp >= 0xAC00 && cp <= 0xD7A3;
    if (!hangulSyllable) {
        const QString decomposed = QChar::decomposition(cp);
        if (!decomposed.isEmpty()) {
            for (char32_t part : decomposed.toUcs4())
                fold(part, out, depth + 1);
            return;
        }
    }
    const char32_t folded = QChar::toCaseFolded(cp);
    if (folded != cp) {
        fold(folded, out, depth + 1);
        return;
    }
    if (isDroppedMark(cp) || isInvisibleInWord(cp))
        return;
    if (const char32_t *special = specialFold(cp)) {
        out.append(special);
        return;
    }
    const char32_t arabic = arabicFold(cp);
    if (arabic != cp) {
        out.push_back(arabic);
        return;
    }
    // Compatibility decompositions can bring in spaces or punctuation (U+FDFA, "½"): they
    // must not end up inside a token.
    if (isWordCharacter(cp))
        out.push_back(cp);
}

void appendUtf8(char32_t cp, std::string &out)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

// The folding of one code point: whether it belongs to a word, and the UTF-8 it becomes.
void computeFolding(char32_t cp, bool &word, std::string &utf8)
{
    word = isWordCharacter(cp);
    utf8.clear();
    if (!word)
        return;
    std::u32string folded;
    fold(cp, folded, 0);
    for (char32_t c : folded)
        appendUtf8(c, utf8);
}

// Foldings of the Basic Multilingual Plane, computed 256 code points at a time on first use
// and shared by all connections for the life of the process.
struct FoldEntry
{
    quint32 offset = 0;
    quint8 size = 0;
    bool word = false;
};

struct FoldBlock
{
    std::array<FoldEntry, 256> entries;
    std::string bytes;
};

std::array<std::atomic<const FoldBlock *>, 256> g_blocks{};
std::array<std::unique_ptr<FoldBlock>, 256> g_blockStorage;
std::mutex g_blockMutex;

const FoldBlock &blockFor(char32_t cp)
{
    const size_t index = cp >> 8;
    if (const FoldBlock *block = g_blocks[index].load(std::memory_order_acquire))
        return *block;
    std::lock_guard lock(g_blockMutex);
    if (const FoldBlock *block = g_blocks[index].load(std::memory_order_relaxed))
        return *block;
    auto block = std::make_unique<FoldBlock>();
    std::string utf8;
    for (char32_t low = 0; low < 256; ++low) {
        const char32_t c = char32_t(index << 8) | low;
        bool word = false;
        if (c < 0xD800 || c > 0xDFFF)
            computeFolding(c, word, utf8);
        else
            utf8.clear();
        FoldEntry &entry = block->entries[low];
        entry.word = word;
        entry.offset = quint32(block->bytes.size());
        entry.size = quint8(std::min<size_t>(utf8.size(), 255));
        block->bytes.append(utf8, 0, entry.size);
    }
    const FoldBlock *published = block.get();
    g_blockStorage[index] = std::move(block);
    g_blocks[index].store(published, std::memory_order_release);
    return *published;
}

// Decodes one UTF-8 sequence at text[i]. Returns its length, or 0 when it is malformed.
int decodeUtf8(const unsigned char *text, int size, int i, char32_t &cp)
{
    const unsigned char lead = text[i];
    int length = 0;
    char32_t min = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1F;
        min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0F;
        min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    for (int k = 1; k < length; ++k) {
        const unsigned char next = text[i + k];
        if ((next & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (next & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return length;
}

// Classifies the character at text[i]: returns its byte length (0 when malformed), whether it
// is part of a word, and the folded bytes to append.
struct Folded
{
    int length = 0;
    bool word = false;
    const char *bytes = nullptr;
    int size = 0;
};

Folded classify(const unsigned char *text, int size, int i, std::string &scratch)
{
    Folded result;
    const unsigned char c = text[i];
    if (c < 0x80) {
        result.length = 1;
        result.word = kAscii[c] != 0;
        result.bytes = reinterpret_cast<const char *>(&kAscii[c]);
        result.size = 1;
        return result;
    }
    char32_t cp = 0;
    result.length = decodeUtf8(text, size, i, cp);
    if (result.length == 0)
        return result;
    if (cp < 0x10000) {
        const FoldBlock &block = blockFor(cp);
        const FoldEntry &entry = block.entries[cp & 0xFF];
        result.word = entry.word;
        result.bytes = block.bytes.data() + entry.offset;
        result.size = entry.size;
        return result;
    }
    // Outside the BMP (emoji, rare scripts, mathematical letters): rare enough to fold on
    // the spot.
    computeFolding(cp, result.word, scratch);
    result.bytes = scratch.data();
    result.size = int(scratch.size());
    return result;
}

// --- FTS5 glue ------------------------------------------------------------------------------

struct Fts5Context
{
    void *sqliteContext;
    int (*xToken)(void *, int, const char *, int, int, int);
};

int emitToFts5(void *context, const char *token, int size, int start, int end)
{
    auto *fts = static_cast<Fts5Context *>(context);
    return fts->xToken(fts->sqliteContext, 0, token, size, start, end);
}

char g_tokenizerInstance; // the tokenizer has no per-table state

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(&g_tokenizerInstance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) {}

int tokenizeForFts5(Fts5Tokenizer *, void *context, int, const char *text, int size,
                    int (*xToken)(void *, int, const char *, int, int, int))
{
    Fts5Context fts{context, xToken};
    return FoldingTokenizer::run(text, size, &fts, emitToFts5);
}

fts5_api *fts5ApiOf(Database &db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    // Preparing reads the schema: a file that is not a database fails here, and that error
    // (not "no FTS5") is the one to report.
    const int rc = sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &stmt, nullptr);
    if (rc != SQLITE_OK && sqlite3_errmsg(db.handle()) &&
        QByteArray(sqlite3_errmsg(db.handle())).contains("no such function")) {
        return nullptr;
    }
    if (rc != SQLITE_OK)
        db.throwError(rc);
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    const int stepped = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (stepped != SQLITE_ROW && stepped != SQLITE_DONE)
        db.throwError(stepped);
    return api;
}

} // namespace

int FoldingTokenizer::run(const char *text, int size, void *context, EmitFunction callback) noexcept
{
    try {
        const auto *bytes = reinterpret_cast<const unsigned char *>(text);
        std::string scratch;
        char token[kMaxTokenBytes];
        int i = 0;
        while (i < size) {
            const Folded first = classify(bytes, size, i, scratch);
            if (first.length == 0) {
                ++i; // malformed byte: a separator
                continue;
            }
            if (!first.word) {
                i += first.length;
                continue;
            }
            const int start = i;
            int used = 0;
            auto append = [&](const Folded &part) {
                if (part.size > 0 && used + part.size <= kMaxTokenBytes) {
                    std::memcpy(token + used, part.bytes, size_t(part.size));
                    used += part.size;
                }
            };
            append(first);
            i += first.length;
            while (i < size) {
                // Plain ASCII letters are the bulk of most text: no function call for them.
                const unsigned char next = bytes[i];
                if (next < 0x80) {
                    if (!kAscii[next])
                        break;
                    if (used < kMaxTokenBytes)
                        token[used++] = char(kAscii[next]);
                    ++i;
                    continue;
                }
                const Folded part = classify(bytes, size, i, scratch);
                if (part.length == 0 || !part.word)
                    break;
                append(part);
                i += part.length;
            }
            if (used > 0) {
                const int rc = callback(context, token, used, start, i);
                if (rc != 0)
                    return rc;
            }
        }
        return SQLITE_OK;
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM;
    } catch (...) {
        return SQLITE_ERROR;
    }
}

void FoldingTokenizer::registerWith(Database &db)
{
    fts5_api *api = fts5ApiOf(db);
    if (!api || api->iVersion < 2) {
        throw StoreError(StoreErrorKind::Internal,
                         QCoreApplication::translate(
                                 "outpost::store",
                                 "This copy of SQLite has no full-text search (FTS5), which "
                                 "Outpost needs."),
                         u"fts5_api unavailable"_s);
    }
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenizeForFts5};
    const int rc = api->xCreateTokenizer(api, name, nullptr, &tokenizer, nullptr);
    if (rc != SQLITE_OK)
        throw StoreError::fromSqliteCode(rc, db.path(), u"registering the FTS5 tokenizer"_s);
}

QList<FoldingTokenizer::Token> FoldingTokenizer::tokenize(const QByteArray &utf8)
{
    QList<Token> tokens;
    run(utf8.constData(), int(utf8.size()), &tokens,
        [](void *context, const char *token, int size, int start, int end) {
            static_cast<QList<Token> *>(context)->append({QByteArray(token, size), start, end});
            return 0;
        });
    return tokens;
}

QStringList FoldingTokenizer::terms(QStringView text)
{
    QStringList result;
    const QList<Token> tokens = tokenize(text.toUtf8());
    result.reserve(tokens.size());
    for (const Token &token : tokens)
        result.append(QString::fromUtf8(token.folded));
    return result;
}

} // namespace outpost::store
