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

struct AgendaItem {
  std::string time;  // HH:MM, local to the event's time zone
  std::string title;
  std::string owner;
  std::vector<std::string> items;  // sub-items
};

struct Material {
  std::string title;
  std::string url;
};

struct Event {
  std::int64_t id = 0;
  std::string title;
  std::string type = "thematic_workshop";
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
  std::vector<Material> materials;
  std::string status = "draft";
  std::optional<std::string>
      readiness_override;  // the admin's reason, when the gate was overridden
  std::string created_at, updated_at;
  std::int64_t version = 1;
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

}  // namespace samla::events
