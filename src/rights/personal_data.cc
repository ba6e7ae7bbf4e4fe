#include "rights/personal_data.h"

#include <algorithm>
#include <map>
#include <set>

namespace samla::rights {
namespace {

using storage::TableInfo;

constexpr std::string_view kByAccount = "IN (SELECT id FROM users WHERE person_id = ?)";

}  // namespace

const std::vector<PersonalTable>& personal_tables() {
  static const std::vector<PersonalTable> tables{
      {"people", {}, {}, false, "person"},  // made a tombstone by the register
      {"person_languages", {}, {"language"}, true, ""},
      {"person_perspectives", {}, {"perspective"}, true, ""},
      {"person_tags", {}, {"tag"}, true, ""},
      {"person_themes", {}, {}, true, ""},
      {"users",
       {{"name", kTombstoneValue}, {"password_hash", "'!'"}},
       {"role", "created_at", "updated_at"},
       false,
       "user"},
      {"sessions",
       {},
       {"token_hash", "csrf_token", "created_at", "last_seen_at", "expires_at"},
       true,
       ""},
      {"api_tokens",
       {},
       {"name", "token_hash", "created_at", "last_used_at", "revoked_at", "expires_at"},
       true,
       ""},
      {"calendar_feeds", {}, {"token_hash", "created_at"}, true, ""},
      {"action_mail_links", {}, {"token_hash", "created_at"}, true, ""},
      {"own_page_links",
       {},
       {"token_hash", "kind", "created_at", "expires_at", "used_at"},
       true,
       ""},
      {"action_mail_opt_outs", {}, {"at", "via"}, true, ""},
      {"consents",
       {},
       {"purpose", "basis", "channel", "given_on", "recorded_by", "recorded_at", "ended_at",
        "ended_by", "ended_how", "ended_via"},
       false,
       "consent"},
      {"invitations",
       {{"comment", "''"},
        {"note", "''"},
        {"access_needs", "NULL"},
        {"access_needs_consent_at", "NULL"},
        {"interpretation_language", "NULL"},
        {"token_hash", "NULL"}},
       {"status", "language", "explanation", "invited_at", "responded_at", "checked_in_at",
        "created_at", "updated_at", "attendance_mode", "reminded_at"},
       false,
       "invitation"},
      {"evaluation_answers", {{"texts", "'{}'"}}, {"phase", "ratings", "answered_at"}, false, ""},
      {"outbox",
       {{"to_name", kTombstoneValue},
        {"to_email", "''"},
        {"subject", "''"},
        {"body", "''"},
        {"calendar", "NULL"},
        {"personal_link", "NULL"},
        {"error", "NULL"},
        {"dedupe_key", "NULL"}},
       {"language", "status", "created_at", "sent_at", "kind", "claimed_until"},
       false,
       ""},
      {"assessments",
       {{"rationale", "''"}},
       {"assessor_name", "assessed_on", "created_at"},
       false,
       "assessment"},
      {"assessment_relevance", {}, {}, false, ""},
      {"ties",
       {{"note", "''"}},
       {"type", "starts_on", "ends_on", "source", "reported_by", "created_at", "updated_at"},
       false,
       "tie"},
      {"interactions",
       {{"summary", "''"}, {"summary_folded", "''"}},
       {"day", "channel", "by_whom", "by_folded", "follow_up_on", "created_by", "created_at",
        "updated_at"},
       false,
       "interaction"},
      {"kickoff_entries",
       {{"note", "''"}, {"removed_reason", "''"}},
       {"reason", "gap_dimension", "gap_row", "gap_column", "quadrant", "status", "changed_by"},
       false,
       ""},
      {"group_members", {}, {"role", "from_date", "to_date"}, false, ""},
      // Who joined a live session through their invitation: erased, their contributions stay
      // as an anonymous participant's (the link to the invitation and any name are cleared).
      {"live_participants",
       {{"display_name", "NULL"}, {"invitation_id", "NULL"}},
       {"token_hash", "joined_at"},
       false,
       ""},
      {"action_parties", {}, {"role"}, false, ""},
      {"actions",
       {},
       {"title", "description", "themes", "start_date", "due_date", "status", "dropped_reason",
        "indicators", "last_update_at", "created_by", "created_at", "updated_at"},
       false,
       "action"},
      {"agreement_signatories",
       {{"name", kTombstoneValue}, {"role", "''"}},
       {"signed_on"},
       false,
       ""},
      {"anchoring",
       {},
       {"level", "level_reason", "deciding_body", "decision_date", "decision_reference",
        "responsibilities", "created_by", "created_at", "updated_at"},
       false,
       "anchoring"},
      {"follow_up_groups",
       {},
       {"kind", "name", "objective", "mandate", "themes", "start_date", "end_date", "created_by",
        "created_at", "updated_at"},
       false,
       "group"},
      {"initiatives",
       {},
       {"title", "description", "themes", "proposed_by", "status", "status_reason", "created_by",
        "created_at", "updated_at"},
       false,
       "initiative"},
      {"initiative_ratings", {}, {"rater_name", "note", "rated_at"}, false, ""},
      {"organisations",
       {},
       {"name", "sector", "level", "country", "website", "sort_key_en", "sort_key_sv", "created_at",
        "updated_at"},
       false,
       "organisation"},
      {"outcomes",
       {{"named_on", "NULL"}},
       {"kind", "text", "themes", "source", "status", "due_date", "priority", "created_by",
        "created_at", "updated_at"},
       false,
       "outcome"},
  };
  return tables;
}

const PersonalTable* personal_table(std::string_view table) {
  for (const auto& t : personal_tables())
    if (t.table == table) return &t;
  return nullptr;
}

std::vector<PersonRows> rows_naming(const std::vector<TableInfo>& tables, std::int64_t person_id) {
  std::vector<PersonRows> found;
  auto add = [&](const std::string& table, std::string where, storage::Params params, bool owned,
                 bool by_account = false) {
    for (auto& f : found)
      if (f.table == table && f.by_account == by_account) {
        f.where = "(" + f.where + ") OR (" + where + ")";
        f.params.insert(f.params.end(), params.begin(), params.end());
        f.owned = f.owned || owned;
        return;
      }
    found.push_back({table, std::move(where), std::move(params), owned, by_account});
  };
  add("people", "id = ?", {person_id}, true);
  add("users", "person_id = ?", {person_id}, true);
  for (const auto& t : tables) {
    if (t.derived) continue;
    for (const auto& fk : t.foreign_keys) {
      if (fk.table == "people")
        add(t.name, fk.column + " = ?", {person_id}, fk.cascade);
      else if (fk.table == "users")
        add(t.name, fk.column + " " + std::string(kByAccount), {person_id}, fk.cascade,
            /*by_account=*/true);
    }
  }
  // The rows that belong to rows of the person's (an invitation's answers and its messages),
  // two steps down; each condition reads its parent's.
  for (int depth = 0; depth < 2; ++depth) {
    const std::vector<PersonRows> parents = found;
    for (const auto& parent : parents) {
      if (!parent.owned || parent.by_account || parent.table == "people" || parent.table == "users")
        continue;
      for (const auto& t : tables)
        for (const auto& fk : t.foreign_keys)
          if (fk.table == parent.table && t.name != parent.table && !t.derived) {
            const std::string where = fk.column + " IN (SELECT " + fk.to_column + " FROM " +
                                      parent.table + " WHERE " + parent.where + ")";
            const bool known = std::any_of(found.begin(), found.end(), [&](const PersonRows& f) {
              return f.table == t.name && f.where.find(where) != std::string::npos;
            });
            if (!known) add(t.name, where, parent.params, fk.cascade);
          }
    }
  }
  // The audit log's entries about the person and what belongs to them; not their account's
  // doings, whose values are about others.
  found.push_back(audit_entries_about(found, person_id));
  return found;
}

PersonRows audit_entries_about(const std::vector<PersonRows>& found, std::int64_t person_id) {
  PersonRows audit{
      "audit_log", "record_type = 'person' AND record_id = ?", {std::to_string(person_id)}, false};
  for (const auto& f : found) {
    const PersonalTable* rule = personal_table(f.table);
    if (!rule || rule->audit_type.empty() || f.table == "people" || f.table == "audit_log" ||
        !f.owned || f.by_account)
      continue;
    audit.where += " OR (record_type = '" + std::string(rule->audit_type) +
                   "' AND record_id IN (SELECT CAST(id AS TEXT) FROM " + f.table + " WHERE " +
                   f.where + "))";
    audit.params.insert(audit.params.end(), f.params.begin(), f.params.end());
  }
  return audit;
}

Result<std::vector<std::string>> identifying_values(storage::Session& s, std::int64_t person_id) {
  std::set<std::string> values;
  auto keep = [&](const storage::Rows& rows) {
    for (const auto& r : rows)
      for (std::size_t i = 0; i < r.size(); ++i)
        if (!r.is_null(i) && r.text(i).size() >= 3) values.insert(r.text(i));
  };
  SAMLA_ASSIGN(auto person,
               s.query("SELECT name, email, phone FROM people WHERE id = ?", {person_id}));
  if (person.empty())
    return make_error(ErrorCode::not_found, Msg::no_such_person,
                      {{"id", std::to_string(person_id)}});
  keep(person);
  SAMLA_ASSIGN(auto accounts, s.query("SELECT name FROM users WHERE person_id = ?", {person_id}));
  keep(accounts);
  SAMLA_ASSIGN(auto signed_as,
               s.query("SELECT name FROM agreement_signatories WHERE person_id = ?", {person_id}));
  keep(signed_as);
  return std::vector<std::string>(values.begin(), values.end());
}

std::string contains_sql(storage::Dialect dialect, const std::string& column) {
  return dialect == storage::Dialect::sqlite ? "instr(" + column + ", ?) > 0"
                                             : "strpos(" + column + "::text, ?) > 0";
}

bool is_secret_column(std::string_view column) {
  return column == "csrf_token" || column == "password_hash" || column == "secret_hash" ||
         (column.size() > 5 && column.substr(column.size() - 5) == "_hash");
}

}  // namespace samla::rights
