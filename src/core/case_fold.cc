#include "core/case_fold.h"

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

}  // namespace samla
