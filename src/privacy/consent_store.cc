#include "privacy/consent_store.h"

#include "access/records.h"
#include "core/clock.h"
#include "core/date.h"
#include "privacy/consent_wire.h"
#include "privacy/redaction.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::privacy::consents {
namespace {

using storage::Session;

constexpr access::RecordKind kConsentRecord{"consents", "consent", "consent"};
constexpr access::RecordKind kConsentTextRecord{"consent_texts", "consent_text", "consent text"};

constexpr const char* kSelect =
    "SELECT c.id, c.person_id, c.purpose, c.basis, c.text_version, c.channel, c.given_on, "
    "c.recorded_by, c.recorded_at, c.needs_review, c.ended_at, c.ended_by, c.ended_how, "
    "c.ended_via, t.text_en, t.text_sv, c.version FROM consents c JOIN consent_texts t ON "
    "t.purpose = c.purpose AND t.version = c.text_version ";

Consent read_consent(const storage::Row& r) {
  Consent c;
  storage::read_columns(r, 0, c.id, c.person_id, c.purpose, c.basis, c.text_version, c.channel,
                        c.given_on, c.recorded_by, c.recorded_at, c.needs_review, c.ended_at,
                        c.ended_by, c.ended_how, c.ended_via, c.text_en, c.text_sv, c.version);
  return c;
}

Status check_person(Session& s, std::int64_t person_id) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT 1 FROM people WHERE id = ?", {person_id}));
  if (rows.empty())
    return make_error(ErrorCode::not_found, Msg::no_such_person,
                      {{"id", std::to_string(person_id)}});
  return ok_status();
}

// The wording `version` of `purpose` (the newest when 0); a 422 naming text_version otherwise.
Result<std::int64_t> wording_version(Session& s, const std::string& purpose, std::int64_t version) {
  if (version == 0) {
    SAMLA_ASSIGN(auto rows,
                 s.query("SELECT MAX(version) FROM consent_texts WHERE purpose = ?", {purpose}));
    if (!rows.empty() && !rows.front().is_null(0)) return rows.front().integer(0);
  } else {
    SAMLA_ASSIGN(auto rows, s.query("SELECT 1 FROM consent_texts WHERE purpose = ? AND version = ?",
                                    {purpose, version}));
    if (!rows.empty()) return version;
  }
  return invalid_field("text_version", Msg::no_consent_text_version,
                       {{"version", std::to_string(version)}});
}

// Ends consent `before` (`how`: withdrawn or replaced), unless someone changed it meanwhile.
Result<Consent> end_consent(Session& s, const Consent& before, const std::string& how,
                            const std::optional<std::string>& via, const access::Principal& actor) {
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE consents SET ended_at = ?, ended_by = ?, ended_how = ?, ended_via = ?, version = "
      "version + 1 WHERE id = ? AND version = ? AND ended_at IS NULL",
      {now_iso8601(), actor.name, how, storage::nullable(via), before.id, before.version},
      kConsentRecord.what));
  SAMLA_ASSIGN(Consent after, get_consent(s, before.person_id, before.id));
  SAMLA_TRY(access::audit_changed(s, kConsentRecord, before.id, to_json(before), to_json(after),
                                  actor, how == "withdrawn" ? "withdraw" : "replace"));
  return after;
}

}  // namespace

Result<std::vector<ConsentText>> list_texts(Session& s) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT purpose, version, text_en, text_sv, created_at, "
                                  "created_by FROM consent_texts ORDER BY purpose, version"));
  return storage::read_rows(rows, [](const storage::Row& r) {
    ConsentText t;
    storage::read_columns(r, 0, t.purpose, t.version, t.text_en, t.text_sv, t.created_at,
                          t.created_by);
    return t;
  });
}

Result<ConsentText> add_text(Session& s, ConsentText text, const access::Principal& actor) {
  auto errors = check_consent_text(text);
  if (!errors.empty()) return invalid_fields(std::move(errors));
  SAMLA_ASSIGN(auto rows, s.query("SELECT COALESCE(MAX(version), 0) + 1 FROM consent_texts WHERE "
                                  "purpose = ?",
                                  {text.purpose}));
  text.version = rows.front().integer(0);
  text.created_at = now_iso8601();
  text.created_by = actor.name;
  SAMLA_TRY(s.execute(
      "INSERT INTO consent_texts (purpose, version, text_en, text_sv, created_at, "
      "created_by) VALUES (?, ?, ?, ?, ?, ?)",
      {text.purpose, text.version, text.text_en, text.text_sv, text.created_at, text.created_by}));
  SAMLA_TRY(access::audit_created(s, kConsentTextRecord, text.version, to_json(text), actor));
  return text;
}

