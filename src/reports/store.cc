#include "programme/store.h"
#include "reports/store.h"

#include <unicode/unistr.h>

#include "access/audit.h"
#include "access/credentials.h"
#include "access/records.h"
#include "core/clock.h"
#include "events/store.h"
#include "register/store.h"
#include "reports/rules.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::reports::store {
namespace {

using nlohmann::json;
using storage::Session;

const access::RecordKind kReportRecord{"reports", "report", "report"};

constexpr const char* kSelect =
    "SELECT r.id, r.event_id, r.theme, r.from_date, r.to_date, r.status, r.intro_sv, "
    "r.intro_en, r.conclusions_sv, r.conclusions_en, r.approved_at, r.approved_by, "
    "r.published_at, r.public_token_hash IS NOT NULL, r.created_by, r.created_at, r.updated_at, "
    "r.version, e.title, t.name_sv, t.name_en, r.programme_id FROM reports r "
    "LEFT JOIN events e ON e.id = r.event_id LEFT JOIN themes t ON t.slug = r.theme ";

Report read_report(const storage::Row& row) {
  Report r;
  storage::read_columns(row, 0, r.id, r.event_id, r.theme, r.from, r.to, r.status, r.intro_sv,
                        r.intro_en, r.conclusions_sv, r.conclusions_en, r.approved_at,
                        r.approved_by, r.published_at, r.public_link, r.created_by, r.created_at,
                        r.updated_at, r.version);
  r.programme_id = row.optional_integer(21);
  if (r.event_id) {
    r.title = row.text(18);
  } else {
    // "Stigma reduction, 2026-01-01 – 2026-12-31": the theme in English (the wire's title; the
    // renderings name it in their language) and the dates.
    r.title = r.theme ? (row.is_null(20) ? *r.theme : row.text(20)) : "All themes";
    if (r.from || r.to) r.title += ", " + r.from.value_or("…") + " – " + r.to.value_or("…");
  }
  return r;
}

json audit_json(const Report& r) {
  return {{"event_id", r.event_id ? json(*r.event_id) : json(nullptr)},
          {"theme", r.theme ? json(*r.theme) : json(nullptr)},
          {"from", r.from ? json(*r.from) : json(nullptr)},
          {"to", r.to ? json(*r.to) : json(nullptr)},
          {"status", r.status},
          {"intro_sv", r.intro_sv},
          {"intro_en", r.intro_en},
          {"conclusions_sv", r.conclusions_sv},
          {"conclusions_en", r.conclusions_en},
          {"public_link", r.public_link},
          {"version", r.version}};
}

}  // namespace

Result<Report> insert_report(Session& s, Report r, const access::Principal& actor) {
  std::vector<FieldError> errors = check_scope(r);
  for (auto& e : check_texts(r)) errors.push_back(std::move(e));
  if (r.event_id) {
    auto event = events::store::get_event(s, *r.event_id);
    if (!event.ok())
      errors.emplace_back("event_id", Msg::no_event_with_id,
                          MessageParams{{"id", std::to_string(*r.event_id)}});
  }
  if (r.theme) {
    SAMLA_ASSIGN(auto themes, s.query("SELECT 1 FROM themes WHERE slug = ?", {*r.theme}));
    if (themes.empty())
      errors.emplace_back("theme", Msg::unknown_theme, MessageParams{{"value", *r.theme}});
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  // A report of an event belongs where the event does, unless the request says otherwise.
  std::optional<std::int64_t> programme = r.programme_id;
  if (!programme && r.event_id) {
    SAMLA_ASSIGN(auto event,
                 s.query_one("SELECT programme_id FROM events WHERE id = ?", {*r.event_id}));
    programme = event.optional_integer(0);
  }
  SAMLA_ASSIGN(const std::int64_t programme_id, programme::store::programme_for(s, programme));
  const std::string now = now_iso8601();
  SAMLA_ASSIGN(
      auto row,
      s.query_one("INSERT INTO reports (event_id, theme, from_date, to_date, status, "
                  "intro_sv, intro_en, conclusions_sv, conclusions_en, created_by, "
                  "created_at, updated_at, version, programme_id) VALUES (?, ?, ?, ?, "
                  "'draft', ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id",
                  {storage::nullable(r.event_id), storage::nullable(r.theme),
                   storage::nullable(r.from), storage::nullable(r.to), r.intro_sv, r.intro_en,
                   r.conclusions_sv, r.conclusions_en, actor.name, now, now, programme_id}));
  SAMLA_ASSIGN(Report created, get_report(s, row.integer(0)));
  SAMLA_TRY(access::audit_created(s, kReportRecord, created.id, audit_json(created), actor));
  return created;
}

Result<Report> get_report(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelect) + "WHERE r.id = ?", {id}));
  if (rows.empty()) return make_error(ErrorCode::not_found, Msg::no_such_report);
  return read_report(rows.front());
}

