#include "events/rules.h"

#include <unicode/locid.h>

#include <algorithm>
#include <set>

#include "core/date.h"
#include "core/web_address.h"

namespace samla::events {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool blank(const std::string& s) {
  return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

bool is_local_time(const std::string& text) {
  return parse_local_minute(text).has_value();
}

// A two-letter code ICU lists as ISO 639 (so "xx" is refused, "se" for Northern Sami kept).
bool is_language(const std::string& code) {
  if (code.size() != 2 || !std::islower(code[0]) || !std::islower(code[1])) return false;
  static const std::set<std::string> known = [] {
    std::set<std::string> out;
    for (const char* const* c = icu::Locale::getISOLanguages(); *c; ++c) out.insert(*c);
    return out;
  }();
  return known.count(code) > 0;
}

void check_languages(std::vector<FieldError>& errors, const char* field,
                     const std::vector<std::string>& codes) {
  for (const auto& code : codes)
    if (!is_language(code))
      errors.push_back({field, "\"" + code + "\" is not an ISO 639-1 code such as sv or en"});
}

}  // namespace

const std::vector<std::string>& event_types() {
  static const std::vector<std::string> v{"kickoff", "thematic_workshop", "policy_dialogue",
                                          "group_meeting"};
  return v;
}
const std::vector<std::string>& formats() {
  static const std::vector<std::string> v{"in_person", "online", "hybrid"};
  return v;
}
const std::vector<std::string>& statuses() {
  static const std::vector<std::string> v{"draft", "designed", "open_for_invitations",
                                          "held",  "reported", "closed"};
  return v;
}
const std::vector<std::string>& lesson_statuses() {
  static const std::vector<std::string> v{"identified", "validated"};
  return v;
}

std::vector<FieldError> check_event(const Event& e) {
  std::vector<FieldError> errors;
  if (blank(e.title)) errors.push_back({"title", "is required"});
  if (e.title.size() > 300) errors.push_back({"title", "must be at most 300 bytes"});
  if (!contains(event_types(), e.type))
    errors.push_back(
        {"type", "must be kickoff, thematic_workshop, policy_dialogue or group_meeting"});
  if (!contains(formats(), e.format))
    errors.push_back({"format", "must be in_person, online or hybrid"});
  if (e.format != "online" && (!e.venue || blank(*e.venue)))
    errors.push_back({"venue", "is required for an event in person or hybrid"});
  // Every address is checked whatever the format: an in-person event's link is still shown.
  if (e.link && !is_web_address(*e.link))
    errors.push_back({"link", "must be a web address (https://…)"});
  else if (e.format != "in_person" && !e.link)
    errors.push_back({"link", "must be a web address (https://…) for an online or hybrid event"});
  if (!is_time_zone(e.time_zone))
    errors.push_back({"time_zone", "is not an IANA time zone such as Europe/Stockholm"});
  bool starts = is_local_time(e.starts_at), ends = is_local_time(e.ends_at);
  if (!starts) errors.push_back({"starts_at", "must be a date and time written YYYY-MM-DDTHH:MM"});
  if (!ends) errors.push_back({"ends_at", "must be a date and time written YYYY-MM-DDTHH:MM"});
  if (starts && ends && e.ends_at <= e.starts_at)
    errors.push_back({"ends_at", "must be after the start"});
  if (e.capacity < 1 || e.capacity > 10000)
    errors.push_back({"capacity", "must be a whole number from 1 to 10000"});
  check_languages(errors, "working_languages", e.working_languages);
  check_languages(errors, "interpretation_languages", e.interpretation_languages);
  for (std::size_t i = 0; i < e.agenda.size(); ++i) {
    std::string field = "agenda[" + std::to_string(i) + "]";
    if (!is_clock_time(e.agenda[i].time)) errors.push_back({field + ".time", "must be HH:MM"});
    if (blank(e.agenda[i].title)) errors.push_back({field + ".title", "is required"});
  }
  for (std::size_t i = 0; i < e.materials.size(); ++i)
    if (!is_web_address(e.materials[i].url))
      errors.push_back({"materials[" + std::to_string(i) + "].url", "must be a web address"});
  if (e.objectives.size() > 8000) errors.push_back({"objectives", "must be at most 8000 bytes"});
  if (e.accessibility.size() > 8000)
    errors.push_back({"accessibility", "must be at most 8000 bytes"});
  return errors;
}

std::vector<FieldError> check_lesson(const Lesson& l) {
  std::vector<FieldError> errors;
  if (blank(l.text)) errors.push_back({"text", "is required"});
  if (l.text.size() > 8000) errors.push_back({"text", "must be at most 8000 bytes"});
  if (l.source.size() > 300) errors.push_back({"source", "must be at most 300 bytes"});
  if (!contains(lesson_statuses(), l.status))
    errors.push_back({"status", "must be identified or validated"});
  if (l.themes.empty()) errors.push_back({"themes", "must name at least one theme"});
  return errors;
}

bool allowed_transition(const std::string& from, const std::string& to) {
  const auto& s = statuses();
  auto at = [&](const std::string& v) { return std::find(s.begin(), s.end(), v) - s.begin(); };
  if (!contains(s, from) || !contains(s, to)) return false;
  if (at(to) == at(from) + 1) return true;
  return to == "draft" && (from == "designed" || from == "open_for_invitations");
}

std::optional<std::string> instant_text(std::string_view local, std::string_view zone) {
  auto minute = parse_local_minute(local);
  auto at = minute ? instant_of(*minute, zone) : std::nullopt;
  if (!at) return std::nullopt;
  return format_iso8601(*at);
}

std::optional<std::string> too_early_to_hold(const Event& e, TimePoint now) {
  auto start = parse_local_minute(e.starts_at);
  auto at = start ? instant_of(*start, e.time_zone) : std::nullopt;
  if (at && now >= *at) return std::nullopt;
  return "the event has not started yet (it starts " + e.starts_at + ", " + e.time_zone + ")";
}

std::optional<std::string> too_early_for_attendance(const Event& e, TimePoint now) {
  auto start = parse_local_minute(e.starts_at);
  auto today = day_in(now, e.time_zone);
  if (start && today && *today >= start->day) return std::nullopt;
  return "attendance is recorded from the day the event starts (" + e.starts_at.substr(0, 10) + ")";
}

bool admits_invitations(const std::string& status) {
  return status == "open_for_invitations";
}

std::vector<std::string> themes_without_validated_lesson(const Event& e,
                                                         const std::vector<Lesson>& lessons) {
  std::vector<std::string> missing;
  if (e.type != "thematic_workshop") return missing;
  for (const auto& theme : e.themes) {
    bool found = std::any_of(lessons.begin(), lessons.end(), [&](const Lesson& l) {
      return l.status == "validated" && contains(l.themes, theme);
    });
    if (!found) missing.push_back(theme);
  }
  return missing;
}

}  // namespace samla::events