Result<std::vector<Consent>> list_consents(Session& s, std::int64_t person_id) {
  SAMLA_TRY(check_person(s, person_id));
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelect) +
                                      "WHERE c.person_id = ? ORDER BY CASE WHEN c.ended_at IS "
                                      "NULL THEN 0 ELSE 1 END, c.id DESC",
                                  {person_id}));
  return storage::read_rows(rows, read_consent);
}

Result<Consent> get_consent(Session& s, std::int64_t person_id, std::int64_t id) {
  SAMLA_ASSIGN(auto row, s.query_one(std::string(kSelect) + "WHERE c.id = ? AND c.person_id = ?",
                                     {id, person_id}, Msg::no_such_consent));
  return read_consent(row);
}

Result<Consent> give_consent(Session& s, Consent c, const access::Principal& actor) {
  SAMLA_TRY(check_person(s, c.person_id));
  const std::string today = day_from_today(0);
  if (c.given_on.empty()) c.given_on = today;
  auto errors = check_consent(c, today);
  if (!errors.empty()) return invalid_fields(std::move(errors));
  SAMLA_ASSIGN(c.text_version, wording_version(s, c.purpose, c.text_version));
  SAMLA_ASSIGN(auto active, s.query("SELECT id FROM consents WHERE person_id = ? AND purpose = ? "
                                    "AND ended_at IS NULL",
                                    {c.person_id, c.purpose}));
  if (!active.empty()) {
    SAMLA_ASSIGN(Consent before, get_consent(s, c.person_id, active.front().integer(0)));
    SAMLA_ASSIGN(Consent replaced, end_consent(s, before, "replaced", std::nullopt, actor));
    (void)replaced;
  }
  SAMLA_ASSIGN(auto row,
               s.query_one("INSERT INTO consents (person_id, purpose, basis, text_version, "
                           "channel, given_on, recorded_by, recorded_at, needs_review, version) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 1) RETURNING id",
                           {c.person_id, c.purpose, c.basis, c.text_version, c.channel, c.given_on,
                            actor.name, now_iso8601()}));
  SAMLA_ASSIGN(Consent created, get_consent(s, c.person_id, row.integer(0)));
  SAMLA_TRY(access::audit_created(s, kConsentRecord, created.id, to_json(created), actor));
  return created;
}

Result<Consent> withdraw_consent(Session& s, std::int64_t person_id, std::int64_t id,
                                 const std::string& channel,
                                 std::optional<std::int64_t> expected_version,
                                 const access::Principal& actor) {
  SAMLA_ASSIGN(Consent before, get_consent(s, person_id, id));
  SAMLA_TRY(access::check_version(before.version, expected_version));
  if (!before.active()) return Error(ErrorCode::conflict, Msg::consent_already_ended);
  Consent probe = before;
  probe.channel = channel;
  for (auto& e : check_consent(probe, day_from_today(0)))
    if (e.field == "channel") return invalid_fields({std::move(e)});
  SAMLA_ASSIGN(Consent after, end_consent(s, before, "withdrawn", channel, actor));
  // Lived experience is kept only with explicit consent: withdrawing it erases the entry.
  if (before.purpose == kLivedExperiencePurpose)
    SAMLA_TRY(s.execute("DELETE FROM person_perspectives WHERE person_id = ? AND perspective = ?",
                        {person_id, std::string(kLivedExperience)}));
  return after;
}

Result<Consent> confirm_review(Session& s, std::int64_t person_id, std::int64_t id,
                               std::optional<std::int64_t> expected_version,
                               const access::Principal& actor) {
  SAMLA_ASSIGN(Consent before, get_consent(s, person_id, id));
  SAMLA_TRY(access::check_version(before.version, expected_version));
  if (!before.needs_review || !before.active())
    return Error(ErrorCode::conflict, Msg::consent_needs_no_review);
  SAMLA_TRY(storage::execute_versioned(
      s, "UPDATE consents SET needs_review = 0, version = version + 1 WHERE id = ? AND version = ?",
      {id, before.version}, kConsentRecord.what));
  SAMLA_ASSIGN(Consent after, get_consent(s, person_id, id));
  SAMLA_TRY(access::audit_changed(s, kConsentRecord, id, to_json(before), to_json(after), actor,
                                  "review"));
  return after;
}

