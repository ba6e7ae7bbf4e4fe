#include "events/invitation_rules.h"

#include "events/rules.h"

#include <algorithm>
#include <map>
#include <set>

namespace samla::events {

const std::vector<std::string>& invitation_statuses() {
  static const std::vector<std::string> v{"proposed",  "invited",  "accepted", "declined",
                                          "tentative", "attended", "no_show",  "withdrawn"};
  return v;
}

const std::vector<std::string>& attendance_modes() {
  static const std::vector<std::string> v{"in_person", "online"};
  return v;
}

bool allowed_invitation_step(const std::string& from, const std::string& to) {
  static const std::map<std::string, std::set<std::string>> steps{
      {"proposed", {"invited", "withdrawn"}},
      {"invited", {"accepted", "declined", "tentative", "attended", "withdrawn"}},
      {"accepted", {"declined", "tentative", "attended", "no_show", "withdrawn"}},
      {"tentative", {"accepted", "declined", "attended", "no_show", "withdrawn"}},
      {"declined", {"accepted", "tentative", "attended", "withdrawn"}},
      {"attended", {"no_show"}},
      {"no_show", {"attended"}},
      {"withdrawn", {"proposed"}},
  };
  auto found = steps.find(from);
  return found != steps.end() && found->second.count(to) > 0;
}

bool is_answer(const std::string& status) {
  return status == "accepted" || status == "declined" || status == "tentative";
}

bool holds_seat(const std::string& status) {
  return status == "proposed" || status == "invited" || status == "accepted" ||
         status == "tentative" || status == "attended";
}

std::optional<Message> event_forbids_step(const std::string& event_status, const std::string& to) {
  const bool open = admits_invitations(event_status);
  const bool before_held = event_status == "draft" || event_status == "designed" || open;
  if ((to == "attended" || to == "no_show") && !open && event_status != "held")
    return Message{Msg::attendance_only_open_or_held};
  if ((is_answer(to) || to == "invited") && !open) return Message{Msg::not_open_for_invitations};
  if ((to == "proposed" || to == "withdrawn") && !before_held) return Message{Msg::already_held};
  return std::nullopt;
}

std::optional<FieldError> attendance_mode_problem(const Event& e, const std::string& response,
                                                  const std::optional<std::string>& mode) {
  if (e.format != "hybrid") {
    if (mode) return FieldError("attendance_mode", Msg::attendance_mode_hybrid_only);
    return std::nullopt;
  }
  if (mode && std::find(attendance_modes().begin(), attendance_modes().end(), *mode) ==
                  attendance_modes().end())
    return FieldError("attendance_mode", Msg::must_be_values,
                      MessageParams{{"values", "in_person\nonline"}});
  if (!mode && (response == "accepted" || response == "tentative"))
    return FieldError("attendance_mode", Msg::choose_attendance_mode);
  return std::nullopt;
}

bool due_for_reminder(const Invitation& v, TimePoint now) {
  if (v.status != "invited") return false;
  for (const auto& contact : {v.invited_at, v.reminded_at}) {
    TimePoint at;
    if (contact && parse_iso8601(*contact, at) && now - at < kReminderPause) return false;
  }
  return true;
}

std::string message_language(const std::vector<std::string>& languages) {
  return std::find(languages.begin(), languages.end(), "sv") != languages.end() ? "sv" : "en";
}

}  // namespace samla::events
