#include "analysis/profiles.h"

#include "storage/row_reader.h"

namespace samla::analysis::store {

Result<std::map<Subject, Profile>> load_profiles(storage::Session& s, const ProfileQuery& q) {
  std::map<Subject, Profile> out;
  const std::string people_in = " IN (" + q.person_ids + ")";
  SAMLA_ASSIGN(auto people,
               s.query("SELECT p.id, p.name, o.name, p.country, o.sector, p.email FROM people p "
                       "LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id" +
                           people_in,
                       q.person_params));
  for (const auto& r : people)
    out[{Subject::Kind::person, r.integer(0)}] =
        Profile{r.text(1), r.optional_text(2), r.optional_text(3), r.optional_text(4), {},
                {},        r.optional_text(5)};
  if (!people.empty()) {
    SAMLA_ASSIGN(auto perspectives,
                 s.query("SELECT person_id, perspective FROM person_perspectives WHERE person_id" +
                             people_in + " ORDER BY person_id, perspective",
                         q.person_params));
    for (const auto& r : perspectives)
      out[{Subject::Kind::person, r.integer(0)}].perspectives.push_back(r.text(1));
    SAMLA_ASSIGN(auto themes, s.query("SELECT pt.person_id, t.slug FROM person_themes pt "
                                      "JOIN themes t ON t.id = pt.theme_id WHERE pt.person_id" +
                                          people_in + " ORDER BY pt.person_id, t.slug",
                                      q.person_params));
    for (const auto& r : themes)
      out[{Subject::Kind::person, r.integer(0)}].themes.push_back(r.text(1));
  }
  SAMLA_ASSIGN(auto organisations,
               s.query("SELECT id, name, country, sector FROM organisations WHERE id IN (" +
                           q.organisation_ids + ")",
                       q.organisation_params));
  for (const auto& r : organisations) {
    Profile p;
    storage::read_columns(r, 1, p.name, p.country, p.sector);
    out[{Subject::Kind::organisation, r.integer(0)}] = std::move(p);
  }
  return out;
}

Result<std::map<Subject, Profile>> assessed_profiles(storage::Session& s) {
  return load_profiles(s, {"SELECT person_id FROM assessments WHERE person_id IS NOT NULL",
                           {},
                           "SELECT organisation_id FROM assessments "
                           "WHERE organisation_id IS NOT NULL",
                           {}});
}

Result<Profile> profile_of(storage::Session& s, const Subject& subject) {
  const bool person = subject.kind == Subject::Kind::person;
  storage::Params id{subject.id};
  storage::Params none{std::int64_t{0}};  // ids start at 1
  const char* one = "SELECT CAST(? AS BIGINT)";
  SAMLA_ASSIGN(auto found, load_profiles(s, {one, person ? id : none, one, person ? none : id}));
  auto it = found.find(subject);
  if (it == found.end())
    return make_error(ErrorCode::not_found,
                      std::string("no ") + (person ? "person" : "organisation") + " has this id");
  return it->second;
}

}  // namespace samla::analysis::store
