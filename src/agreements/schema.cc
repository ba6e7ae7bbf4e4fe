#include "agreements/schema.h"

namespace samla::agreements {
namespace {

// Parties and signatories are rows, not JSON: "the agreements of this organisation" is a query,
// and a person's erasure (issue 20) finds their signatures (and the name each was signed under).
constexpr const char* kAgreementsSql = R"sql(
CREATE TABLE agreements (
  id @ID@,
  programme_id @INT@ NOT NULL REFERENCES programmes(id),
  kind TEXT NOT NULL CHECK (kind IN ('letter_of_intent', 'partnership_agreement',
    'memorandum_of_understanding', 'data_sharing_agreement', 'other')),
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'out_for_signature', 'signed', 'ended')),
  signed_on TEXT,
  starts_on TEXT,
  ends_on TEXT,
  document_url TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1
);
CREATE INDEX agreements_programme ON agreements (programme_id, id);

CREATE TABLE agreement_parties (
  agreement_id @INT@ NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  position @INT@ NOT NULL,
  organisation_id @INT@ NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  PRIMARY KEY (agreement_id, organisation_id)
);
CREATE INDEX agreement_parties_organisation ON agreement_parties (organisation_id);

CREATE TABLE agreement_signatories (
  agreement_id @INT@ NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  position @INT@ NOT NULL,
  person_id @INT@ REFERENCES people(id) ON DELETE SET NULL,
  name TEXT NOT NULL,
  organisation_id @INT@ NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  signed_on TEXT
);
CREATE INDEX agreement_signatories_agreement ON agreement_signatories (agreement_id, position);
CREATE INDEX agreement_signatories_person ON agreement_signatories (person_id);
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{40, "agreements", kAgreementsSql, "", ""}};
}

}  // namespace samla::agreements
