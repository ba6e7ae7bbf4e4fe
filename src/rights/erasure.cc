#include "rights/erasure.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>

#include "access/audit.h"
#include "core/case_fold.h"
#include "core/clock.h"
#include "core/text_checks.h"
#include "register/store.h"
#include "rights/personal_data.h"
#include "storage/catalog.h"

namespace samla::rights {
namespace {

using nlohmann::json;
using storage::Session;

std::string tombstone_name(std::int64_t person_id) {
  return "Erased person " + std::to_string(person_id) + " (raderad)";
}

std::string to_lower_case(const std::string& text) {
  std::string out;
  icu::UnicodeString::fromUTF8(text).toLower(icu::Locale::getRoot()).toUTF8String(out);
  return out;
}

std::string to_upper_case(const std::string& text) {
  std::string out;
  icu::UnicodeString::fromUTF8(text).toUpper(icu::Locale::getRoot()).toUTF8String(out);
  return out;
}

// The forms a value takes where it is written: as typed, case-folded (search columns), in
// lower and upper case, and escaped inside JSON.
std::vector<std::string> written_forms(const std::vector<std::string>& values) {
  std::set<std::string> forms;
  for (const auto& v : values) {
    forms.insert(v);
    forms.insert(fold_case(v));
    forms.insert(to_lower_case(v));
    forms.insert(to_upper_case(v));
    std::string escaped = json(v).dump();
    forms.insert(escaped.substr(1, escaped.size() - 2));
  }
  // Longest first, so that a full name goes before a part of it.
  std::vector<std::string> out(forms.begin(), forms.end());
  // Short forms would match inside other words ("Eva" in "evaluation"): a value is replaced
  // only from six characters on (a full name, an address, a number).
  std::erase_if(out, [](const std::string& f) { return character_count(f) < 6; });
  std::sort(out.begin(), out.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

Status apply_rules(Session& s, const std::vector<storage::TableInfo>& tables,
                   std::int64_t person_id, const std::string& tombstone,
                   std::map<std::string, std::int64_t>& changed) {
  for (const auto& found : rows_naming(tables, person_id)) {
    if (found.table == "people" || found.table == "audit_log") continue;
    const PersonalTable* rule = personal_table(found.table);
    if (!rule) continue;  // classified by the test: references only, nothing to empty
    // What they did with their account is about others: only sessions and tokens go.
    if (found.by_account && !rule->delete_rows) continue;
    if (rule->delete_rows) {
      SAMLA_ASSIGN(auto n,
                   s.execute("DELETE FROM " + found.table + " WHERE " + found.where, found.params));
      changed[found.table] += n;
      continue;
    }
    if (rule->cleared.empty()) continue;
    std::string sets;
    storage::Params params;
    for (const auto& c : rule->cleared) {
      sets += (sets.empty() ? "" : ", ") + std::string(c.column) + " = ";
      if (c.value_sql == kTombstoneValue) {
        sets += "?";
        params.push_back(tombstone);
      } else {
        sets += std::string(c.value_sql);
      }
    }
    params.insert(params.end(), found.params.begin(), found.params.end());
    SAMLA_ASSIGN(
        auto n,
        s.execute("UPDATE " + found.table + " SET " + sets + " WHERE " + found.where, params));
    changed[found.table] += n;
  }
  // The account that stood for them can no more be used.
  SAMLA_ASSIGN(auto n, s.execute("UPDATE users SET disabled = 1 WHERE person_id = ?", {person_id}));
  changed["users"] += n;
  return ok_status();
}

// The audit entries about the person and what belonged to them keep only that they happened.
Status forget_audit_values(Session& s, const std::vector<storage::TableInfo>& tables,
                           std::int64_t person_id, std::map<std::string, std::int64_t>& changed) {
  // Not the account's own doings: those are about others' records; its name goes below.
  const PersonRows about = audit_entries_about(rows_naming(tables, person_id), person_id);
  SAMLA_ASSIGN(auto n, s.execute("UPDATE audit_log SET before_json = NULL, after_json = NULL "
                                 "WHERE (" +
                                     about.where +
                                     ") AND (before_json IS NOT NULL OR "
                                     "after_json IS NOT NULL)",
                                 about.params));
  changed["audit_log"] += n;
  return ok_status();
}

// The columns that name someone else when they hold the same text: another person of the same
// name keeps theirs (the erased person's own values went by the rules above).
bool names_someone_else(const std::string& table, const std::string& column) {
  // The audit log's time, action and record are never rewritten (its trigger refuses).
  if (table == "audit_log")
    return column != "before_json" && column != "after_json" && column != "user_name";
  static const std::set<std::pair<std::string, std::string>> identities{
      {"people", "name"},
      {"people", "email"},
      {"people", "phone"},
      {"users", "name"},
      {"agreement_signatories", "name"},
      {"outbox", "to_name"}};
  return identities.count({table, column}) > 0;
}

// Messages sent to their address (an own page's link, mail before the invitation it came with
// was deleted) are theirs, whatever they refer to.
Status forget_messages(Session& s, const std::string& email, const std::string& tombstone,
                       std::map<std::string, std::int64_t>& changed) {
  if (email.empty()) return ok_status();
  SAMLA_ASSIGN(auto n, s.execute("UPDATE outbox SET to_name = ?, to_email = '', subject = '', body "
                                 "= '', calendar = NULL, personal_link = NULL, error = NULL, "
                                 "dedupe_key = NULL WHERE lower(to_email) = lower(?)",
                                 {tombstone, email}));
  changed["outbox"] += n;
  return ok_status();
}

// Their values wherever else they are written, in every text column of every table.
Status replace_everywhere(Session& s, const std::vector<storage::TableInfo>& tables,
                          const std::vector<std::string>& forms, const std::string& tombstone,
                          std::map<std::string, std::int64_t>& changed) {
  for (const auto& t : tables) {
    if (t.derived || t.name == "erasures") continue;
    for (const auto& c : t.columns) {
      if (!c.text || is_secret_column(c.name) || names_someone_else(t.name, c.name)) continue;
      const std::string column = "\"" + c.name + "\"";
      for (const auto& form : forms) {
        SAMLA_ASSIGN(auto n,
                     s.execute("UPDATE " + t.name + " SET " + column + " = REPLACE(" + column +
                                   ", ?, ?) WHERE " + contains_sql(s.dialect(), column),
                               {form, tombstone, form}));
        if (n > 0) changed[t.name] += n;
      }
    }
  }
  return ok_status();
}

// The search entries of everyone whose text now names the tombstone (their notes mentioned the
// person), so that no index keeps the erased words; on SQLite the full-text index is then
// merged, so no old segment holds them either.
Status reindex_rewritten(Session& s, std::int64_t person_id, const std::string& tombstone) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT id FROM people WHERE id = ? OR " +
                                      contains_sql(s.dialect(), "notes"),
                                  {person_id, tombstone}));
  for (const auto& r : rows) SAMLA_TRY(registry::store::reindex_person(s, r.integer(0)));
  if (s.dialect() == storage::Dialect::sqlite)
    SAMLA_TRY(s.execute("INSERT INTO people_search (people_search) VALUES ('optimize')"));
  return ok_status();
}

}  // namespace

