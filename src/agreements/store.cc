#include "agreements/store.h"

#include <nlohmann/json.hpp>

#include "access/records.h"
#include "agreements/rules.h"
#include "agreements/wire.h"
#include "programme/store.h"
#include "storage/references.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::agreements::store {
namespace {

using storage::Session;

constexpr access::RecordKind kAgreementRecord{"agreements", "agreement", "agreement"};

constexpr const char* kSelect =
    "SELECT a.id, a.programme_id, a.kind, a.title, a.summary, a.status, a.signed_on, "
    "a.starts_on, a.ends_on, a.document_url, a.created_by, a.created_at, a.updated_at, "
    "a.version FROM agreements a ";

Agreement read_agreement(const storage::Row& r) {
  Agreement a;
  storage::read_columns(r, 0, a.id, a.programme_id, a.kind, a.title, a.summary, a.status,
                        a.signed_on, a.starts_on, a.ends_on, a.document_url, a.created_by,
                        a.created_at, a.updated_at, a.version);
  return a;
}

// Each agreement's parties and signatories, by position; a signatory of the register under
// their name there.
Status fill_details(Session& s, std::vector<Agreement>& list) {
  for (auto& a : list) {
    SAMLA_ASSIGN(auto parties,
                 s.query("SELECT x.organisation_id, o.name FROM agreement_parties x JOIN "
                         "organisations o ON o.id = x.organisation_id WHERE x.agreement_id = ? "
                         "ORDER BY x.position",
                         {a.id}));
    for (const auto& r : parties) a.parties.push_back({r.integer(0), r.text(1)});
    SAMLA_ASSIGN(auto signatories,
                 s.query("SELECT x.person_id, COALESCE(p.name, x.name), x.organisation_id, x.role, "
                         "x.signed_on FROM agreement_signatories x LEFT JOIN people p ON p.id = "
                         "x.person_id WHERE x.agreement_id = ? ORDER BY x.position",
                         {a.id}));
    for (const auto& r : signatories)
      a.signatories.push_back(
          {r.optional_integer(0), r.text(1), r.integer(2), r.text(3), r.optional_text(4)});
  }
  return ok_status();
}

// The rules, then the references: the parties and the signatories of the register.
Status check(Session& s, const Agreement& a) {
  std::vector<FieldError> errors = check_agreement(a);
  for (std::size_t i = 0; i < a.parties.size() && i < kMaxParties; ++i)
    SAMLA_TRY(storage::note_missing_reference(s, "SELECT 1 FROM organisations WHERE id = ?",
                                              a.parties[i].organisation_id,
                                              "parties[" + std::to_string(i) + "].organisation_id",
                                              Msg::no_organisation_with_id, errors));
  for (std::size_t i = 0; i < a.signatories.size() && i < kMaxSignatories; ++i)
    if (a.signatories[i].person_id)
      SAMLA_TRY(storage::note_missing_reference(
          s, "SELECT 1 FROM people WHERE id = ?", *a.signatories[i].person_id,
          "signatories[" + std::to_string(i) + "].person_id", Msg::no_person_with_id, errors));
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return ok_status();
}

Status write_details(Session& s, const Agreement& a) {
  SAMLA_TRY(s.execute("DELETE FROM agreement_parties WHERE agreement_id = ?", {a.id}));
  SAMLA_TRY(s.execute("DELETE FROM agreement_signatories WHERE agreement_id = ?", {a.id}));
  std::int64_t position = 0;
  for (const auto& p : a.parties)
    SAMLA_TRY(
        s.execute("INSERT INTO agreement_parties (agreement_id, position, organisation_id) "
                  "VALUES (?, ?, ?)",
                  {a.id, position++, p.organisation_id}));
  position = 0;
  for (const auto& x : a.signatories)
    // A signatory of the register is shown under the register's name, and keeps the name they
    // signed under: a signature stays readable (and the agreement changeable) after the person
    // leaves the register. Erasing a person (issue 20) must clear this copy too.
    SAMLA_TRY(s.execute(
        "INSERT INTO agreement_signatories (agreement_id, position, person_id, name, "
        "organisation_id, role, signed_on) VALUES (?, ?, ?, COALESCE((SELECT name FROM people "
        "WHERE id = ?), ?), ?, ?, ?)",
        {a.id, position++, storage::nullable(x.person_id), storage::nullable(x.person_id), x.name,
         x.organisation_id, x.role, storage::nullable(x.signed_on)}));
  return ok_status();
}

}  // namespace

