// The two languages samla speaks, and language-aware sorting through ICU.
#pragma once

#include <string>
#include <string_view>

namespace samla {

enum class Language { en, sv };

// "en" or "sv".
std::string_view language_code(Language language);

// Picks the language from `lang=` (if given) or an Accept-Language header value, honouring
// q-values; English when neither names Swedish or English.
Language negotiate_language(std::string_view lang_param, std::string_view accept_language);

// An ICU collation sort key for `text` in `language`, hex-encoded so that comparing two keys
// byte by byte (SQL BINARY / COLLATE "C") orders the texts as the language does: in Swedish
// z < å < ä < ö, in English å sorts with a. Case and accents are secondary differences.
std::string collation_key(std::string_view text, Language language);

}  // namespace samla