Status record_contact_basis(Session& s, std::int64_t first_id, std::int64_t last_id,
                            const access::Principal& actor, const std::string& channel) {
  const std::string now = now_iso8601();
  SAMLA_TRY(s.execute(
      "INSERT INTO consents (person_id, purpose, basis, text_version, channel, given_on, "
      "recorded_by, recorded_at, needs_review) SELECT p.id, 'contact', 'legitimate_interest', "
      "(SELECT MAX(version) FROM consent_texts WHERE purpose = 'contact'), ?, ?, ?, ?, 0 FROM "
      "people p WHERE p.id BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM consents c WHERE "
      "c.person_id = p.id AND c.purpose = 'contact')",
      {channel, now.substr(0, 10), actor.name, now, first_id, last_id}));
  return ok_status();
}

Status end_duplicates_before_merge(Session& s, std::int64_t survivor, std::int64_t other,
                                   const access::Principal& actor) {
  // Per purpose, the latest decision of either record stands: a withdrawal (or objection) made
  // after every grant ends what either record still has active, so a duplicate's basis never
  // brings back what the person said no to.
  SAMLA_ASSIGN(auto withdrawn,
               s.query("SELECT DISTINCT a.id, a.person_id FROM consents a WHERE a.person_id IN "
                       "(?, ?) AND a.ended_at IS NULL AND EXISTS (SELECT 1 FROM consents w WHERE "
                       "w.person_id IN (?, ?) AND w.purpose = a.purpose AND w.ended_how = "
                       "'withdrawn' AND w.ended_at > (SELECT MAX(g.recorded_at) FROM consents g "
                       "WHERE g.person_id IN (?, ?) AND g.purpose = a.purpose))",
                       {survivor, other, survivor, other, survivor, other}));
  for (const auto& r : withdrawn) {
    SAMLA_ASSIGN(Consent before, get_consent(s, r.integer(1), r.integer(0)));
    SAMLA_ASSIGN(Consent ended, end_consent(s, before, "withdrawn", std::string("merge"), actor));
    (void)ended;
  }
  SAMLA_ASSIGN(auto rows, s.query("SELECT o.id FROM consents o WHERE o.person_id = ? AND "
                                  "o.ended_at IS NULL AND EXISTS (SELECT 1 FROM consents k WHERE "
                                  "k.person_id = ? AND k.purpose = o.purpose AND k.ended_at IS "
                                  "NULL)",
                                  {other, survivor}));
  for (const auto& r : rows) {
    SAMLA_ASSIGN(Consent before, get_consent(s, other, r.integer(0)));
    SAMLA_ASSIGN(Consent ended, end_consent(s, before, "replaced", std::nullopt, actor));
    (void)ended;
  }
  return ok_status();
}

Result<bool> has_active(Session& s, std::int64_t person_id, std::string_view purpose) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT 1 FROM consents WHERE person_id = ? AND purpose = ? AND "
                                  "ended_at IS NULL",
                                  {person_id, std::string(purpose)}));
  return !rows.empty();
}

Result<std::vector<ReviewEntry>> review(Session& s, bool special, int limit) {
  std::vector<ReviewEntry> out;
  SAMLA_ASSIGN(auto migrated, s.query("SELECT c.person_id, p.name, c.id FROM consents c JOIN "
                                      "people p ON p.id = c.person_id WHERE c.needs_review = 1 "
                                      "AND c.ended_at IS NULL ORDER BY p.name, p.id LIMIT ?",
                                      {std::int64_t{limit}}));
  for (const auto& r : migrated)
    out.push_back({r.integer(0), r.text(1), r.integer(2), "set_by_migration"});
  if (!special) return out;
  SAMLA_ASSIGN(auto lived,
               s.query("SELECT p.id, p.name FROM people p JOIN person_perspectives pp ON "
                       "pp.person_id = p.id AND pp.perspective = ? WHERE NOT EXISTS (SELECT 1 "
                       "FROM consents c WHERE c.person_id = p.id AND c.purpose = ? AND "
                       "c.ended_at IS NULL) ORDER BY p.name, p.id LIMIT ?",
                       {std::string(kLivedExperience), std::string(kLivedExperiencePurpose),
                        std::int64_t{limit}}));
  for (const auto& r : lived)
    out.push_back({r.integer(0), r.text(1), std::nullopt, "lived_experience_without_consent"});
  return out;
}

}  // namespace samla::privacy::consents
