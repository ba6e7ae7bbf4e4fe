#include "core/utf8.h"

namespace samla {
namespace {

// The length of the well-formed sequence at s[i] and its code point, or 0 when there is none.
std::size_t next_code_point(std::string_view s, std::size_t i, char32_t& code) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t extra = 0;
  char32_t min = 0;
  if (c < 0x80) {
    code = c;
    return 1;
  } else if ((c & 0xE0) == 0xC0) {
    extra = 1, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    extra = 2, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    extra = 3, min = 0x10000;
  } else {
    return 0;
  }
  if (i + extra >= s.size()) return 0;
  code = c & (0x3F >> extra);
  for (std::size_t k = 1; k <= extra; ++k) {
    const auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    code = (code << 6) | (cc & 0x3F);
  }
  if (code < min || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) return 0;
  return extra + 1;
}

}  // namespace

std::size_t invalid_utf8_at(std::string_view s) {
  char32_t code = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t length = next_code_point(s, i, code);
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

std::optional<std::u32string> decode_utf8(std::string_view s) {
  std::u32string out;
  char32_t code = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t length = next_code_point(s, i, code);
    if (length == 0) return std::nullopt;
    out.push_back(code);
    i += length;
  }
  return out;
}

}  // namespace samla
