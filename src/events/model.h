// Workshops and policy dialogues (issue 6): events with their design and lifecycle, and the
// register of lessons learned that gates thematic workshops. Plain data, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace samla::events {

// The closed vocabularies, as on the wire and in the database.
const std::vector<std::string>& event_types();      // kickoff, thematic_workshop, …
const std::vector<std::string>& formats();          // in_person, online, hybrid
const std::vector<std::string>& statuses();         // draft … closed, in lifecycle order
const std::vector<std::string>& lesson_statuses();  // identified, validated
// proposed, invited, accepted, declined, tentative, attended, no_show, withdrawn
const std::vector<std::string>& invitation_statuses();
const std::vector<std::string>& attendance_modes();  // in_person, online

struct AgendaItem {
  std::string time;  // HH:MM, local to the event's time zone
  std::string title;
  std::string owner;
  std::vector<std::string> items;  // sub-items
  // Stable within its event from the first save on, so outcomes can name the item they
  // belong to however the agenda is edited later; 0 until saved.
  std::int64_t id = 0;
};

struct Material {
  std::string title;
  std::string url;
};

struct Event {
  std::int64_t id = 0;
  std::string title;
  std::string type = "thematic_workshop";
  // The programme it belongs to (programme/store.h programme_for: the default when none).
  std::optional<std::int64_t> programme_id;
  std::vector<std::string> themes;  // theme slugs
  std::string objectives;
  std::string format = "in_person";
  std::optional<std::string> venue;
  std::optional<std::string> link;
  std::string starts_at;  // YYYY-MM-DDTHH:MM, wall-clock time in `time_zone`
  std::string ends_at;
  std::string time_zone = "Europe/Stockholm";  // IANA
  int capacity = 0;
  std::vector<std::string> working_languages;         // ISO 639-1
  std::vector<std::string> interpretation_languages;  // ISO 639-1
  std::string accessibility;
  std::vector<AgendaItem> agenda;
  std::vector<std::string> facilitators;  // names
  // The facilitators who have an account: they may write the event's outcomes.
  std::vector<std::int64_t> facilitator_user_ids;
  std::vector<Material> materials;
  // The organisers' own words in the invitation, per language (empty: the standard text
  // alone), and the day by which they would like an answer (YYYY-MM-DD, on or before the
  // event's first day). Both also show on the RSVP page.
  std::string invitation_text_sv, invitation_text_en;
  std::optional<std::string> reply_by;
  std::string status = "draft";
  std::optional<std::string>
      readiness_override;  // the admin's reason, when the gate was overridden
  std::string created_at, updated_at;
  std::int64_t version = 1;
  std::int64_t agenda_next_id = 1;  // the id the next new agenda item gets (never reused)
};

struct Lesson {
  std::int64_t id = 0;
  std::string text;
  std::string source;  // e.g. "WP5 pilot, Region Skåne"
  std::vector<std::string> themes;
  std::string status = "identified";
  std::string created_at, updated_at;
  std::int64_t version = 1;
};

// One person asked to one event (at most one per person and event). The person's name,
// organisation, country and e-mail are read from the register each time (not copied).
struct Invitation {
  std::int64_t id = 0;
  std::int64_t event_id = 0;
  std::int64_t person_id = 0;
  std::string person_name;
  std::optional<std::string> organisation_name, country, email;
  std::string status = "proposed";
  std::string language = "en";  // of the message and the RSVP page: sv or en
  std::optional<std::int64_t> selection_id;
  std::optional<std::string> explanation;  // JSON: score, parts, fills (from the selection)
  // Read-only: the selection's quotas (by index) about lived experience, whose fills only
  // those who may see special-category data are shown.
  std::vector<int> special_quotas;
  std::optional<std::int64_t> waitlist_for;  // the declined invitation this one replaces
  std::optional<std::string> invited_at, responded_at, checked_in_at;
  std::optional<std::string> interpretation_language;
  // For a hybrid event: whether the person comes in person or takes part online (in_person,
  // online), as they answered.
  std::optional<std::string> attendance_mode;
  // When the last reminder to answer was sent (none: never reminded).
  std::optional<std::string> reminded_at;
  // Special-category data (it can reveal health or disability): kept only with consent.
  std::optional<std::string> access_needs, access_needs_consent_at;
  std::string comment;  // the participant's, from the RSVP page
  std::string note;     // the organisers', with the last status change
  std::string created_at, updated_at;
  std::int64_t version = 1;
};

}  // namespace samla::events
