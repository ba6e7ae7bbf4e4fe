#include "privacy/consent_schema.h"

#include "core/clock.h"
#include "privacy/consent.h"

namespace samla::privacy {
namespace {

// At most one active consent per person and purpose (a partial unique index, on both backends);
// ended ones stay as the history. The wording shown is named by (purpose, version).
constexpr const char* kConsentsSql = R"sql(
CREATE TABLE consent_texts (
  purpose TEXT NOT NULL CHECK (purpose IN ('contact', 'lived_experience', 'photos',
    'network_analysis', 'named_in_reports')),
  version @INT@ NOT NULL,
  text_en TEXT NOT NULL,
  text_sv TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (purpose, version)
);
CREATE TABLE consents (
  id @ID@,
  person_id @INT@ NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  purpose TEXT NOT NULL,
  basis TEXT NOT NULL CHECK (basis IN ('consent', 'explicit_consent', 'legitimate_interest',
    'public_task', 'contract')),
  text_version @INT@ NOT NULL,
  channel TEXT NOT NULL,
  given_on TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  needs_review @INT@ NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
  ended_at TEXT,
  ended_by TEXT,
  ended_how TEXT CHECK (ended_how IN ('withdrawn', 'replaced')),
  ended_via TEXT,
  version @INT@ NOT NULL DEFAULT 1,
  FOREIGN KEY (purpose, text_version) REFERENCES consent_texts (purpose, version)
);
CREATE INDEX consents_person ON consents (person_id, purpose);
CREATE UNIQUE INDEX consents_one_active ON consents (person_id, purpose) WHERE ended_at IS NULL;
CREATE INDEX consents_review ON consents (needs_review);
)sql";

struct FirstWording {
  std::string_view purpose, en, sv;
};

// The first wording of each purpose, in plain words.
constexpr FirstWording kFirstWordings[] = {
    {kContactPurpose,
     "We keep your name, organisation and contact details so that we can invite you to the "
     "programme's workshops and dialogues and tell you about its work. You can say no at any "
     "time, and we will stop contacting you.",
     "Vi sparar ditt namn, din organisation och dina kontaktuppgifter för att kunna bjuda in dig "
     "till programmets workshoppar och dialoger och berätta om arbetet. Du kan säga nej när som "
     "helst, och då slutar vi kontakta dig."},
    {kLivedExperiencePurpose,
     "I agree that the programme records that I take part with my own experience of mental "
     "illness, so that people with lived experience are heard in its work. Only the programme's "
     "coordinators see this. I can withdraw my consent at any time, and it is then erased.",
     "Jag samtycker till att programmet antecknar att jag deltar med egen erfarenhet av psykisk "
     "ohälsa, så att personer med egen erfarenhet hörs i arbetet. Bara programmets samordnare ser "
     "detta. Jag kan återkalla mitt samtycke när som helst, och då raderas uppgiften."},
    {kPhotosPurpose,
     "I agree that photos and recordings in which I appear may be used in the programme's "
     "reports and communication. I can withdraw my consent at any time.",
     "Jag samtycker till att foton och inspelningar där jag syns får användas i programmets "
     "rapporter och kommunikation. Jag kan återkalla mitt samtycke när som helst."},
    {kNetworkPurpose,
     "I agree that my contacts with others in the programme are shown in its network map and "
     "analysis. I can withdraw my consent at any time, and I am then left out of the map.",
     "Jag samtycker till att mina kontakter med andra i programmet visas i dess nätverkskarta och "
     "analys. Jag kan återkalla mitt samtycke när som helst, och då syns jag inte i kartan."},
    {kNamedPurpose,
     "I agree that what I say may be quoted with my name in the programme's reports. I can "
     "withdraw my consent at any time, and my quotes are then shown without my name.",
     "Jag samtycker till att det jag säger får citeras med mitt namn i programmets rapporter. Jag "
     "kan återkalla mitt samtycke när som helst, och då visas mina citat utan mitt namn."},
};

// The first wordings, and for everyone already in the register a basis for contact on legitimate
// interest, recorded as set by this migration and marked for a coordinator to review.
Status seed_consents(storage::Session& s) {
  const std::string now = now_iso8601();
  for (const auto& w : kFirstWordings)
    SAMLA_TRY(
        s.execute("INSERT INTO consent_texts (purpose, version, text_en, text_sv, "
                  "created_at, created_by) VALUES (?, 1, ?, ?, ?, 'migration')",
                  {std::string(w.purpose), std::string(w.en), std::string(w.sv), now}));
  SAMLA_TRY(s.execute(
      "INSERT INTO consents (person_id, purpose, basis, text_version, channel, given_on, "
      "recorded_by, recorded_at, needs_review) SELECT id, 'contact', 'legitimate_interest', 1, "
      "'migration', substr(created_at, 1, 10), 'migration', ?, 1 FROM people",
      {now}));
  return ok_status();
}

}  // namespace

std::vector<storage::Migration> consent_migrations() {
  return {storage::Migration{46, "consents", kConsentsSql, "", "", seed_consents}};
}

}  // namespace samla::privacy
