// The one place that knows which register values are special-category data and removes them
// for a viewer who may not see them. Every output of perspectives (JSON, CSV, XLSX, GraphML,
// GEXF, reports) goes through here, so no output names lived experience on its own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "privacy/consent.h"
#include "privacy/viewer.h"

namespace samla::privacy {

// The perspective that is special-category data (GDPR art. 9): lived experience of mental
// illness. The register's vocabulary lists it among the perspectives.
inline constexpr std::string_view kLivedExperience = "lived_experience";

// Whether `perspective` is special-category data.
bool is_special_perspective(std::string_view perspective);

// The invitation selection's quota kind "a share of the seats with lived experience", and the
// flag on a kept selection's quota rows whose outcome is special-category data (both API).
inline constexpr std::string_view kLivedExperienceShare = "lived_experience_share";
inline constexpr std::string_view kSpecialQuotaFlag = "about_lived_experience";

// Whether a selection quota of `kind` on `key` is about special-category data: who fills it,
// and whether it is met, tell who has lived experience.
bool is_special_quota(std::string_view kind, std::string_view key);

// Removes from `perspectives` what `viewer` may not see.
void redact_perspectives(std::vector<std::string>& perspectives, const Viewer& viewer);

// What a writer may not see, they cannot have removed or added either: `after` (sorted)
// keeps the special-category perspectives of `before` and no others, for such a writer.
void keep_hidden_perspectives(const std::vector<std::string>& before,
                              std::vector<std::string>& after, const Viewer& writer);

// `perspectives` as `viewer` may see them.
std::vector<std::string> visible_perspectives(const std::vector<std::string>& perspectives,
                                              const Viewer& viewer);

// Whether a consent for `purpose` is special-category data: one about lived experience tells
// that the person has it (or was asked), so only those who see lived experience see it.
bool is_special_consent(std::string_view purpose);

// Removes from `consents` those `viewer` may not see.
void redact_consents(std::vector<Consent>& consents, const Viewer& viewer);

// Empties free text about a person (a note, a contact's summary) that `viewer` may not read, and
// marks it so: health details end up in such text. A text marked `special` (its writer said it
// holds health details) is read only by those who see special-category data.
inline void redact_free_text(std::string& text, bool& hidden, const Viewer& viewer,
                             bool special = false) {
  hidden = special ? !viewer.sees_special_category() : !viewer.sees_free_text();
  if (hidden) text.clear();
}

// Removes from counts by perspective (the dashboard's participation) the rows `viewer` may not
// see: how many people with lived experience took part is special-category data too.
template <typename Row>
void redact_perspective_rows(std::vector<Row>& rows, std::string Row::*perspective,
                             const Viewer& viewer) {
  if (viewer.sees_special_category()) return;
  std::erase_if(rows, [&](const Row& row) { return is_special_perspective(row.*perspective); });
}

}  // namespace samla::privacy
