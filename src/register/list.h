// Filtered, sorted, cursor-paginated lists of people and organisations.
#pragma once

#include "register/service.h"

namespace samla::registry {

// People matching `filter`, as `viewer` may see them. Filtering by lived experience is
// refused (forbidden) for viewers who may not see special-category data.
// With a CountCache the page's total may come from it.
Result<Page<Person>> list_people(storage::Session& s, const PersonFilter& filter,
                                 const Viewer& viewer, CountCache* counts = nullptr);
Result<Page<Organisation>> list_organisations(storage::Session& s, const OrganisationFilter& filter,
                                              const Viewer& viewer, CountCache* counts = nullptr);

}  // namespace samla::registry
