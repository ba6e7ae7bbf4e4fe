#include "core/language.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <vector>

namespace samla {
namespace {

// ICU collators are expensive to create and not thread-safe to share for all calls, so each
// thread keeps its own pair.
icu::Collator& collator_for(Language language) {
  thread_local std::unique_ptr<icu::Collator> collators[2];
  auto& slot = collators[language == Language::sv ? 1 : 0];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale =
        language == Language::sv ? icu::Locale("sv", "SE") : icu::Locale("en", "GB");
    slot.reset(icu::Collator::createInstance(locale, status));
    if (U_FAILURE(status) || !slot) std::abort();  // ICU data missing: a broken install
    slot->setStrength(icu::Collator::TERTIARY);
  }
  return *slot;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

std::string_view language_code(Language language) {
  return language == Language::sv ? "sv" : "en";
}

Language negotiate_language(std::string_view lang_param, std::string_view accept_language) {
  std::string param = lower_ascii(lang_param);
  if (param.rfind("sv", 0) == 0) return Language::sv;
  if (param.rfind("en", 0) == 0) return Language::en;
  // Accept-Language: "sv-SE,sv;q=0.9,en;q=0.8"; the highest q among sv and en wins.
  double best_q = -1;
  Language best = Language::en;
  std::string header = lower_ascii(accept_language);
  std::size_t start = 0;
  while (start <= header.size()) {
    std::size_t end = header.find(',', start);
    if (end == std::string::npos) end = header.size();
    std::string item = header.substr(start, end - start);
    start = end + 1;
    item.erase(std::remove(item.begin(), item.end(), ' '), item.end());
    double q = 1.0;
    std::size_t semi = item.find(";q=");
    std::string tag = item.substr(0, semi);
    if (semi != std::string::npos) q = std::atof(item.c_str() + semi + 3);
    if (q <= 0) continue;  // q=0 means "not acceptable" (RFC 9110 §12.4.2)
    Language candidate;
    if (tag.rfind("sv", 0) == 0)
      candidate = Language::sv;
    else if (tag.rfind("en", 0) == 0)
      candidate = Language::en;
    else
      continue;
    if (q > best_q) {
      best_q = q;
      best = candidate;
    }
  }
  return best;
}

std::string collation_key(std::string_view text, Language language) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::Collator& collator = collator_for(language);
  std::vector<uint8_t> key(64);
  int32_t length = collator.getSortKey(unicode, key.data(), static_cast<int32_t>(key.size()));
  if (length > static_cast<int32_t>(key.size())) {
    key.resize(static_cast<std::size_t>(length));
    length = collator.getSortKey(unicode, key.data(), length);
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  // The key ends with a 0 byte; it carries no order information.
  std::size_t n = length > 0 ? static_cast<std::size_t>(length - 1) : 0;
  hex.reserve(n * 2);
  for (std::size_t i = 0; i < n; ++i) {
    hex.push_back(kHex[key[i] >> 4]);
    hex.push_back(kHex[key[i] & 0xf]);
  }
  return hex;
}

}  // namespace samla
