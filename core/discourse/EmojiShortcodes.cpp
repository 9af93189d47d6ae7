#include "CookedHtml.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace outpost::discourse {

namespace {

// The shortcodes people use most on Discourse forums (Discourse's default "twitter" set names)
// and their Unicode code points, sorted by name (byte order). Discourse draws emoji as
// images whose alt is the shortcode; everything not listed here stays ":shortcode:".
struct EmojiEntry
{
    std::string_view name;
    char32_t codePoint;
};

constexpr EmojiEntry emojiTable[] = {
        {"+1", 0x1F44D},
        {"-1", 0x1F44E},
        {"100", 0x1F4AF},
        {"alarm_clock", 0x23F0},
        {"angry", 0x1F620},
        {"arrow_down", 0x2B07},
        {"arrow_left", 0x2B05},
        {"arrow_right", 0x27A1},
        {"arrow_up", 0x2B06},
        {"astonished", 0x1F632},
        {"ballot_box_with_check", 0x2611},
        {"bar_chart", 0x1F4CA},
        {"beers", 0x1F37B},
        {"bell", 0x1F514},
        {"blue_heart", 0x1F499},
        {"blush", 0x1F60A},
        {"book", 0x1F4D6},
        {"bookmark", 0x1F516},
        {"books", 0x1F4DA},
        {"boom", 0x1F4A5},
        {"broken_heart", 0x1F494},
        {"bulb", 0x1F4A1},
        {"cake", 0x1F370},
        {"calendar", 0x1F4C6},
        {"chart_with_downwards_trend", 0x1F4C9},
        {"chart_with_upwards_trend", 0x1F4C8},
        {"clap", 0x1F44F},
        {"clipboard", 0x1F4CB},
        {"cloud", 0x2601},
        {"coffee", 0x2615},
        {"computer", 0x1F4BB},
        {"confetti_ball", 0x1F38A},
        {"confused", 0x1F615},
        {"cool", 0x1F192},
        {"crossed_fingers", 0x1F91E},
        {"cry", 0x1F622},
        {"dart", 0x1F3AF},
        {"date", 0x1F4C5},
        {"disappointed", 0x1F61E},
        {"earth_africa", 0x1F30D},
        {"earth_americas", 0x1F30E},
        {"earth_asia", 0x1F30F},
        {"email", 0x1F4E7},
        {"envelope", 0x2709},
        {"exclamation", 0x2757},
        {"exploding_head", 0x1F92F},
        {"expressionless", 0x1F611},
        {"eyes", 0x1F440},
        {"face_with_monocle", 0x1F9D0},
        {"face_with_raised_eyebrow", 0x1F928},
        {"facepalm", 0x1F926},
        {"fearful", 0x1F628},
        {"fire", 0x1F525},
        {"flushed", 0x1F633},
        {"frowning", 0x1F626},
        {"gear", 0x2699},
        {"ghost", 0x1F47B},
        {"gift", 0x1F381},
        {"globe_with_meridians", 0x1F310},
        {"green_circle", 0x1F7E2},
        {"green_heart", 0x1F49A},
        {"grey_question", 0x2754},
        {"grimacing", 0x1F62C},
        {"grin", 0x1F601},
        {"grinning", 0x1F600},
        {"hammer", 0x1F528},
        {"handshake", 0x1F91D},
        {"handshake_tone", 0x1F91D},
        {"heart", 0x2764},
        {"heart_eyes", 0x1F60D},
        {"heavy_check_mark", 0x2714},
        {"heavy_heart_exclamation", 0x2763},
        {"heavy_minus_sign", 0x2796},
        {"heavy_multiplication_x", 0x2716},
        {"heavy_plus_sign", 0x2795},
        {"hospital", 0x1F3E5},
        {"hourglass", 0x231B},
        {"hugging", 0x1F917},
        {"hugging_face", 0x1F917},
        {"hugs", 0x1F917},
        {"hushed", 0x1F62F},
        {"inbox_tray", 0x1F4E5},
        {"information_source", 0x2139},
        {"innocent", 0x1F607},
        {"iphone", 0x1F4F1},
        {"joy", 0x1F602},
        {"key", 0x1F511},
        {"kissing_heart", 0x1F618},
        {"large_blue_circle", 0x1F535},
        {"laughing", 0x1F606},
        {"link", 0x1F517},
        {"lock", 0x1F512},
        {"loudspeaker", 0x1F4E2},
        {"mag", 0x1F50D},
        {"man_technologist", 0x1F468},
        {"mask", 0x1F637},
        {"medal_sports", 0x1F3C5},
        {"mega", 0x1F4E3},
        {"memo", 0x1F4DD},
        {"microscope", 0x1F52C},
        {"muscle", 0x1F4AA},
        {"nerd_face", 0x1F913},
        {"neutral_face", 0x1F610},
        {"new", 0x1F195},
        {"no_entry", 0x26D4},
        {"no_entry_sign", 0x1F6AB},
        {"ok", 0x1F197},
        {"ok_hand", 0x1F44C},
        {"open_mouth", 0x1F62E},
        {"outbox_tray", 0x1F4E4},
        {"package", 0x1F4E6},
        {"paperclip", 0x1F4CE},
        {"partying_face", 0x1F973},
        {"pencil2", 0x270F},
        {"pensive", 0x1F614},
        {"pill", 0x1F48A},
        {"point_down", 0x1F447},
        {"point_left", 0x1F448},
        {"point_right", 0x1F449},
        {"point_up", 0x261D},
        {"point_up_2", 0x1F446},
        {"poop", 0x1F4A9},
        {"pray", 0x1F64F},
        {"purple_heart", 0x1F49C},
        {"pushpin", 0x1F4CC},
        {"question", 0x2753},
        {"rage", 0x1F621},
        {"raised_hands", 0x1F64C},
        {"raising_hand", 0x1F64B},
        {"red_circle", 0x1F534},
        {"relieved", 0x1F60C},
        {"robot", 0x1F916},
        {"rocket", 0x1F680},
        {"rofl", 0x1F923},
        {"roll_eyes", 0x1F644},
        {"scream", 0x1F631},
        {"see_no_evil", 0x1F648},
        {"shrug", 0x1F937},
        {"skull", 0x1F480},
        {"sleeping", 0x1F634},
        {"slight_smile", 0x1F642},
        {"slightly_frowning_face", 0x1F641},
        {"slightly_smiling", 0x1F642},
        {"slightly_smiling_face", 0x1F642},
        {"smile", 0x1F604},
        {"smiley", 0x1F603},
        {"smiling_face_with_three_hearts", 0x1F970},
        {"smirk", 0x1F60F},
        {"snowflake", 0x2744},
        {"sob", 0x1F62D},
        {"sos", 0x1F198},
        {"sparkles", 0x2728},
        {"sparkling_heart", 0x1F496},
        {"speech_balloon", 0x1F4AC},
        {"spiral_notepad", 0x1F5D2},
        {"star", 0x2B50},
        {"star2", 0x1F31F},
        {"star_struck", 0x1F929},
        {"stopwatch", 0x23F1},
        {"stuck_out_tongue", 0x1F61B},
        {"stuck_out_tongue_winking_eye", 0x1F61C},
        {"sunglasses", 0x1F60E},
        {"sunny", 0x2600},
        {"sweat", 0x1F613},
        {"sweat_drops", 0x1F4A6},
        {"sweat_smile", 0x1F605},
        {"syringe", 0x1F489},
        {"tada", 0x1F389},
        {"thinking", 0x1F914},
        {"thinking_face", 0x1F914},
        {"thought_balloon", 0x1F4AD},
        {"thumbsdown", 0x1F44E},
        {"thumbsup", 0x1F44D},
        {"tired_face", 0x1F62B},
        {"trophy", 0x1F3C6},
        {"umbrella", 0x2614},
        {"unamused", 0x1F612},
        {"unlock", 0x1F513},
        {"upside_down_face", 0x1F643},
        {"v", 0x270C},
        {"warning", 0x26A0},
        {"wave", 0x1F44B},
        {"weary", 0x1F629},
        {"white_check_mark", 0x2705},
        {"wink", 0x1F609},
        {"woman_technologist", 0x1F469},
        {"worried", 0x1F61F},
        {"wrench", 0x1F527},
        {"writing_hand", 0x270D},
        {"x", 0x274C},
        {"yellow_heart", 0x1F49B},
        {"yum", 0x1F60B},
        {"zap", 0x26A1},
        {"zipper_mouth_face", 0x1F910},
};

void appendCodePoint(QString &out, char32_t codePoint)
{
    if (codePoint < 0x10000) {
        out.append(QChar(char16_t(codePoint)));
    } else {
        out.append(QChar(QChar::highSurrogate(codePoint)));
        out.append(QChar(QChar::lowSurrogate(codePoint)));
    }
}

} // namespace