Result<std::vector<Report>> list_reports(Session& s) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelect) + "ORDER BY r.id DESC"));
  std::vector<Report> out;
  for (const auto& row : rows) out.push_back(read_report(row));
  return out;
}

Result<std::optional<Report>> latest_for_event(Session& s, std::int64_t event_id) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelect) + "WHERE r.event_id = ? ORDER BY r.id DESC",
                                  {event_id}));
  if (rows.empty()) return std::optional<Report>();
  return std::optional<Report>(read_report(rows.front()));
}

Result<bool> has_approved_report(Session& s, std::int64_t event_id) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT 1 FROM reports WHERE event_id = ? AND status IN "
                                  "('approved', 'published')",
                                  {event_id}));
  return !rows.empty();
}

Result<Report> update_texts(Session& s, std::int64_t id, const Report& texts,
                            std::optional<std::int64_t> expected_version,
                            const access::Principal& actor) {
  SAMLA_ASSIGN(Report before,
               access::read_for_change(s, id, expected_version, kReportRecord, get_report));
  if (before.status != "draft")
    return invalid_field("status", Msg::only_in_draft, {{"status", before.status}});
  if (auto errors = check_texts(texts); !errors.empty()) return invalid_fields(std::move(errors));
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE reports SET intro_sv = ?, intro_en = ?, conclusions_sv = ?, conclusions_en = ?, "
      "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
      {texts.intro_sv, texts.intro_en, texts.conclusions_sv, texts.conclusions_en, now_iso8601(),
       id, before.version},
      "report"));
  SAMLA_ASSIGN(Report after, get_report(s, id));
  SAMLA_TRY(
      access::audit_changed(s, kReportRecord, id, audit_json(before), audit_json(after), actor));
  return after;
}

Result<Report> move_report(Session& s, std::int64_t id, const std::string& to,
                           const std::optional<json>& snapshot,
                           std::optional<std::int64_t> expected_version,
                           const access::Principal& actor) {
  SAMLA_ASSIGN(Report before,
               access::read_for_change(s, id, expected_version, kReportRecord, get_report));
  if (!allowed_transition(before.status, to))
    return invalid_field("to", Msg::cannot_go_from_to, {{"from", before.status}, {"to", to}});
  const std::string now = now_iso8601();
  std::string sets = "status = ?";
  storage::Params params{to};
  if (to == "approved" && before.status == "in_review") {
    sets += ", snapshot = ?, approved_at = ?, approved_by = ?";
    params.push_back(snapshot ? snapshot->dump() : std::string("{}"));
    params.push_back(now);
    params.push_back(actor.name);
  }
  if (to == "published") {
    sets += ", published_at = ?";
    params.push_back(now);
  }
  if (before.status == "published") sets += ", published_at = NULL, public_token_hash = NULL";
  params.push_back(now);
  params.push_back(id);
  params.push_back(before.version);
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE reports SET " + sets +
          ", updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
      params, "report"));
  SAMLA_ASSIGN(Report after, get_report(s, id));
  SAMLA_TRY(access::audit_changed(s, kReportRecord, id, audit_json(before), audit_json(after),
                                  actor, "transition"));
  return after;
}

