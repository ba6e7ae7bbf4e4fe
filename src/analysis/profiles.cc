#include "analysis/profiles.h"

namespace samla::analysis::store {

Result<std::map<Subject, Profile>> assessed_profiles(storage::Session& s) {
  registry::ProfileQuery q;
  q.people = IdSelect{"SELECT person_id FROM assessments WHERE person_id IS NOT NULL", {}};
  q.organisations =
      IdSelect{"SELECT organisation_id FROM assessments WHERE organisation_id IS NOT NULL", {}};
  return load_profiles(s, q);
}

}  // namespace samla::analysis::store
