// The arena's contact history (issue 19 part 5): meetings, calls, e-mails and notes with a
// person or an organisation — the day, the channel, who had the contact, what was said and when
// to follow it up — as a CRM user keeps them. Plain data, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace samla::interactions {

// meeting, call, email, letter, event, note
const std::vector<std::string>& channels();

struct Interaction {
  std::int64_t id = 0;
  std::optional<std::int64_t> programme_id;                   // none given: the default programme
  std::optional<std::int64_t> person_id, organisation_id;     // at least one
  std::optional<std::string> person_name, organisation_name;  // joined
  std::string day;                                            // YYYY-MM-DD
  std::string channel = "meeting";
  std::string by;  // who on the programme's side had the contact; none given: the writer
  // Free text about a person: shielded like notes (privacy/viewer.h sees_free_text).
  std::string summary;
  // Marked as special-category data (health details): read only by those who see lived
  // experience, whatever the privacy settings say about free text.
  bool summary_special = false;
  bool summary_hidden = false;              // answers only: the viewer may not read it
  std::optional<std::string> follow_up_on;  // YYYY-MM-DD
  bool followed_up = false;
  std::string created_by, created_at, updated_at;
  std::int64_t version = 1;
};

}  // namespace samla::interactions
