// What the register says about the stakeholders the analysis looks at (name, organisation,
// country, sector, perspectives, expertise), read in a few set-based queries.
#pragma once

#include <map>
#include <string>

#include "analysis/model.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::analysis::store {

// The profiles of the people whose ids `person_ids` (a SELECT of one id column, with
// `person_params`) yields, and of the organisations `organisation_ids` yields.
struct ProfileQuery {
  std::string person_ids;
  storage::Params person_params;
  std::string organisation_ids;
  storage::Params organisation_params;
};
Result<std::map<Subject, Profile>> load_profiles(storage::Session& s, const ProfileQuery& query);

// The profiles of every assessed stakeholder.
Result<std::map<Subject, Profile>> assessed_profiles(storage::Session& s);

// One stakeholder's profile; not_found when no such person or organisation exists.
Result<Profile> profile_of(storage::Session& s, const Subject& subject);

}  // namespace samla::analysis::store
