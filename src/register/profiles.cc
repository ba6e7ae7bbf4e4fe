#include "register/profiles.h"

#include "privacy/consent.h"
#include "storage/row_reader.h"

namespace samla::registry {
namespace {

using storage::Params;
using storage::Session;

// The conditions of `q` on people (alias p) or organisations (alias o), as " AND …" clauses
// with their parameters.
struct Where {
  std::string sql;
  Params params;

  void add(const std::string& clause, const Params& more) {
    sql += " AND " + clause;
    params.insert(params.end(), more.begin(), more.end());
  }
};

Where conditions(const ProfileQuery& q, bool people) {
  const char* alias = people ? "p" : "o";
  Where w;
  if (q.country_group)
    w.add(std::string(alias) +
              ".country IN (SELECT m.country FROM country_group_members m JOIN country_groups g "
              "ON g.id = m.group_id WHERE g.slug = ?)",
          {*q.country_group});
  if (q.theme) {
    const std::string with_theme =
        "SELECT pt.person_id FROM person_themes pt JOIN themes t ON t.id = pt.theme_id "
        "WHERE t.slug = ?";
    w.add(people ? "p.id IN (" + with_theme + ")"
                 : "o.id IN (SELECT organisation_id FROM people WHERE id IN (" + with_theme + "))",
          {*q.theme});
  }
  if (people && q.without_network_withdrawals)
    w.add("NOT " + privacy::network_withdrawn_sql("p.id"), {});
  const auto& only = people ? q.people : q.organisations;
  if (only) w.add(std::string(alias) + ".id IN (" + only->sql + ")", only->params);
  return w;
}

bool none_wanted(const std::optional<IdSelect>& only) {
  return only && only->sql.empty();
}

Status load_people(Session& s, const ProfileQuery& q, std::map<StakeholderRef, Profile>& out) {
  if (none_wanted(q.people)) return ok_status();
  const Where w = conditions(q, true);
  SAMLA_ASSIGN(auto people,
               s.query("SELECT p.id, p.name, o.name, p.country, o.sector, p.email FROM people p "
                       "LEFT JOIN organisations o ON o.id = p.organisation_id WHERE 1 = 1" +
                           w.sql,
                       w.params));
  if (people.empty()) return ok_status();
  for (const auto& r : people) {
    Profile& p = out[{StakeholderRef::Kind::person, r.integer(0)}];
    storage::read_columns(r, 1, p.name, p.organisation_name, p.country, p.sector, p.email);
  }
  // Only the people read above: the same conditions, as a subquery on `column`.
  auto of_chosen = [&](const std::string& column) {
    return w.sql.empty()
               ? std::string()
               : " WHERE " + column + " IN (SELECT p.id FROM people p WHERE 1 = 1" + w.sql + ")";
  };
  auto person = [&](std::int64_t id) -> Profile* {
    auto it = out.find({StakeholderRef::Kind::person, id});
    return it == out.end() ? nullptr : &it->second;
  };
  SAMLA_ASSIGN(auto perspectives,
               s.query("SELECT person_id, perspective FROM person_perspectives" +
                           of_chosen("person_id") + " ORDER BY person_id, perspective",
                       w.params));
  for (const auto& r : perspectives)
    if (Profile* p = person(r.integer(0))) p->perspectives.push_back(r.text(1));
  SAMLA_ASSIGN(auto themes,
               s.query("SELECT pt.person_id, t.slug FROM person_themes pt JOIN themes "
                       "t ON t.id = pt.theme_id" +
                           of_chosen("pt.person_id") + " ORDER BY pt.person_id, t.slug",
                       w.params));
  for (const auto& r : themes)
    if (Profile* p = person(r.integer(0))) p->themes.push_back(r.text(1));
  return ok_status();
}

Status load_organisations(Session& s, const ProfileQuery& q,
                          std::map<StakeholderRef, Profile>& out) {
  if (none_wanted(q.organisations)) return ok_status();
  const Where w = conditions(q, false);
  SAMLA_ASSIGN(auto rows, s.query("SELECT o.id, o.name, o.country, o.sector FROM organisations o "
                                  "WHERE 1 = 1" +
                                      w.sql,
                                  w.params));
  for (const auto& r : rows) {
    Profile& p = out[{StakeholderRef::Kind::organisation, r.integer(0)}];
    storage::read_columns(r, 1, p.name, p.country, p.sector);
  }
  return ok_status();
}

}  // namespace

Result<std::map<StakeholderRef, Profile>> load_profiles(Session& s, const ProfileQuery& query) {
  std::map<StakeholderRef, Profile> out;
  SAMLA_TRY(load_people(s, query, out));
  SAMLA_TRY(load_organisations(s, query, out));
  return out;
}

Result<Profile> profile_of(Session& s, const StakeholderRef& stakeholder) {
  const bool person = stakeholder.kind == StakeholderRef::Kind::person;
  const IdSelect one{"SELECT CAST(? AS BIGINT)", {stakeholder.id}};
  ProfileQuery q;
  q.people = person ? one : IdSelect{};
  q.organisations = person ? IdSelect{} : one;
  SAMLA_ASSIGN(auto found, load_profiles(s, q));
  auto it = found.find(stakeholder);
  if (it == found.end()) return make_error(ErrorCode::not_found, Msg::no_such_profile);
  return it->second;
}

}  // namespace samla::registry
