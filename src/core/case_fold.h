// Text folded for matching without regard to case, in every script (ICU's full case folding:
// "UMEÅ" and "umeå" fold alike, "Straße" like "STRASSE"). SQLite's LOWER() folds ASCII only, so
// searches that must treat Å like å compare texts folded here, on both backends.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace samla {

// `text` (UTF-8) case-folded; invalid UTF-8 is folded as ICU reads it (replacement characters).
std::string fold_case(std::string_view text);

// The words of a search `query` folded (runs of letters and digits; other characters, LIKE's %
// and _ among them, separate words), each as a LIKE pattern that matches it anywhere in a
// folded column: "Umeå, plan" → {"%umeå%", "%plan%"}.
std::vector<std::string> folded_like_patterns(std::string_view query);

}  // namespace samla
