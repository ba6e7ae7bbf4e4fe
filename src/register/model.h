// The register's domain types: plain structs, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "privacy/redaction.h"

namespace samla::registry {

// The closed vocabularies, as they appear on the wire and in the database.
const std::vector<std::string>& sectors();       // agency, municipality, region, business, …
const std::vector<std::string>& levels();        // local, regional, national, international
const std::vector<std::string>& perspectives();  // policymaker, researcher, …
bool is_sector(std::string_view s);
bool is_level(std::string_view s);
bool is_perspective(std::string_view s);

// Lived experience of mental illness is health data (GDPR art. 9): privacy/redaction.h decides
// who sees it.
inline constexpr std::string_view kLivedExperience = privacy::kLivedExperience;

// A person or an organisation of the register: the one reference to a stakeholder that the
// analysis (whom an assessment is about), the events and the network (a tie's ends) share.
struct StakeholderRef {
  enum class Kind { person, organisation };
  Kind kind = Kind::person;
  std::int64_t id = 0;
  friend auto operator<=>(const StakeholderRef&, const StakeholderRef&) = default;
};
std::string_view kind_name(StakeholderRef::Kind kind);  // "person", "organisation"

// What the register says about a stakeholder that other capabilities group, filter and
// show by (register/profiles.h reads it). A person's sector is their organisation's. Perspectives
// are as stored: callers redact them through privacy/redaction.h before they leave the server.
struct Profile {
  std::string name;
  std::optional<std::string> organisation_name;  // people only
  std::optional<std::string> country;            // ISO alpha-2
  std::optional<std::string> sector;
  std::vector<std::string> perspectives;  // people only
  std::vector<std::string> themes;        // a person's expertise (theme slugs)
  std::optional<std::string> email;       // people only
};

// Created/updated times and the version that ETag and If-Match carry.
struct RecordMeta {
  std::int64_t id = 0;
  std::string created_at;
  std::string updated_at;
  std::int64_t version = 1;
};

struct Country {
  std::string code;    // ISO 3166-1 alpha-2, e.g. "SE"
  std::string alpha3;  // "SWE"
  std::string name_en;
  std::string name_sv;
};

struct CountryGroup {
  RecordMeta meta;
  std::string slug;  // "member_states"
  std::string name;  // "Member States"
  std::string description;
  std::vector<std::string> countries;  // ISO alpha-2 codes
};

struct Theme {
  RecordMeta meta;
  std::string slug;  // "stigma_reduction"
  std::string name_en;
  std::string name_sv;
  std::string description;
};

struct Organisation {
  RecordMeta meta;
  std::string name;
  // Empty only for an organisation "to complete": one a people sheet named without them.
  std::optional<std::string> sector;
  std::optional<std::string> level;
  std::optional<std::string> country;
  std::optional<std::int64_t> parent_id;
  std::optional<std::string> parent_name;  // read-only, joined
  std::optional<std::string> website;
  // The person to invite for the organisation (a kickoff list names organisations too).
  std::optional<std::int64_t> contact_person_id;
  std::optional<std::string> contact_person_name;  // read-only, joined
};

// Whether an organisation may be written without its sector and level (both: one without the
// other is refused). Only one that a people sheet names without them is created so ("to
// complete", listed for someone to finish); the form and the API ask for both, also when
// completing one.
enum class SectorAndLevel { required, may_wait };

struct Person {
  RecordMeta meta;
  std::string name;
  std::optional<std::string> title;
  std::optional<std::int64_t> organisation_id;
  std::optional<std::string> organisation_name;  // read-only, joined
  std::optional<std::string> country;
  std::vector<std::string> perspectives;
  std::vector<std::string> themes;     // theme slugs (expertise)
  std::vector<std::string> languages;  // ISO 639-1 codes, e.g. "sv"
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::vector<std::string> tags;
  std::string notes;
  // The notes hold health details (their writer said so): read, and searched, only by those
  // who see special-category data, even where free text is open to every reader.
  bool notes_special = false;
  std::optional<std::string> mapped_by;       // who mapped this stakeholder
  std::optional<std::string> mapping_reason;  // and why
  // Input only: the day the person gave explicit consent to keeping their lived experience
  // (YYYY-MM-DD), recorded as a consent with the newest wording when the write adds it.
  std::optional<std::string> lived_experience_consent_on;
};

}  // namespace samla::registry
