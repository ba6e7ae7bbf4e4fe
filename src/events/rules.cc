#include "events/rules.h"

#include <algorithm>
#include <set>

#include "core/date.h"
#include "core/text_checks.h"
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

void check_languages(std::vector<FieldError>& errors, const char* field,
                     const std::vector<std::string>& codes) {
  for (const auto& code : codes)
    if (!is_language_code(code))
      errors.emplace_back(field, Msg::not_iso_639_1, MessageParams{{"value", code}});
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
  if (blank(e.title)) errors.emplace_back("title", Msg::required);
  if (e.title.size() > 300)
    errors.emplace_back("title", Msg::max_bytes, MessageParams{{"max", "300"}});
  if (!contains(event_types(), e.type))
    errors.emplace_back(
        "type", Msg::must_be_values,
        MessageParams{{"values", "kickoff\nthematic_workshop\npolicy_dialogue\ngroup_meeting"}});
  if (!contains(formats(), e.format))
    errors.emplace_back("format", Msg::must_be_values,
                        MessageParams{{"values", "in_person\nonline\nhybrid"}});
  if (e.format != "online" && (!e.venue || blank(*e.venue)))
    errors.emplace_back("venue", Msg::venue_required);
  // Every address is checked whatever the format: an in-person event's link is still shown.
  if (e.link && !is_web_address(*e.link))
    errors.emplace_back("link", Msg::web_address_https);
  else if (e.format != "in_person" && !e.link)
    errors.emplace_back("link", Msg::online_address_required);
  if (!is_time_zone(e.time_zone)) errors.emplace_back("time_zone", Msg::time_zone_format);
  bool starts = is_local_time(e.starts_at), ends = is_local_time(e.ends_at);
  if (!starts) errors.emplace_back("starts_at", Msg::date_time_format);
  if (!ends) errors.emplace_back("ends_at", Msg::date_time_format);
  if (starts && ends && e.ends_at <= e.starts_at)
    errors.emplace_back("ends_at", Msg::after_the_start);
  if (e.capacity < 1 || e.capacity > 10000)
    errors.emplace_back("capacity", Msg::whole_number_range,
                        MessageParams{{"min", "1"}, {"max", "10000"}});
  check_languages(errors, "working_languages", e.working_languages);
  check_languages(errors, "interpretation_languages", e.interpretation_languages);
  for (std::size_t i = 0; i < e.agenda.size(); ++i) {
    std::string field = "agenda[" + std::to_string(i) + "]";
    if (!is_clock_time(e.agenda[i].time)) errors.emplace_back(field + ".time", Msg::time_format);
    if (blank(e.agenda[i].title)) errors.emplace_back(field + ".title", Msg::required);
  }
  for (std::size_t i = 0; i < e.materials.size(); ++i)
    if (!is_web_address(e.materials[i].url))
      errors.emplace_back("materials[" + std::to_string(i) + "].url", Msg::web_address);
  if (e.objectives.size() > 8000)
    errors.emplace_back("objectives", Msg::max_bytes, MessageParams{{"max", "8000"}});
  if (e.accessibility.size() > 8000)
    errors.emplace_back("accessibility", Msg::max_bytes, MessageParams{{"max", "8000"}});
  for (const auto& [field, text] : {std::pair{"invitation_text_sv", &e.invitation_text_sv},
                                    std::pair{"invitation_text_en", &e.invitation_text_en}})
    if (text->size() > 4000)
      errors.emplace_back(field, Msg::max_bytes, MessageParams{{"max", "4000"}});
  if (e.reply_by) {
    if (!parse_day(*e.reply_by))
      errors.emplace_back("reply_by", Msg::date_format);
    else if (starts && *e.reply_by > e.starts_at.substr(0, 10))
      errors.emplace_back("reply_by", Msg::reply_by_after_start,
                          MessageParams{{"day", e.starts_at.substr(0, 10)}});
  }
  return errors;
}

std::vector<FieldError> check_lesson(const Lesson& l) {
  std::vector<FieldError> errors;
  if (blank(l.text)) errors.emplace_back("text", Msg::required);
  if (l.text.size() > 8000)
    errors.emplace_back("text", Msg::max_bytes, MessageParams{{"max", "8000"}});
  if (l.source.size() > 300)
    errors.emplace_back("source", Msg::max_bytes, MessageParams{{"max", "300"}});
  if (!contains(lesson_statuses(), l.status))
    errors.emplace_back("status", Msg::must_be_values,
                        MessageParams{{"values", "identified\nvalidated"}});
  if (l.themes.empty()) errors.emplace_back("themes", Msg::at_least_one_theme);
  return errors;
}

std::vector<FieldError> assign_agenda_ids(std::vector<AgendaItem>& agenda,
                                          const std::vector<AgendaItem>& before,
                                          std::int64_t& next_id) {
  std::vector<FieldError> errors;
  std::set<std::int64_t> stored, seen;
  for (const auto& item : before) stored.insert(item.id);
  for (std::size_t i = 0; i < agenda.size(); ++i) {
    auto& item = agenda[i];
    if (item.id > 0 && !seen.insert(item.id).second) {
      errors.emplace_back("agenda[" + std::to_string(i) + "].id", Msg::duplicate_agenda_item_id);
      continue;
    }
    if (item.id > 0 && stored.count(item.id)) continue;
    seen.erase(item.id);
    item.id = next_id++;
  }
  return errors;
}

bool may_name_facilitators(const access::Principal& actor, const std::vector<std::int64_t>& before,
                           const std::vector<std::int64_t>& next) {
  if (actor.role == access::Role::admin || actor.role == access::Role::coordinator) return true;
  if (std::set<std::int64_t>(before.begin(), before.end()) ==
      std::set<std::int64_t>(next.begin(), next.end()))
    return true;
  return before.empty() && std::all_of(next.begin(), next.end(),
                                       [&](std::int64_t id) { return id == actor.user_id; });
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

std::optional<Message> too_early_to_hold(const Event& e, TimePoint now) {
  auto start = parse_local_minute(e.starts_at);
  auto at = start ? instant_of(*start, e.time_zone) : std::nullopt;
  if (at && now >= *at) return std::nullopt;
  return Message{Msg::not_started_yet, {{"starts_at", e.starts_at}, {"zone", e.time_zone}}};
}

std::optional<Message> too_early_for_attendance(const Event& e, TimePoint now) {
  auto start = parse_local_minute(e.starts_at);
  auto today = day_in(now, e.time_zone);
  if (start && today && *today >= start->day) return std::nullopt;
  return Message{Msg::attendance_from_start_day, {{"day", e.starts_at.substr(0, 10)}}};
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
