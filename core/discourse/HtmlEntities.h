#pragma once

// Internal to core/discourse: the named character reference table of the HTML tokenizer.

#include <optional>
#include <string_view>

namespace outpost::discourse::html {

// The code point of a named reference ("amp" -> '&'), case-sensitive like HTML.
std::optional<char32_t> namedEntity(std::string_view name);
// Whether a reference may appear without its ';' ("&amp" in old hand-written HTML).
bool isLegacyEntityWithoutSemicolon(std::string_view name);

} // namespace outpost::discourse::html
