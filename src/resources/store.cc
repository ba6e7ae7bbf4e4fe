#include "resources/store.h"

#include <map>

#include "access/credentials.h"
#include "access/records.h"
#include "core/case_fold.h"
#include "core/clock.h"
#include "programme/store.h"
#include "resources/rules.h"
#include "resources/wire.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::resources::store {
namespace {

using storage::Session;

constexpr access::RecordKind kResourceRecord{"resources", "resource", "resource"};

constexpr const char* kSelect =
    "SELECT r.id, r.programme_id, r.title, r.description, r.kind, r.language, r.audience, r.url, "
    "r.file_name, r.file_type, r.file_size, r.file_sha256, r.file_uploaded_by, "
    "r.file_uploaded_at, r.created_by, r.created_at, r.updated_at, r.version FROM resources r ";

Resource read_resource(const storage::Row& row) {
  Resource r;
  storage::read_columns(row, 0, r.id, r.programme_id, r.title, r.description, r.kind, r.language,
                        r.audience, r.url);
  if (!row.is_null(8)) {
    FileFacts f;
    storage::read_columns(row, 8, f.name, f.content_type, f.size, f.sha256, f.uploaded_by,
                          f.uploaded_at);
    r.file = std::move(f);
  }
  storage::read_columns(row, 14, r.created_by, r.created_at, r.updated_at, r.version);
  return r;
}

// The theme slugs of each resource in `list`, filled in with one query.
Status add_themes(Session& s, std::vector<Resource>& list) {
  if (list.empty()) return ok_status();
  std::string sql =
      "SELECT rt.resource_id, t.slug, t.name_en, t.name_sv FROM resource_themes rt JOIN themes t "
      "ON "
      "t.id = rt.theme_id WHERE rt.resource_id IN (";
  storage::Params params;
  std::map<std::int64_t, Resource*> by_id;
  for (auto& r : list) {
    sql += params.empty() ? "?" : ", ?";
    params.emplace_back(r.id);
    by_id[r.id] = &r;
  }
  SAMLA_ASSIGN(auto rows, s.query(sql + ") ORDER BY t.slug", params));
  for (const auto& row : rows) {
    Resource* r = by_id.at(row.integer(0));
    r->themes.push_back(row.text(1));
    r->theme_names.push_back({row.text(1), row.text(2), row.text(3)});
  }
  return ok_status();
}

// The ids of `slugs`, or a 422 on `themes` naming each slug no theme has (with the rules' errors).
Result<std::vector<std::int64_t>> checked(Session& s, const Resource& r) {
  std::vector<FieldError> errors = check_resource(r);
  std::vector<std::int64_t> ids;
  for (const auto& slug : r.themes) {
    SAMLA_ASSIGN(auto found, s.query("SELECT id FROM themes WHERE slug = ?", {slug}));
    if (found.empty())
      errors.emplace_back("themes", Msg::no_theme_with_slug, MessageParams{{"slug", slug}});
    else
      ids.push_back(found[0].integer(0));
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return ids;
}

std::string words_of(const Resource& r, const std::optional<std::string>& file_name) {
  return fold_case(r.title + "\n" + r.description + "\n" + file_name.value_or(""));
}

Status set_themes(Session& s, std::int64_t id, const std::vector<std::int64_t>& theme_ids) {
  SAMLA_TRY(s.execute("DELETE FROM resource_themes WHERE resource_id = ?", {id}));
  for (std::int64_t theme : theme_ids)
    SAMLA_TRY(s.execute("INSERT INTO resource_themes (resource_id, theme_id) VALUES (?, ?)",
                        {id, theme}));
  return ok_status();
}

// What the audit log keeps of a file change: which resource (its programme and title, so the
// programme's recent changes can name it) and the file's facts, never its bytes.
json file_audit(const Resource& r) {
  json file = nullptr;
  if (r.file)
    file = {{"name", r.file->name},
            {"content_type", r.file->content_type},
            {"size", r.file->size},
            {"sha256", r.file->sha256}};
  return {{"programme_id", r.programme_id ? json(*r.programme_id) : json(nullptr)},
          {"title", r.title},
          {"file", std::move(file)}};
}

}  // namespace

Result<std::vector<Resource>> list_resources(Session& s, const ListFilter& filter) {
  std::string sql = std::string(kSelect) + "WHERE 1 = 1";
  storage::Params params;
  auto add = [&](const std::string& condition, storage::Value value) {
    sql += " AND " + condition;
    params.push_back(std::move(value));
  };
  if (filter.programme_id) add("r.programme_id = ?", *filter.programme_id);
  if (filter.kind) add("r.kind = ?", *filter.kind);
  if (filter.language) add("r.language = ?", *filter.language);
  if (filter.audience) add("r.audience = ?", *filter.audience);
  if (filter.theme)
    add("r.id IN (SELECT rt.resource_id FROM resource_themes rt JOIN themes t ON t.id = "
        "rt.theme_id WHERE t.slug = ?)",
        *filter.theme);
  if (filter.q)
    for (const auto& pattern : folded_like_patterns(*filter.q))
      add("r.words_folded LIKE ?", pattern);
  params.emplace_back(std::int64_t{filter.limit});
  SAMLA_ASSIGN(auto rows, s.query(sql + " ORDER BY r.updated_at DESC, r.id DESC LIMIT ?", params));
  auto list = storage::read_rows(rows, read_resource);
  SAMLA_TRY(add_themes(s, list));
  return list;
}

Result<Resource> get_resource(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto row,
               s.query_one(std::string(kSelect) + "WHERE r.id = ?", {id}, Msg::no_such_resource));
  std::vector<Resource> one{read_resource(row)};
  SAMLA_TRY(add_themes(s, one));
  return std::move(one.front());
}

