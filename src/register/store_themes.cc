#include "core/clock.h"
#include "register/json.h"
#include "register/store.h"
#include "register/store_internal.h"
#include "register/validation.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::registry::store {
namespace {

using storage::Session;

constexpr const char* kSelectTheme =
    "SELECT id, created_at, updated_at, version, slug, name_en, name_sv, description FROM themes ";

Theme read_theme(const storage::Row& r) {
  return Theme{detail::read_meta(r, 0), r.text(4), r.text(5), r.text(6), r.text(7)};
}

Result<Theme> prepare(Theme t) {
  normalise(t);
  auto errors = check(t);
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return t;
}

Status check_unique_slug(Session& s, const Theme& t, std::optional<std::int64_t> self_id) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT id FROM themes WHERE slug = ?", {t.slug}));
  if (!rows.empty() && (!self_id || rows.front().integer(0) != *self_id))
    return Error(ErrorCode::conflict, Msg::theme_slug_taken,
                 {FieldError("slug", Msg::already_used)});
  return ok_status();
}

}  // namespace

Result<std::optional<Theme>> find_theme(Session& s, const std::string& slug_or_name) {
  std::string key = trim(slug_or_name);
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectTheme) +
                                      "WHERE slug = ? OR lower(name_en) = lower(?) OR name_sv = ? "
                                      "OR lower(name_sv) = lower(?) ORDER BY id",
                                  {key, key, key, key}));
  if (rows.empty()) return std::optional<Theme>{};
  return std::optional<Theme>{read_theme(rows.front())};
}

Result<std::vector<Theme>> list_themes(Session& s) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectTheme) + "ORDER BY slug"));
  return storage::read_rows(rows, read_theme);
}

Result<Theme> get_theme(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectTheme) + "WHERE id = ?", {id}));
  if (rows.empty())
    return make_error(ErrorCode::not_found, Msg::no_such_theme, {{"id", std::to_string(id)}});
  return read_theme(rows.front());
}

Result<Theme> insert_theme(Session& s, Theme input, const access::Principal& actor) {
  SAMLA_ASSIGN(Theme t, prepare(std::move(input)));
  SAMLA_TRY(check_unique_slug(s, t, std::nullopt));
  std::string at = now_iso8601();
  SAMLA_ASSIGN(auto row,
               s.query_one("INSERT INTO themes (slug, name_en, name_sv, description, "
                           "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 1) "
                           "RETURNING id",
                           {t.slug, t.name_en, t.name_sv, t.description, at, at}));
  SAMLA_ASSIGN(Theme stored, get_theme(s, row.integer(0)));
  SAMLA_TRY(access::audit_created(s, detail::kThemeRecord, stored.meta.id, to_json(stored), actor));
  return stored;
}

Result<Theme> update_theme(Session& s, std::int64_t id, Theme input,
                           std::optional<std::int64_t> expected_version,
                           const access::Principal& actor) {
  SAMLA_ASSIGN(Theme before,
               access::read_for_change(s, id, expected_version, detail::kThemeRecord, get_theme));
  SAMLA_ASSIGN(Theme t, prepare(std::move(input)));
  SAMLA_TRY(check_unique_slug(s, t, id));
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE themes SET slug = ?, name_en = ?, name_sv = ?, description = ?, "
      "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
      {t.slug, t.name_en, t.name_sv, t.description, now_iso8601(), id, before.meta.version},
      "theme"));
  SAMLA_ASSIGN(Theme stored, get_theme(s, id));
  SAMLA_TRY(
      access::audit_changed(s, detail::kThemeRecord, id, to_json(before), to_json(stored), actor));
  return stored;
}

Status delete_theme(Session& s, std::int64_t id, std::optional<std::int64_t> expected_version,
                    const access::Principal& actor) {
  SAMLA_ASSIGN(Theme before,
               access::read_for_change(s, id, expected_version, detail::kThemeRecord, get_theme));
  SAMLA_ASSIGN(auto used,
               s.query_one("SELECT COUNT(*) FROM person_themes WHERE theme_id = ?", {id}));
  if (used.integer(0) > 0)
    return make_error(ErrorCode::conflict, Msg::theme_in_use,
                      {{"count", std::to_string(used.integer(0))}});
  return access::delete_record(s, detail::kThemeRecord, id, before.meta.version, to_json(before),
                               actor);
}

}  // namespace samla::registry::store
