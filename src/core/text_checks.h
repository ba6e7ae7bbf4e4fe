// The checks every capability makes of a text a client wrote: not blank, not longer than its
// limit in characters (Unicode code points, as people count them, not bytes).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace samla {

std::size_t character_count(std::string_view text);
bool is_blank(std::string_view text);

// A field error on `field` when `text` is blank (not_empty) or longer than `max` characters.
void check_text(const std::string& field, const std::string& text, std::size_t max,
                std::vector<FieldError>& errors);
// The same for a text that may be empty.
void check_optional_text(const std::string& field, const std::string& text, std::size_t max,
                         std::vector<FieldError>& errors);

// Whether `code` is a two-letter ISO 639-1 language code that ICU knows ("sv", "en", "se" for
// Northern Sami; not "xx").
bool is_language_code(const std::string& code);

// A field error (date_format) on `field` when `day` is given but is not a day written
// YYYY-MM-DD; whether it is one (false when absent).
bool check_optional_day(std::vector<FieldError>& errors, const std::string& field,
                        const std::optional<std::string>& day);

}  // namespace samla
