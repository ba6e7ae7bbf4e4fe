#include "live/code.h"

#include <sodium.h>

#include <cctype>

namespace samla::live {

std::string new_join_code() {
  std::string code;
  for (std::size_t i = 0; i < kCodeLength; ++i)
    code.push_back(kCodeAlphabet[randombytes_uniform(static_cast<uint32_t>(kCodeAlphabet.size()))]);
  return code;
}

std::string normalise_join_code(std::string_view typed) {
  std::string code;
  for (char c : typed) {
    if (c == ' ' || c == '-' || c == '\t') continue;
    if (code.size() == kCodeLength) return "";
    const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (kCodeAlphabet.find(upper) == std::string_view::npos) return "";
    code.push_back(upper);
  }
  return code.size() == kCodeLength ? code : "";
}

}  // namespace samla::live
