// ISO 3166-1 countries with English and Swedish names from maintained sources: the code list
// from Debian's iso-codes (the ISO 3166 maintenance agency's list), the names from ICU's CLDR
// data. Nothing here is typed by hand.
#pragma once

#include <vector>

#include "register/model.h"

namespace samla::registry {

// Every current ISO 3166-1 country. Reads /usr/share/iso-codes/json/iso_3166-1.json (or
// $SAMLA_ISO_CODES); falls back to ICU's own region list when that file is absent.
std::vector<Country> iso_countries();

}  // namespace samla::registry
