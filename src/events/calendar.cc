#include "events/calendar.h"

#include <unicode/gregocal.h>
#include <unicode/unistr.h>
#include <unicode/vtzone.h>

#include <algorithm>
#include <memory>

#include "core/clock.h"
#include "core/date.h"

namespace samla::events {
namespace {

// RFC 5545 §3.3.11: backslash, semicolon, comma and newlines escaped.
std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == ';' || c == ',') {
      out.push_back('\\');
      out.push_back(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out.push_back(c);
    }
  }
  return out;
}

// RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF and a space), never inside a
// UTF-8 sequence.
std::string fold(const std::string& line) {
  std::string out;
  std::size_t width = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
    if (width + length > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line, i, length);
    width += length;
    i += length - 1;
  }
  return out + "\r\n";
}

// "2027-03-10T09:00" → "20270310T090000".
std::string local_stamp(const std::string& t) {
  return t.substr(0, 4) + t.substr(5, 2) + t.substr(8, 2) + "T" + t.substr(11, 2) +
         t.substr(14, 2) + "00";
}

// "2026-11-24T02:14:19.189Z" → "20261124T021419Z".
std::string utc_stamp(const std::string& t) {
  if (t.size() < 19) return "19700101T000000Z";
  return t.substr(0, 4) + t.substr(5, 2) + t.substr(8, 2) + "T" + t.substr(11, 2) +
         t.substr(14, 2) + t.substr(17, 2) + "Z";
}

// The zone's rules around the event's start, as a VTIMEZONE.
Result<std::string> vtimezone(const Event& e) {
  icu::UnicodeString id = icu::UnicodeString::fromUTF8(e.time_zone);
  std::unique_ptr<icu::VTimeZone> zone(icu::VTimeZone::createVTimeZoneByID(id));
  UErrorCode status = U_ZERO_ERROR;
  if (!zone) return hidden_error(ErrorCode::internal, "ICU does not know " + e.time_zone);
  icu::GregorianCalendar calendar(zone->clone(), status);
  auto local = parse_local_minute(e.starts_at);
  if (!local) return hidden_error(ErrorCode::internal, "A stored event has a malformed start.");
  calendar.set(static_cast<int>(local->day.year()),
               static_cast<int>(static_cast<unsigned>(local->day.month())) - 1,
               static_cast<int>(static_cast<unsigned>(local->day.day())), local->hour,
               local->minute, 0);
  UDate start = calendar.getTime(status);
  icu::UnicodeString text;
  zone->writeSimple(start, text, status);
  if (U_FAILURE(status))
    return hidden_error(ErrorCode::internal,
                        std::string("ICU could not write the time zone: ") + u_errorName(status));
  std::string out;
  text.toUTF8String(out);
  if (out.size() < 2 || out.substr(out.size() - 2) != "\r\n") out += "\r\n";
  return out;
}

// RFC 5545 §3.2.18 PARTSTAT for an invitation's status.
std::string participation(const std::string& status) {
  if (status == "accepted" || status == "attended" || status == "no_show") return "ACCEPTED";
  if (status == "declined" || status == "withdrawn") return "DECLINED";
  if (status == "tentative") return "TENTATIVE";
  return "NEEDS-ACTION";
}

// A parameter value (CN) is quoted; it may not hold a quote or a control character.
std::string quoted_parameter(const std::string& text) {
  std::string out = "\"";
  for (char c : text)
    if (c != '"' && static_cast<unsigned char>(c) >= 0x20) out.push_back(c);
  return out + "\"";
}

