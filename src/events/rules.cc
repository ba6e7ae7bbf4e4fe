#include "events/rules.h"

#include <unicode/locid.h>

#include <set>

#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>

namespace samla::events {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool blank(const std::string& s) {
  return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

// "YYYY-MM-DDTHH:MM" naming a real day and time.
bool is_local_time(const std::string& text) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0;
  if (text.size() != 16 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':')
    return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15})
    if (text[i] < '0' || text[i] > '9') return false;
  std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d", &y, &mo, &d, &h, &mi);
  return h < 24 && mi < 60 &&
         std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{unsigned(mo)},
                                     std::chrono::day{unsigned(d)}}
             .ok();
}

bool is_clock_time(const std::string& text) {
  return text.size() == 5 && text[2] == ':' && std::isdigit(text[0]) && std::isdigit(text[1]) &&
         std::isdigit(text[3]) && std::isdigit(text[4]) && std::stoi(text.substr(0, 2)) < 24 &&
         std::stoi(text.substr(3, 2)) < 60;
}

// ICU knows the IANA zones (and answers "Etc/Unknown" for anything else).
bool is_time_zone(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  std::unique_ptr<icu::TimeZone> zone(
      icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(id)));
  return zone && *zone != icu::TimeZone::getUnknown();
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

bool is_web_address(const std::string& url) {
  return (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0) && url.size() > 10 &&
         url.find_first_of(" \t\r\n") == std::string::npos;
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
  if (e.format != "in_person" && (!e.link || !is_web_address(*e.link)))
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
