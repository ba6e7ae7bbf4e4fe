// Text folded for matching without regard to case, in every script (ICU's full case folding:
// "UMEÅ" and "umeå" fold alike, "Straße" like "STRASSE"). SQLite's LOWER() folds ASCII only, so
// searches that must treat Å like å compare texts folded here, on both backends.
#pragma once

#include <string>
#include <string_view>

namespace samla {

// `text` (UTF-8) case-folded; invalid UTF-8 is folded as ICU reads it (replacement characters).
std::string fold_case(std::string_view text);

}  // namespace samla