Result<Resource> insert_resource(Session& s, Resource r, const access::Principal& actor) {
  SAMLA_ASSIGN(const std::int64_t programme, programme::store::programme_for(s, r.programme_id));
  SAMLA_ASSIGN(auto theme_ids, checked(s, r));
  const std::string now = now_iso8601();
  SAMLA_ASSIGN(
      auto row,
      s.query_one("INSERT INTO resources (programme_id, title, description, kind, "
                  "language, audience, url, words_folded, created_by, created_at, "
                  "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                  "RETURNING id",
                  {programme, r.title, r.description, r.kind, r.language, r.audience,
                   storage::nullable(r.url), words_of(r, std::nullopt), actor.name, now, now}));
  const std::int64_t id = row.integer(0);
  SAMLA_TRY(set_themes(s, id, theme_ids));
  SAMLA_ASSIGN(Resource created, get_resource(s, id));
  SAMLA_TRY(access::audit_created(s, kResourceRecord, id, to_json(created), actor));
  return created;
}

Result<Resource> update_resource(Session& s, std::int64_t id, Resource next,
                                 std::optional<std::int64_t> expected_version,
                                 const access::Principal& actor) {
  SAMLA_ASSIGN(Resource before,
               access::read_for_change(s, id, expected_version, kResourceRecord, get_resource));
  SAMLA_ASSIGN(next.programme_id,
               programme::store::programme_on_change(s, next.programme_id, before.programme_id));
  SAMLA_ASSIGN(auto theme_ids, checked(s, next));
  const std::optional<std::string> file_name =
      before.file ? std::optional(before.file->name) : std::nullopt;
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE resources SET programme_id = ?, title = ?, description = ?, kind = ?, language = ?, "
      "audience = ?, url = ?, words_folded = ?, updated_at = ?, version = version + 1 WHERE id = "
      "? AND version = ?",
      {*next.programme_id, next.title, next.description, next.kind, next.language, next.audience,
       storage::nullable(next.url), words_of(next, file_name), now_iso8601(), id, before.version},
      kResourceRecord.what));
  SAMLA_TRY(set_themes(s, id, theme_ids));
  SAMLA_ASSIGN(Resource after, get_resource(s, id));
  SAMLA_TRY(access::audit_changed(s, kResourceRecord, id, to_json(before), to_json(after), actor));
  return after;
}

