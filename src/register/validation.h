// Normalising and checking register records before they are written. Checks here need no
// database; references (organisation, country, themes) are checked by store.cc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "register/model.h"

namespace samla::registry {

// Trims text, turns blank optional text into null, lower-cases e-mail, language and tag
// values, and sorts and de-duplicates list fields.
void normalise(Organisation& o);
void normalise(Person& p);
void normalise(Theme& t);
void normalise(CountryGroup& g);

std::vector<FieldError> check(const Organisation& o,
                              SectorAndLevel sector_and_level = SectorAndLevel::required);
std::vector<FieldError> check(const Person& p);
std::vector<FieldError> check(const Theme& t);
std::vector<FieldError> check(const CountryGroup& g);

// The longest a person's notes may be, in characters.
inline constexpr std::size_t kMaxPersonNotes = 20000;

// Counts code points, so the limits mean characters, not bytes, in Swedish too.
std::size_t length_utf8(std::string_view s);

// Leading and trailing white space removed.
std::string trim(std::string_view text);

}  // namespace samla::registry
