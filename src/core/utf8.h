// Reading UTF-8 strictly: overlong forms, surrogates and values past U+10FFFF are not UTF-8.
// One decoder for the places that must refuse bad bytes themselves (a CSV file's line, an
// upload's file name) rather than let ICU replace them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace samla {

// The offset of the first byte that is not well-formed UTF-8, or npos.
std::size_t invalid_utf8_at(std::string_view s);

// The code points of `s`, or nullopt when it is not well-formed UTF-8.
std::optional<std::u32string> decode_utf8(std::string_view s);

}  // namespace samla
