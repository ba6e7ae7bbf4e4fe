#include <algorithm>
#include <set>

#include "access/audit.h"
#include "access/records.h"
#include "privacy/consent_store.h"
#include "privacy/redaction.h"
#include "register/store.h"
#include "rights/duplicates.h"
#include "storage/catalog.h"

namespace samla::rights {
namespace {

using nlohmann::json;
using storage::Session;

std::string quoted(const std::string& column) {
  return "\"" + column + "\"";
}

// Moves every reference to `other` in `referred` (people or organisations) to `survivor`: rows
// that would join the survivor to itself go, rows the survivor already has (a unique key) go,
// the rest are moved.
Status move_references(Session& s, const std::vector<storage::TableInfo>& tables,
                       const std::string& referred, std::int64_t survivor, std::int64_t other,
                       MergeReport& report) {
  if (referred == "people") {
    // Both invited to one event: the invitation that got further stays (attendance counts, and
    // the evaluation answers that came with it).
    constexpr const char* kRank =
        "CASE %s WHEN 'attended' THEN 7 WHEN 'no_show' THEN 6 WHEN 'accepted' THEN 5 WHEN "
        "'tentative' THEN 4 WHEN 'declined' THEN 3 WHEN 'invited' THEN 2 WHEN 'proposed' THEN 1 "
        "ELSE 0 END";
    auto rank = [&](const std::string& column) {
      std::string sql = kRank;
      sql.replace(sql.find("%s"), 2, column);
      return sql;
    };
    SAMLA_ASSIGN(auto n, s.execute("DELETE FROM invitations WHERE person_id = ? AND EXISTS "
                                   "(SELECT 1 FROM invitations o WHERE o.person_id = ? AND "
                                   "o.event_id = invitations.event_id AND " +
                                       rank("o.status") + " > " + rank("invitations.status") + ")",
                                   {survivor, other}));
    if (n > 0) report.dropped["invitations"] += n;
  }
  for (const auto& t : tables) {
    if (t.derived) continue;
    std::vector<std::string> columns;
    for (const auto& fk : t.foreign_keys)
      if (fk.table == referred) columns.push_back(fk.column);
    if (columns.empty()) continue;
    if (columns.size() > 1 && t.name == "ties") {
      // A tie between the two would become a tie of the survivor with itself.
      std::string mine, joined;
      for (const auto& c : columns) mine += (mine.empty() ? "" : " OR ") + quoted(c) + " = ?";
      storage::Params params;
      for (std::size_t i = 0; i < columns.size(); ++i) params.push_back(survivor);
      for (std::size_t i = 0; i < columns.size(); ++i) params.push_back(other);
      std::string theirs;
      for (const auto& c : columns) theirs += (theirs.empty() ? "" : " OR ") + quoted(c) + " = ?";
      SAMLA_ASSIGN(auto n,
                   s.execute("DELETE FROM " + t.name + " WHERE (" + mine + ") AND (" + theirs + ")",
                             params));
      if (n > 0) report.dropped[t.name] += n;
    }
    for (const auto& column : columns) {
      for (const auto& key : t.unique_keys) {
        if (std::find(key.begin(), key.end(), column) == key.end()) continue;
        std::string same;
        for (const auto& part : key)
          if (part != column)
            same += " AND x." + quoted(part) + " IS " + t.name + "." + quoted(part);
        if (s.dialect() == storage::Dialect::postgres)
          for (auto at = same.find(" IS "); at != std::string::npos; at = same.find(" IS ", at + 1))
            same.replace(at, 4, " IS NOT DISTINCT FROM ");
        SAMLA_ASSIGN(auto n, s.execute("DELETE FROM " + t.name + " WHERE " + quoted(column) +
                                           " = ? AND EXISTS (SELECT 1 FROM " + t.name +
                                           " x WHERE x." + quoted(column) + " = ?" + same + ")",
                                       {other, survivor}));
        if (n > 0) report.dropped[t.name] += n;
      }
      SAMLA_ASSIGN(auto n, s.execute("UPDATE " + t.name + " SET " + quoted(column) + " = ? WHERE " +
                                         quoted(column) + " = ?",
                                     {survivor, other}));
      if (n > 0) report.moved[t.name] += n;
    }
  }
  return ok_status();
}

template <typename T>
void union_into(std::vector<T>& into, const std::vector<T>& more) {
  for (const auto& v : more)
    if (std::find(into.begin(), into.end(), v) == into.end()) into.push_back(v);
}

Result<registry::Person> merged_person(const registry::Person& keep, const registry::Person& other,
                                       const std::vector<std::string>& take) {
  registry::Person out = keep;
  for (const auto& f : take) {
    if (f == "name") out.name = other.name;
    if (f == "title") out.title = other.title;
    if (f == "organisation_id") out.organisation_id = other.organisation_id;
    if (f == "country") out.country = other.country;
    if (f == "email") out.email = other.email;
    if (f == "phone") out.phone = other.phone;
    if (f == "notes") {
      out.notes = other.notes;
      out.notes_special = other.notes_special;
    }
    if (f == "mapped_by") out.mapped_by = other.mapped_by;
    if (f == "mapping_reason") out.mapping_reason = other.mapping_reason;
  }
  // What the survivor lacks comes from the other; lists are joined.
  if (!out.email) out.email = other.email;
  if (!out.phone) out.phone = other.phone;
  if (!out.title) out.title = other.title;
  if (!out.country) out.country = other.country;
  if (!out.organisation_id) out.organisation_id = other.organisation_id;
  if (std::find(take.begin(), take.end(), "notes") == take.end() && !other.notes.empty()) {
    if (other.notes != out.notes)
      out.notes = out.notes.empty() ? other.notes : out.notes + "\n\n" + other.notes;
    // The kept notes hold the health details either record's held (the same text too).
    out.notes_special = out.notes_special || other.notes_special;
  }
  union_into(out.perspectives, other.perspectives);
  union_into(out.themes, other.themes);
  union_into(out.languages, other.languages);
  union_into(out.tags, other.tags);
  return out;
}

registry::Organisation merged_organisation(const registry::Organisation& keep,
                                           const registry::Organisation& other,
                                           const std::vector<std::string>& take) {
  registry::Organisation out = keep;
  for (const auto& f : take) {
    if (f == "name") out.name = other.name;
    if (f == "sector") out.sector = other.sector;
    if (f == "level") out.level = other.level;
    if (f == "country") out.country = other.country;
    if (f == "parent_id") out.parent_id = other.parent_id;
    if (f == "website") out.website = other.website;
    if (f == "contact_person_id") out.contact_person_id = other.contact_person_id;
  }
  if (!out.website) out.website = other.website;
  if (!out.contact_person_id) out.contact_person_id = other.contact_person_id;
  if (out.parent_id == other.meta.id) out.parent_id.reset();
  return out;
}

Status check_request(const MergeRequest& r, RecordKind kind) {
  if (r.survivor == r.other) return invalid_field("other_id", Msg::merge_with_itself);
  const auto& fields = mergeable_fields(kind);
  for (const auto& f : r.take)
    if (std::find(fields.begin(), fields.end(), f) == fields.end())
      return invalid_field("take", Msg::must_be_values, {{"values", one_per_line(fields)}});
  return ok_status();
}

Result<MergeReport> merge_people(Session& s, const MergeRequest& r,
                                 const access::Principal& actor) {
  SAMLA_ASSIGN(registry::Person keep, registry::store::get_person(s, r.survivor));
  SAMLA_TRY(access::check_version(keep.meta.version, r.version));
  SAMLA_ASSIGN(registry::Person other, registry::store::get_person(s, r.other));
  SAMLA_ASSIGN(auto erased, s.query("SELECT 1 FROM people WHERE id IN (?, ?) AND erased_at IS NOT "
                                    "NULL",
                                    {r.survivor, r.other}));
  if (!erased.empty()) return make_error(ErrorCode::conflict, Msg::merge_erased);
  SAMLA_ASSIGN(auto accounts, s.query("SELECT person_id FROM users WHERE person_id IN (?, ?)",
                                      {r.survivor, r.other}));
  if (accounts.size() > 1) return make_error(ErrorCode::conflict, Msg::merge_two_accounts);
  SAMLA_ASSIGN(registry::Person next, merged_person(keep, other, r.take));
  MergeReport report{r.survivor, r.other, r.take, {}, {}};
  SAMLA_TRY(privacy::consents::end_duplicates_before_merge(s, r.survivor, r.other, actor));
  SAMLA_ASSIGN(auto tables, storage::describe_tables(s));
  SAMLA_TRY(move_references(s, tables, "people", r.survivor, r.other, report));
  // Lived experience comes over only with an explicit consent that stands after the merge.
  SAMLA_ASSIGN(bool lived,
               privacy::consents::has_active(s, r.survivor, privacy::kLivedExperiencePurpose));
  const bool kept_before = std::find(keep.perspectives.begin(), keep.perspectives.end(),
                                     privacy::kLivedExperience) != keep.perspectives.end();
  if (!lived && !kept_before) std::erase(next.perspectives, std::string(privacy::kLivedExperience));
  SAMLA_ASSIGN(auto account, s.execute("UPDATE users SET person_id = ? WHERE person_id = ?",
                                       {r.survivor, r.other}));
  if (account > 0) report.moved["users"] += account;
  SAMLA_TRY(registry::store::delete_person(s, r.other, other.meta.version, actor));
  SAMLA_ASSIGN(registry::Person stored, registry::store::get_person(s, r.survivor));
  SAMLA_ASSIGN(auto written,
               registry::store::update_person(s, r.survivor, next, stored.meta.version, actor));
  (void)written;
  const json entry = to_json(report);
  SAMLA_TRY(access::record_change(s, actor, "merge", "person", std::to_string(r.survivor), nullptr,
                                  &entry));
  return report;
}

Result<MergeReport> merge_organisations(Session& s, const MergeRequest& r,
                                        const access::Principal& actor) {
  SAMLA_ASSIGN(registry::Organisation keep, registry::store::get_organisation(s, r.survivor));
  SAMLA_TRY(access::check_version(keep.meta.version, r.version));
  SAMLA_ASSIGN(registry::Organisation other, registry::store::get_organisation(s, r.other));
  registry::Organisation next = merged_organisation(keep, other, r.take);
  // The other above the survivor's parent: moving its children here would make a loop.
  std::optional<std::int64_t> up = keep.parent_id;
  for (int depth = 0; up && depth < 100; ++depth) {
    SAMLA_ASSIGN(registry::Organisation above, registry::store::get_organisation(s, *up));
    if (above.meta.id == r.other && depth > 0) return invalid_field("other_id", Msg::own_ancestor);
    up = above.parent_id;
  }
  MergeReport report{r.survivor, r.other, r.take, {}, {}};
  SAMLA_ASSIGN(auto tables, storage::describe_tables(s));
  SAMLA_TRY(move_references(s, tables, "organisations", r.survivor, r.other, report));
  SAMLA_ASSIGN(registry::Organisation emptied, registry::store::get_organisation(s, r.other));
  SAMLA_TRY(registry::store::delete_organisation(s, r.other, emptied.meta.version, actor));
  SAMLA_ASSIGN(registry::Organisation stored, registry::store::get_organisation(s, r.survivor));
  if (next.parent_id == r.survivor) next.parent_id.reset();
  SAMLA_ASSIGN(auto written, registry::store::update_organisation(s, r.survivor, next,
                                                                  stored.meta.version, actor));
  (void)written;
  const json entry = to_json(report);
  SAMLA_TRY(access::record_change(s, actor, "merge", "organisation", std::to_string(r.survivor),
                                  nullptr, &entry));
  return report;
}

}  // namespace

const std::vector<std::string>& mergeable_fields(RecordKind kind) {
  static const std::vector<std::string> people{"name",    "title",     "organisation_id",
                                               "country", "email",     "phone",
                                               "notes",   "mapped_by", "mapping_reason"};
  static const std::vector<std::string> organisations{
      "name", "sector", "level", "country", "parent_id", "website", "contact_person_id"};
  return kind == RecordKind::person ? people : organisations;
}

json to_json(const MergeReport& r) {
  return {{"survivor_id", r.survivor},
          {"merged_id", r.merged},
          {"taken", r.taken},
          {"moved", r.moved},
          {"dropped", r.dropped}};
}

Result<MergeReport> merge_records(Session& s, RecordKind kind, MergeRequest request,
                                  const access::Principal& actor) {
  SAMLA_TRY(check_request(request, kind));
  return kind == RecordKind::person ? merge_people(s, request, actor)
                                    : merge_organisations(s, request, actor);
}

}  // namespace samla::rights