Result<std::optional<json>> snapshot_of(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto rows,
               s.query("SELECT snapshot FROM reports WHERE id = ? AND snapshot IS NOT NULL", {id}));
  if (rows.empty()) return std::optional<json>();
  json parsed = json::parse(rows.front().text(0), nullptr, false);
  if (parsed.is_discarded())
    return hidden_error(ErrorCode::internal, "The report's snapshot is damaged.");
  return std::optional<json>(std::move(parsed));
}

Result<std::optional<std::string>> set_public_link(Session& s, std::int64_t id, bool on,
                                                   const access::Principal& actor) {
  SAMLA_ASSIGN(Report before, get_report(s, id));
  if (on && before.status != "published")
    return invalid_field("status", Msg::is_status, {{"status", before.status}});
  std::optional<std::string> token;
  if (on) token = access::credentials::random_secret();
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE reports SET public_token_hash = ?, updated_at = ?, version = version + 1 WHERE id = "
      "? "
      "AND version = ?",
      {token ? storage::Value(access::credentials::sha256_hex(*token)) : storage::Value(nullptr),
       now_iso8601(), id, before.version},
      "report"));
  SAMLA_ASSIGN(Report after, get_report(s, id));
  SAMLA_TRY(access::audit_changed(s, kReportRecord, id, audit_json(before), audit_json(after),
                                  actor, on ? "public_link" : "revoke_public_link"));
  return token;
}

Result<Report> by_public_token(Session& s, const std::string& token) {
  if (token.size() != 43) return make_error(ErrorCode::not_found, Msg::report_link_not_valid);
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelect) +
                                      "WHERE r.public_token_hash = ? AND r.status = 'published'",
                                  {access::credentials::sha256_hex(token)}));
  if (rows.empty()) return make_error(ErrorCode::not_found, Msg::report_link_not_valid);
  return read_report(rows.front());
}

Result<std::vector<Comment>> comments_of(Session& s, std::int64_t report_id) {
  SAMLA_TRY(get_report(s, report_id));
  SAMLA_ASSIGN(auto rows,
               s.query("SELECT id, report_id, author, body, created_at FROM report_comments "
                       "WHERE report_id = ? ORDER BY id",
                       {report_id}));
  std::vector<Comment> out;
  for (const auto& row : rows) {
    Comment c;
    storage::read_columns(row, 0, c.id, c.report_id, c.author, c.body, c.created_at);
    out.push_back(std::move(c));
  }
  return out;
}

Result<Comment> insert_comment(Session& s, std::int64_t report_id, const std::string& body,
                               const access::Principal& actor) {
  SAMLA_ASSIGN(Report report, get_report(s, report_id));
  if (report.status != "in_review")
    return invalid_field("body", Msg::is_status, {{"status", report.status}});
  if (body.find_first_not_of(" \t\r\n") == std::string::npos)
    return invalid_field("body", Msg::not_empty);
  if (icu::UnicodeString::fromUTF8(body).countChar32() > static_cast<std::int32_t>(kMaxComment))
    return invalid_field("body", Msg::max_characters, {{"max", std::to_string(kMaxComment)}});
  Comment c{0, report_id, actor.name, body, now_iso8601()};
  SAMLA_ASSIGN(auto row,
               s.query_one("INSERT INTO report_comments (report_id, author, body, created_at) "
                           "VALUES (?, ?, ?, ?) RETURNING id",
                           {report_id, c.author, c.body, c.created_at}));
  c.id = row.integer(0);
  json after{{"report_id", report_id}, {"author", c.author}, {"body", c.body}};
  SAMLA_TRY(access::record_change(s, actor, "create", "report_comment", std::to_string(c.id),
                                  nullptr, &after));
  return c;
}

}  // namespace samla::reports::store