Result<std::vector<Agreement>> list_agreements(Session& s, const ListFilter& filter) {
  std::string sql = std::string(kSelect) + "WHERE 1 = 1";
  storage::Params params;
  if (filter.programme_id) {
    sql += " AND a.programme_id = ?";
    params.emplace_back(*filter.programme_id);
  }
  if (filter.organisation_id) {
    sql += " AND a.id IN (SELECT agreement_id FROM agreement_parties WHERE organisation_id = ?)";
    params.emplace_back(*filter.organisation_id);
  }
  if (filter.status) {
    sql += " AND a.status = ?";
    params.emplace_back(*filter.status);
  }
  SAMLA_ASSIGN(
      auto rows,
      s.query(sql + " ORDER BY a.signed_on IS NULL, a.signed_on DESC, a.title, a.id", params));
  auto list = storage::read_rows(rows, read_agreement);
  SAMLA_TRY(fill_details(s, list));
  return list;
}

Result<Agreement> get_agreement(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto row,
               s.query_one(std::string(kSelect) + "WHERE a.id = ?", {id}, Msg::no_such_agreement));
  std::vector<Agreement> one{read_agreement(row)};
  SAMLA_TRY(fill_details(s, one));
  return std::move(one.front());
}

Result<Agreement> insert_agreement(Session& s, Agreement a, const access::Principal& actor) {
  SAMLA_ASSIGN(const std::int64_t programme, programme::store::programme_for(s, a.programme_id));
  SAMLA_TRY(check(s, a));
  const std::string now = now_iso8601();
  SAMLA_ASSIGN(
      auto row,
      s.query_one("INSERT INTO agreements (programme_id, kind, title, summary, status, "
                  "signed_on, starts_on, ends_on, document_url, created_by, created_at, "
                  "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                  "RETURNING id",
                  {programme, a.kind, a.title, a.summary, a.status, storage::nullable(a.signed_on),
                   storage::nullable(a.starts_on), storage::nullable(a.ends_on),
                   storage::nullable(a.document_url), actor.name, now, now}));
  a.id = row.integer(0);
  SAMLA_TRY(write_details(s, a));
  SAMLA_ASSIGN(Agreement created, get_agreement(s, a.id));
  SAMLA_TRY(access::audit_created(s, kAgreementRecord, created.id, to_json(created), actor));
  return created;
}

Result<Agreement> update_agreement(Session& s, std::int64_t id, Agreement next,
                                   std::optional<std::int64_t> expected_version,
                                   const access::Principal& actor) {
  SAMLA_ASSIGN(Agreement before,
               access::read_for_change(s, id, expected_version, kAgreementRecord, get_agreement));
  SAMLA_ASSIGN(next.programme_id,
               programme::store::programme_on_change(s, next.programme_id, before.programme_id));
  SAMLA_TRY(check(s, next));
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE agreements SET programme_id = ?, kind = ?, title = ?, summary = ?, status = ?, "
      "signed_on = ?, starts_on = ?, ends_on = ?, document_url = ?, updated_at = ?, version = "
      "version + 1 WHERE id = ? AND version = ?",
      {*next.programme_id, next.kind, next.title, next.summary, next.status,
       storage::nullable(next.signed_on), storage::nullable(next.starts_on),
       storage::nullable(next.ends_on), storage::nullable(next.document_url), now_iso8601(), id,
       before.version},
      kAgreementRecord.what));
  next.id = id;
  SAMLA_TRY(write_details(s, next));
  SAMLA_ASSIGN(Agreement after, get_agreement(s, id));
  SAMLA_TRY(access::audit_changed(s, kAgreementRecord, id, to_json(before), to_json(after), actor));
  return after;
}

Status delete_agreement(Session& s, std::int64_t id, std::optional<std::int64_t> expected_version,
                        const access::Principal& actor) {
  SAMLA_ASSIGN(Agreement before,
               access::read_for_change(s, id, expected_version, kAgreementRecord, get_agreement));
  return access::delete_record(s, kAgreementRecord, id, before.version, to_json(before), actor);
}

}  // namespace samla::agreements::store
