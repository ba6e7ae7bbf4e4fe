// Reading list filters from a request's query string, shared by lists and exports.
#pragma once

#include "http/api.h"
#include "register/service.h"

namespace samla::registry {

// The people filter of ?country=&country_group=&sector=&perspective=&theme=&tag=
// &organisation=&q=&sort=&limit=&cursor=; malformed values are field errors.
Result<PersonFilter> person_filter_from(const http::Request& r);
// The organisation filter of
// ?country=&country_group=&sector=&level=&parent=&q=&sort=&limit=&cursor=.
Result<OrganisationFilter> organisation_filter_from(const http::Request& r);

}  // namespace samla::registry
