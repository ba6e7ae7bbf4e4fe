#include <unicode/unistr.h>

#include <algorithm>
#include <map>

#include "core/clock.h"
#include "register/json.h"
#include "register/store.h"
#include "register/store_internal.h"
#include "register/validation.h"
#include "storage/versioned.h"

namespace samla::registry::store {
namespace {

using storage::Session;

constexpr const char* kSelectGroup =
    "SELECT id, created_at, updated_at, version, slug, name, description FROM country_groups ";

Status load_members(Session& s, std::vector<CountryGroup>& groups) {
  if (groups.empty()) return ok_status();
  std::map<std::int64_t, CountryGroup*> by_id;
  storage::Params ids;
  for (auto& g : groups) {
    by_id[g.meta.id] = &g;
    ids.emplace_back(g.meta.id);
  }
  SAMLA_ASSIGN(auto rows,
               s.query("SELECT group_id, country FROM country_group_members WHERE group_id IN (" +
                           detail::placeholders(ids.size()) + ") ORDER BY country",
                       ids));
  for (const auto& r : rows) by_id[r.integer(0)]->countries.push_back(r.text(1));
  return ok_status();
}

Result<std::vector<CountryGroup>> read_groups(Session& s, const std::string& where,
                                              const storage::Params& params) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectGroup) + where, params));
  std::vector<CountryGroup> out;
  for (const auto& r : rows)
    out.push_back(CountryGroup{detail::read_meta(r, 0), r.text(4), r.text(5), r.text(6), {}});
  SAMLA_TRY(load_members(s, out));
  return out;
}

Result<CountryGroup> prepare(Session& s, CountryGroup g, std::optional<std::int64_t> self_id) {
  normalise(g);
  auto errors = check(g);
  if (!errors.empty()) return invalid_fields(std::move(errors));
  for (const auto& code : g.countries) {
    SAMLA_ASSIGN(auto rows, s.query("SELECT 1 FROM countries WHERE code = ?", {code}));
    if (rows.empty())
      errors.emplace_back("countries", Msg::unknown_country, MessageParams{{"value", code}});
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  SAMLA_ASSIGN(auto same, find_country_group(s, g.slug));
  if (same && (!self_id || same->meta.id != *self_id))
    return Error(ErrorCode::conflict, Msg::country_group_slug_taken,
                 {FieldError("slug", Msg::already_used)});
  return g;
}

Status write_members(Session& s, std::int64_t id, const CountryGroup& g) {
  SAMLA_TRY(s.execute("DELETE FROM country_group_members WHERE group_id = ?", {id}));
  for (const auto& code : g.countries)
    SAMLA_TRY(s.execute("INSERT INTO country_group_members (group_id, country) VALUES (?, ?)",
                        {id, code}));
  return ok_status();
}

}  // namespace

Result<std::vector<Country>> list_countries(Session& s, Language language) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT code, alpha3, name_en, name_sv FROM countries"));
  std::vector<std::pair<std::string, Country>> keyed;
  for (const auto& r : rows) {
    Country c{r.text(0), r.text(1), r.text(2), r.text(3)};
    keyed.emplace_back(collation_key(language == Language::sv ? c.name_sv : c.name_en, language),
                       c);
  }
  std::sort(keyed.begin(), keyed.end(), [](auto& a, auto& b) { return a.first < b.first; });
  std::vector<Country> out;
  for (auto& [key, c] : keyed) out.push_back(std::move(c));
  return out;
}

Result<std::string> resolve_country(Session& s, std::string_view text) {
  std::string key = trim(text);
  SAMLA_ASSIGN(
      auto rows,
      s.query("SELECT code FROM countries WHERE upper(code) = upper(?) OR upper(alpha3) = upper(?) "
              "OR lower(name_en) = lower(?) OR name_sv = ? OR lower(name_sv) = lower(?)",
              {key, key, key, key, key}));
  if (rows.empty()) {
    // SQL lower() folds ASCII only on SQLite; compare Swedish names case-insensitively here.
    SAMLA_ASSIGN(auto all, list_countries(s, Language::sv));
    icu::UnicodeString wanted = icu::UnicodeString::fromUTF8(key).foldCase();
    for (const auto& c : all)
      if (icu::UnicodeString::fromUTF8(c.name_sv).foldCase() == wanted ||
          icu::UnicodeString::fromUTF8(c.name_en).foldCase() == wanted)
        return c.code;
    return make_error(ErrorCode::not_found, Msg::unknown_country_key, {{"key", key}});
  }
  return rows.front().text(0);
}

Result<std::vector<CountryGroup>> list_country_groups(Session& s) {
  return read_groups(s, "ORDER BY name", {});
}

Result<CountryGroup> get_country_group(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto groups, read_groups(s, "WHERE id = ?", {id}));
  if (groups.empty())
    return make_error(ErrorCode::not_found, Msg::no_such_country_group,
                      {{"id", std::to_string(id)}});
  return std::move(groups.front());
}

Result<std::optional<CountryGroup>> find_country_group(Session& s, const std::string& slug) {
  SAMLA_ASSIGN(auto groups, read_groups(s, "WHERE slug = ?", {trim(slug)}));
  if (groups.empty()) return std::optional<CountryGroup>{};
  return std::optional<CountryGroup>{std::move(groups.front())};
}

Result<CountryGroup> insert_country_group(Session& s, CountryGroup input,
                                          const access::Principal& actor) {
  SAMLA_ASSIGN(CountryGroup g, prepare(s, std::move(input), std::nullopt));
  std::string at = now_iso8601();
  SAMLA_ASSIGN(auto row,
               s.query_one("INSERT INTO country_groups (slug, name, description, created_at, "
                           "updated_at, version) VALUES (?, ?, ?, ?, ?, 1) RETURNING id",
                           {g.slug, g.name, g.description, at, at}));
  std::int64_t id = row.integer(0);
  SAMLA_TRY(write_members(s, id, g));
  SAMLA_ASSIGN(CountryGroup stored, get_country_group(s, id));
  SAMLA_TRY(access::audit_created(s, detail::kCountryGroupRecord, id, to_json(stored), actor));
  return stored;
}

Result<CountryGroup> update_country_group(Session& s, std::int64_t id, CountryGroup input,
                                          std::optional<std::int64_t> expected_version,
                                          const access::Principal& actor) {
  SAMLA_ASSIGN(CountryGroup before,
               access::read_for_change(s, id, expected_version, detail::kCountryGroupRecord,
                                       get_country_group));
  SAMLA_ASSIGN(CountryGroup g, prepare(s, std::move(input), id));
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE country_groups SET slug = ?, name = ?, description = ?, updated_at = ?, "
      "version = version + 1 WHERE id = ? AND version = ?",
      {g.slug, g.name, g.description, now_iso8601(), id, before.meta.version}, "country group"));
  SAMLA_TRY(write_members(s, id, g));
  SAMLA_ASSIGN(CountryGroup stored, get_country_group(s, id));
  SAMLA_TRY(access::audit_changed(s, detail::kCountryGroupRecord, id, to_json(before),
                                  to_json(stored), actor));
  return stored;
}

Status delete_country_group(Session& s, std::int64_t id,
                            std::optional<std::int64_t> expected_version,
                            const access::Principal& actor) {
  SAMLA_ASSIGN(CountryGroup before,
               access::read_for_change(s, id, expected_version, detail::kCountryGroupRecord,
                                       get_country_group));
  return access::delete_record(s, detail::kCountryGroupRecord, id, before.meta.version,
                               to_json(before), actor);
}

}  // namespace samla::registry::store
