// The register's profiles (register/profiles.h) of the stakeholders the analysis looks at.
#pragma once

#include <map>

#include "analysis/model.h"
#include "core/result.h"
#include "register/profiles.h"
#include "storage/database.h"

namespace samla::analysis::store {

using registry::IdSelect;
using registry::load_profiles;
using registry::profile_of;

// The profiles of every assessed stakeholder.
Result<std::map<Subject, Profile>> assessed_profiles(storage::Session& s);

}  // namespace samla::analysis::store
