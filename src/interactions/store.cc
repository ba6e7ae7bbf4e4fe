#include "interactions/store.h"

#include "access/records.h"
#include "core/case_fold.h"
#include "interactions/rules.h"
#include "interactions/wire.h"
#include "programme/store.h"
#include "storage/references.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::interactions::store {
namespace {

using storage::Session;

constexpr access::RecordKind kInteractionRecord{"interactions", "interaction", "interaction"};

constexpr const char* kSelect =
    "SELECT x.id, x.programme_id, x.person_id, p.name, x.organisation_id, o.name, x.day, "
    "x.channel, x.by_whom, x.summary, x.summary_special, x.follow_up_on, x.followed_up, "
    "x.created_by, x.created_at, "
    "x.updated_at, x.version FROM interactions x LEFT JOIN people p ON p.id = x.person_id LEFT "
    "JOIN organisations o ON o.id = x.organisation_id ";

Interaction read_interaction(const storage::Row& r) {
  Interaction i;
  storage::read_columns(r, 0, i.id, i.programme_id, i.person_id, i.person_name, i.organisation_id,
                        i.organisation_name, i.day, i.channel, i.by, i.summary, i.summary_special,
                        i.follow_up_on, i.followed_up, i.created_by, i.created_at, i.updated_at,
                        i.version);
  return i;
}

Status check(Session& s, const Interaction& i) {
  std::vector<FieldError> errors = check_interaction(i);
  if (i.person_id)
    SAMLA_TRY(storage::note_missing_reference(s, "SELECT 1 FROM people WHERE id = ?", *i.person_id,
                                              "person_id", Msg::no_person_with_id, errors));
  if (i.organisation_id)
    SAMLA_TRY(storage::note_missing_reference(s, "SELECT 1 FROM organisations WHERE id = ?",
                                              *i.organisation_id, "organisation_id",
                                              Msg::no_organisation_with_id, errors));
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return ok_status();
}

}  // namespace

Result<std::vector<Interaction>> list_interactions(Session& s, const ListFilter& filter) {
  std::string sql = std::string(kSelect) + "WHERE 1 = 1";
  storage::Params params;
  auto add = [&](const std::string& condition, storage::Value value) {
    sql += " AND " + condition;
    params.push_back(std::move(value));
  };
  if (filter.programme_id) add("x.programme_id = ?", *filter.programme_id);
  if (filter.person_id) add("x.person_id = ?", *filter.person_id);
  if (filter.organisation_id) {
    add("(x.organisation_id = ? OR x.person_id IN (SELECT id FROM people WHERE organisation_id = "
        "?))",
        *filter.organisation_id);
    params.emplace_back(*filter.organisation_id);
  }
  if (filter.follow_up_by) add("x.followed_up = 0 AND x.follow_up_on <= ?", *filter.follow_up_by);
  if (filter.from) add("x.day >= ?", *filter.from);
  if (filter.to) add("x.day <= ?", *filter.to);
  if (filter.q)
    // A summary is searched only for a viewer who may read it: a match would tell the rest
    // what it says.
    for (const auto& pattern : folded_like_patterns(*filter.q)) {
      add(!filter.search_summaries ? "x.by_folded LIKE ?"
          : filter.search_special_summaries
              ? "(x.by_folded LIKE ? OR x.summary_folded LIKE ?)"
              : "(x.by_folded LIKE ? OR (x.summary_special = 0 AND x.summary_folded LIKE ?))",
          pattern);
      if (filter.search_summaries) params.emplace_back(pattern);
    }
  params.emplace_back(std::int64_t{filter.limit});
  SAMLA_ASSIGN(auto rows, s.query(sql + " ORDER BY x.day DESC, x.id DESC LIMIT ?", params));
  return storage::read_rows(rows, read_interaction);
}

Result<Interaction> get_interaction(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto row, s.query_one(std::string(kSelect) + "WHERE x.id = ?", {id},
                                     Msg::no_such_interaction));
  return read_interaction(row);
}

Result<Interaction> insert_interaction(Session& s, Interaction i, const access::Principal& actor) {
  SAMLA_ASSIGN(const std::int64_t programme, programme::store::programme_for(s, i.programme_id));
  if (i.by.empty()) i.by = actor.name;
  SAMLA_TRY(check(s, i));
  const std::string now = now_iso8601();
  SAMLA_ASSIGN(
      auto row,
      s.query_one("INSERT INTO interactions (programme_id, person_id, organisation_id, "
                  "day, channel, by_whom, summary, summary_special, by_folded, summary_folded, "
                  "follow_up_on, followed_up, created_by, created_at, updated_at, "
                  "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                  "RETURNING id",
                  {programme, storage::nullable(i.person_id), storage::nullable(i.organisation_id),
                   i.day, i.channel, i.by, i.summary, std::int64_t{i.summary_special},
                   fold_case(i.by), fold_case(i.summary), storage::nullable(i.follow_up_on),
                   std::int64_t{i.followed_up}, actor.name, now, now}));
  SAMLA_ASSIGN(Interaction created, get_interaction(s, row.integer(0)));
  SAMLA_TRY(access::audit_created(s, kInteractionRecord, created.id, to_json(created), actor));
  return created;
}

Result<Interaction> update_interaction(Session& s, std::int64_t id, Interaction next,
                                       std::optional<std::int64_t> expected_version,
                                       const access::Principal& actor) {
  SAMLA_ASSIGN(Interaction before, access::read_for_change(s, id, expected_version,
                                                           kInteractionRecord, get_interaction));
  SAMLA_ASSIGN(next.programme_id,
               programme::store::programme_on_change(s, next.programme_id, before.programme_id));
  if (next.by.empty()) next.by = before.by;
  SAMLA_TRY(check(s, next));
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE interactions SET programme_id = ?, person_id = ?, organisation_id = ?, day = ?, "
      "channel = ?, by_whom = ?, summary = ?, summary_special = ?, by_folded = ?, "
      "summary_folded = ?, follow_up_on = "
      "?, followed_up = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
      {*next.programme_id, storage::nullable(next.person_id),
       storage::nullable(next.organisation_id), next.day, next.channel, next.by, next.summary,
       std::int64_t{next.summary_special}, fold_case(next.by), fold_case(next.summary),
       storage::nullable(next.follow_up_on), std::int64_t{next.followed_up}, now_iso8601(), id,
       before.version},
      kInteractionRecord.what));
  SAMLA_ASSIGN(Interaction after, get_interaction(s, id));
  SAMLA_TRY(
      access::audit_changed(s, kInteractionRecord, id, to_json(before), to_json(after), actor));
  return after;
}

Status delete_interaction(Session& s, std::int64_t id, std::optional<std::int64_t> expected_version,
                          const access::Principal& actor) {
  SAMLA_ASSIGN(Interaction before, access::read_for_change(s, id, expected_version,
                                                           kInteractionRecord, get_interaction));
  return access::delete_record(s, kInteractionRecord, id, before.version, to_json(before), actor);
}

}  // namespace samla::interactions::store