json to_json(const ErasureReport& r) {
  return {{"erasure_id", r.erasure_id}, {"person_id", r.person_id}, {"erased_at", r.erased_at},
          {"erased_by", r.erased_by},   {"reason", r.reason},       {"changed", r.changed},
          {"backups", r.backups}};
}

Result<ErasureReport> erase_person(Session& s, std::int64_t person_id, std::string reason,
                                   const access::Principal& actor) {
  std::vector<FieldError> errors;
  check_text("reason", reason, kMaxReason, errors);
  if (!errors.empty()) return invalid_fields(std::move(errors));
  SAMLA_ASSIGN(auto values, identifying_values(s, person_id));
  SAMLA_ASSIGN(auto address, s.query_one("SELECT email FROM people WHERE id = ?", {person_id}));
  SAMLA_ASSIGN(auto erased, s.query("SELECT erased_at FROM people WHERE id = ?", {person_id}));
  if (!erased.empty() && !erased.front().is_null(0))
    return make_error(ErrorCode::conflict, Msg::person_already_erased);
  const std::vector<std::string> forms = written_forms(values);
  const std::string tombstone = tombstone_name(person_id);
  for (const auto& form : forms)
    for (std::size_t at = reason.find(form); at != std::string::npos; at = reason.find(form, at))
      reason.replace(at, form.size(), tombstone);

  ErasureReport report;
  report.person_id = person_id;
  report.erased_at = now_iso8601();
  report.erased_by = actor.name;
  report.reason = reason;
  // What SQLite frees from here on is overwritten with zeros, not left in the file.
  if (s.dialect() == storage::Dialect::sqlite) SAMLA_TRY(s.execute("PRAGMA secure_delete = ON"));
  SAMLA_ASSIGN(auto row, s.query_one("INSERT INTO erasures (person_id, erased_at, erased_by, "
                                     "reason, in_progress) VALUES (?, ?, ?, ?, 1) RETURNING id",
                                     {person_id, report.erased_at, actor.name, reason}));
  report.erasure_id = row.integer(0);
  SAMLA_ASSIGN(auto tables, storage::describe_tables(s));
  SAMLA_TRY(apply_rules(s, tables, person_id, tombstone, report.changed));
  SAMLA_TRY(forget_messages(s, address.text(0), tombstone, report.changed));
  SAMLA_TRY(forget_audit_values(s, tables, person_id, report.changed));
  SAMLA_TRY(registry::store::make_tombstone(s, person_id, tombstone));
  SAMLA_TRY(
      s.execute("UPDATE people SET erased_at = ? WHERE id = ?", {report.erased_at, person_id}));
  SAMLA_TRY(replace_everywhere(s, tables, forms, tombstone, report.changed));
  SAMLA_TRY(reindex_rewritten(s, person_id, tombstone));
  report.backups =
      "Backups made before " + report.erased_at +
      " (samla backup, database dumps, PostgreSQL base backups and WAL archives) still hold this "
      "person's data until they are deleted by their own schedule. A restored backup brings the "
      "data back: erase the person again after any restore (the erasures table lists every "
      "erasure).";
  SAMLA_TRY(s.execute("UPDATE erasures SET in_progress = 0, summary = ? WHERE id = ?",
                      {json(report.changed).dump(), report.erasure_id}));
  const json entry{{"reason", reason}, {"erasure_id", report.erasure_id}};
  SAMLA_TRY(access::record_change(s, actor, "erase", "person", std::to_string(person_id), nullptr,
                                  &entry));
  return report;
}

}  // namespace samla::rights