QString CookedHtml::emojiForShortcode(QStringView shortcode)
{
    QStringView name = shortcode.trimmed();
    if (name.startsWith(u':'))
        name = name.sliced(1);
    if (name.endsWith(u':'))
        name.chop(1);
    // Skin tones: "+1:t3" -> the base emoji and modifier U+1F3FB + (3 - 2).
    char32_t toneModifier = 0;
    if (name.size() > 3 && name[name.size() - 3] == u':' && name[name.size() - 2] == u't') {
        const char16_t tone = name.back().unicode();
        if (tone >= u'2' && tone <= u'6')
            toneModifier = 0x1F3FB + (tone - u'2');
        name.chop(3);
    }
    constexpr qsizetype longest = 40;
    if (name.isEmpty() || name.size() > longest)
        return {};
    char key[longest];
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (c >= 0x80)
            return {};
        key[i] = char(c);
    }
    const std::string_view wanted(key, size_t(name.size()));
    const auto it = std::lower_bound(
            std::begin(emojiTable), std::end(emojiTable), wanted,
            [](const EmojiEntry &entry, std::string_view k) { return entry.name < k; });
    if (it == std::end(emojiTable) || it->name != wanted)
        return {};
    QString out;
    appendCodePoint(out, it->codePoint);
    if (toneModifier) {
        appendCodePoint(out, toneModifier);
    } else if (it->codePoint < 0x10000) {
        out.append(QChar(0xFE0F)); // emoji presentation for symbols that default to text
    }
    return out;
}

} // namespace outpost::discourse
