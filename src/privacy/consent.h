// Consent and legal basis (issue 20 part 1): for each person and purpose, the basis samla
// processes their data on (GDPR art. 6, and art. 9 for lived experience), since when, how it
// was given, the exact wording they were shown (versioned, in Swedish and English), and its
// withdrawal. Plain data and rules, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace samla::privacy {

// What a basis is for.
inline constexpr std::string_view kContactPurpose =
    "contact";  // being contacted: invitations, digests
inline constexpr std::string_view kLivedExperiencePurpose = "lived_experience";  // art. 9 data
inline constexpr std::string_view kPhotosPurpose = "photos";  // photos and recordings
inline constexpr std::string_view kNetworkPurpose = "network_analysis";
inline constexpr std::string_view kNamedPurpose = "named_in_reports";  // quotes with their name

// contact, lived_experience, photos, network_analysis, named_in_reports
const std::vector<std::string>& consent_purposes();
// consent, explicit_consent (art. 9(2)(a)), legitimate_interest, public_task, contract
const std::vector<std::string>& legal_bases();
// The bases a purpose may rest on: lived experience only on explicit consent; photos and being
// named only on consent; network analysis on consent or legitimate interest; contact on any but
// explicit consent.
std::vector<std::string> bases_for(std::string_view purpose);
// How it was given or withdrawn: form, email, paper, verbal, own_page, register, event, import,
// migration.
const std::vector<std::string>& consent_channels();

inline constexpr std::size_t kMaxConsentText = 4000;

// One version of the wording a person is shown for a purpose, in both languages. Versions are
// never changed: a new wording is a new version, and each consent names the one shown.
struct ConsentText {
  std::string purpose;
  std::int64_t version = 0;
  std::string text_en, text_sv;
  std::string created_at, created_by;
};

struct Consent {
  std::int64_t id = 0;
  std::int64_t person_id = 0;
  std::string purpose;
  std::string basis;
  std::int64_t text_version = 0;  // 0 given: the purpose's newest wording
  std::string channel = "form";
  std::string given_on;  // YYYY-MM-DD; none given: today
  std::string recorded_by, recorded_at;
  // The basis was set for everyone already registered when consents came (migration 46), or
  // came with a lived-experience entry made before: a coordinator confirms it.
  bool needs_review = false;
  std::optional<std::string> ended_at, ended_by;
  std::optional<std::string> ended_how;         // withdrawn (or objected to), replaced (by a newer)
  std::optional<std::string> ended_via;         // the channel of a withdrawal
  std::optional<std::string> text_en, text_sv;  // joined: the wording shown
  std::int64_t version = 1;

  bool active() const { return !ended_at; }
};

// What is wrong with `c` as a new consent (purpose, basis for it, channel, day not in the future
// and not before `earliest`): field errors.
std::vector<FieldError> check_consent(const Consent& c, const std::string& today);
// What is wrong with a new wording: the purpose, both texts given and not too long.
std::vector<FieldError> check_consent_text(const ConsentText& t);

// SQL predicates other capabilities put in their queries, so that every check of a basis reads
// the same rows. `person` is the SQL expression of a person's id ("p.id", "i.person_id").
// True when the person has an active basis for being contacted about the programme.
std::string contact_basis_sql(std::string_view person);
// True when the person withdrew consent to network analysis (or objected to it) and has not
// given it again: they leave the network view and its exports.
std::string network_withdrawn_sql(std::string_view person);
// True when the person has an active consent to being named (quotes in reports).
std::string named_consent_sql(std::string_view person);

}  // namespace samla::privacy
