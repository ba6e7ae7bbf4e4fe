#include "core/case_fold.h"

#include <cctype>

#include <unicode/unistr.h>

namespace samla {

std::string fold_case(std::string_view text) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  unicode.foldCase();
  std::string out;
  unicode.toUTF8String(out);
  return out;
}

std::vector<std::string> folded_like_patterns(std::string_view query) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back("%" + fold_case(word) + "%");
    word.clear();
  };
  for (char c : query) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80)
      word.push_back(c);
    else
      flush();
  }
  flush();
  return out;
}

}  // namespace samla