// One VEVENT of `e` (for `attendee`, as a request when `request`).
std::string vevent(const Event& e, const Invitation* attendee, bool request,
                   const std::optional<std::string>& organiser) {
  std::string description;
  if (attendee)
    description = attendee->language == "sv"
                      ? "Svara via den personliga länken i din inbjudan, inte via kalendern."
                      : "Please answer through the personal link in your invitation, not "
                        "through your calendar.";
  if (!e.objectives.empty()) description += (description.empty() ? "" : "\n\n") + e.objectives;
  if (e.link) description += (description.empty() ? "" : "\n\n") + *e.link;
  if (!e.accessibility.empty())
    description +=
        (description.empty() ? "" : "\n\n") + std::string("Accessibility: ") + e.accessibility;
  std::string out;
  out += fold("BEGIN:VEVENT");
  out += fold("UID:event-" + std::to_string(e.id) + "@samla");
  out += fold("DTSTAMP:" + utc_stamp(e.updated_at));
  out += fold("SEQUENCE:" + std::to_string(e.version - 1));
  out += fold("DTSTART;TZID=" + e.time_zone + ":" + local_stamp(e.starts_at));
  out += fold("DTEND;TZID=" + e.time_zone + ":" + local_stamp(e.ends_at));
  out += fold("SUMMARY:" + escape(e.title));
  if (!description.empty()) out += fold("DESCRIPTION:" + escape(description));
  if (e.venue) out += fold("LOCATION:" + escape(*e.venue));
  if (e.link) out += fold("URL:" + *e.link);
  if (attendee) {
    if (request) out += fold("ORGANIZER;CN=samla:mailto:" + *organiser);
    out += fold("ATTENDEE;CN=" + quoted_parameter(attendee->person_name) +
                ";ROLE=REQ-PARTICIPANT;PARTSTAT=" + participation(attendee->status) +
                (request ? ";RSVP=TRUE" : "") +
                ":mailto:" + attendee->email.value_or("invalid@invalid"));
  }
  const bool settled = e.status != "draft" && e.status != "designed";
  out += fold(std::string("STATUS:") + (settled ? "CONFIRMED" : "TENTATIVE"));
  out += fold("END:VEVENT");
  return out;
}

std::string header(const std::string& version, const char* method) {
  return fold("BEGIN:VCALENDAR") + fold("VERSION:2.0") +
         fold("PRODID:-//samla//samla " + version + "//EN") + fold("CALSCALE:GREGORIAN") +
         fold(std::string("METHOD:") + method);
}

// "2027-03-10" → "20270310".
std::string day_stamp(const std::string& day) {
  return day.substr(0, 4) + day.substr(5, 2) + day.substr(8, 2);
}

}  // namespace

Result<std::string> to_icalendar(const Event& e, const std::string& version,
                                 const Invitation* attendee,
                                 const std::optional<std::string>& organiser) {
  SAMLA_ASSIGN(std::string zone, vtimezone(e));
  const bool request = attendee && organiser && !organiser->empty();
  return header(version, request ? "REQUEST" : "PUBLISH") + zone +
         vevent(e, attendee, request, organiser) + fold("END:VCALENDAR");
}

Result<std::string> icalendar_feed(const std::string& name, const std::vector<Event>& events,
                                   const std::vector<CalendarDay>& days,
                                   const std::string& version) {
  std::string out = header(version, "PUBLISH");
  out += fold("X-WR-CALNAME:" + escape(name));
  std::vector<std::string> zones;
  for (const auto& e : events) {
    if (std::find(zones.begin(), zones.end(), e.time_zone) != zones.end()) continue;
    SAMLA_ASSIGN(std::string zone, vtimezone(e));
    out += zone;
    zones.push_back(e.time_zone);
  }
  for (const auto& e : events) out += vevent(e, nullptr, false, std::nullopt);
  const std::string stamp = utc_stamp(now_iso8601());
  for (const auto& d : days) {
    auto day = parse_day(d.day);
    if (!day) continue;
    out += fold("BEGIN:VEVENT");
    out += fold("UID:" + d.uid + "@samla");
    out += fold("DTSTAMP:" + stamp);
    out += fold("DTSTART;VALUE=DATE:" + day_stamp(d.day));
    out += fold("DTEND;VALUE=DATE:" +
                day_stamp(format_day(std::chrono::sys_days(*day) + std::chrono::days(1))));
    out += fold("SUMMARY:" + escape(d.summary));
    if (!d.description.empty()) out += fold("DESCRIPTION:" + escape(d.description));
    out += fold("TRANSP:TRANSPARENT");
    out += fold("END:VEVENT");
  }
  return out + fold("END:VCALENDAR");
}

}  // namespace samla::events