Status delete_resource(Session& s, std::int64_t id, std::optional<std::int64_t> expected_version,
                       const access::Principal& actor) {
  SAMLA_ASSIGN(Resource before,
               access::read_for_change(s, id, expected_version, kResourceRecord, get_resource));
  return access::delete_record(s, kResourceRecord, id, before.version, to_json(before), actor);
}

Result<Resource> put_file(Session& s, std::int64_t id, StoredFile file,
                          std::optional<std::int64_t> expected_version,
                          const access::Principal& actor) {
  SAMLA_ASSIGN(Resource before,
               access::read_for_change(s, id, expected_version, kResourceRecord, get_resource));
  FileFacts& f = file.facts;
  f.size = static_cast<std::int64_t>(file.bytes.size());
  f.sha256 = access::credentials::sha256_hex(file.bytes);
  f.uploaded_by = actor.name;
  f.uploaded_at = now_iso8601();
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE resources SET file_name = ?, file_type = ?, file_size = ?, file_sha256 = ?, "
      "file_uploaded_by = ?, file_uploaded_at = ?, words_folded = ?, updated_at = ?, version = "
      "version + 1 WHERE id = ? AND version = ?",
      {f.name, f.content_type, f.size, f.sha256, f.uploaded_by, f.uploaded_at,
       words_of(before, f.name), f.uploaded_at, id, before.version},
      kResourceRecord.what));
  SAMLA_TRY(s.execute("DELETE FROM resource_files WHERE resource_id = ?", {id}));
  SAMLA_TRY(s.execute("INSERT INTO resource_files (resource_id, data) VALUES (?, ?)",
                      {id, storage::Bytes{std::move(file.bytes)}}));
  SAMLA_ASSIGN(Resource after, get_resource(s, id));
  SAMLA_TRY(access::audit_changed(s, kResourceRecord, id, file_audit(before), file_audit(after),
                                  actor, "upload"));
  return after;
}

Result<Resource> delete_file(Session& s, std::int64_t id,
                             std::optional<std::int64_t> expected_version,
                             const access::Principal& actor) {
  SAMLA_ASSIGN(Resource before,
               access::read_for_change(s, id, expected_version, kResourceRecord, get_resource));
  if (!before.file) return make_error(ErrorCode::not_found, Msg::resource_has_no_file);
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE resources SET file_name = NULL, file_type = NULL, file_size = NULL, file_sha256 = "
      "NULL, file_uploaded_by = NULL, file_uploaded_at = NULL, words_folded = ?, updated_at = ?, "
      "version = version + 1 WHERE id = ? AND version = ?",
      {words_of(before, std::nullopt), now_iso8601(), id, before.version}, kResourceRecord.what));
  SAMLA_TRY(s.execute("DELETE FROM resource_files WHERE resource_id = ?", {id}));
  SAMLA_ASSIGN(Resource after, get_resource(s, id));
  SAMLA_TRY(access::audit_changed(s, kResourceRecord, id, file_audit(before), file_audit(after),
                                  actor, "remove_file"));
  return after;
}

Result<StoredFile> read_file(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(Resource r, get_resource(s, id));
  if (!r.file) return make_error(ErrorCode::not_found, Msg::resource_has_no_file);
  SAMLA_ASSIGN(auto row, s.query_one("SELECT data FROM resource_files WHERE resource_id = ?", {id},
                                     Msg::resource_has_no_file));
  return StoredFile{*r.file, row.bytes(0)};
}

}  // namespace samla::resources::store
