#include "events/messages.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <cstdio>
#include <memory>

#include "core/date.h"

namespace samla::events {
namespace {

bool swedish(const std::string& language) {
  return language == "sv";
}

// "16 February 2027" in the language's own words, e.g. "tisdag 16 februari 2027".
std::string long_date(const std::string& wall_time, const std::string& zone,
                      const std::string& language) {
  auto local = parse_local_minute(wall_time);
  if (!local) return wall_time.substr(0, 10);
  const int y = static_cast<int>(local->day.year());
  const int mo = static_cast<int>(static_cast<unsigned>(local->day.month()));
  const int d = static_cast<int>(static_cast<unsigned>(local->day.day()));
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale(swedish(language) ? "sv" : "en");
  std::unique_ptr<icu::TimeZone> tz(
      icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(zone)));
  std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(tz->clone(), status));
  calendar->set(y, mo - 1, d, 12, 0, 0);
  UDate when = calendar->getTime(status);
  icu::SimpleDateFormat format(icu::UnicodeString("EEEE d MMMM y"), locale, status);
  format.setTimeZone(*tz);
  icu::UnicodeString text;
  format.format(when, text);
  std::string out;
  if (U_FAILURE(status)) return wall_time.substr(0, 10);
  text.toUTF8String(out);
  return out;
}

// A language code named in `language`: "sv" → "Swedish" / "svenska".
std::string language_name(const std::string& code, const std::string& language) {
  icu::UnicodeString name;
  icu::Locale(code.c_str()).getDisplayLanguage(icu::Locale(swedish(language) ? "sv" : "en"), name);
  std::string out;
  name.toUTF8String(out);
  return out.empty() ? code : out;
}

std::string language_list(const std::vector<std::string>& codes, const std::string& language) {
  std::string out;
  for (const auto& code : codes) out += (out.empty() ? "" : ", ") + language_name(code, language);
  return out;
}

std::string event_type_name(const std::string& type, const std::string& language) {
  const bool sv = swedish(language);
  if (type == "kickoff") return sv ? "uppstartsmöte" : "kickoff meeting";
  if (type == "thematic_workshop") return sv ? "tematisk workshop" : "thematic workshop";
  if (type == "policy_dialogue") return sv ? "policydialog" : "policy dialogue";
  return sv ? "gruppmöte" : "group meeting";
}

}  // namespace

std::string describe_time(const Event& e, const std::string& language) {
  std::string out = long_date(e.starts_at, e.time_zone, language) + " " + e.starts_at.substr(11);
  if (e.ends_at.substr(0, 10) == e.starts_at.substr(0, 10))
    out += "–" + e.ends_at.substr(11);
  else
    out += " – " + long_date(e.ends_at, e.time_zone, language) + " " + e.ends_at.substr(11);
  return out + " (" + e.time_zone + ")";
}

OutboxMessage compose_invitation(const Event& e, const Invitation& invitation,
                                 const std::string& rsvp_link) {
  const std::string& lang = invitation.language;
  const bool sv = swedish(lang);
  OutboxMessage m;
  m.event_id = e.id;
  m.invitation_id = invitation.id;
  m.to_name = invitation.person_name;
  m.to_email = invitation.email.value_or("");
  m.language = lang;
  m.subject = (sv ? "Inbjudan: " : "Invitation: ") + e.title;

  std::string b;
  b += (sv ? "Hej " : "Dear ") + invitation.person_name + (sv ? "!\n\n" : ",\n\n");
  b += (sv ? "Du är inbjuden till \"" : "You are invited to \"") + e.title + "\" (" +
       event_type_name(e.type, lang) + ").\n\n";
  b += (sv ? "När: " : "When: ") + describe_time(e, lang) + "\n";
  if (e.venue) b += (sv ? "Plats: " : "Where: ") + *e.venue + "\n";
  if (e.link) b += (sv ? "Länk: " : "Online: ") + *e.link + "\n";
  if (!e.working_languages.empty())
    b += (sv ? "Arbetsspråk: " : "Working languages: ") + language_list(e.working_languages, lang) +
         "\n";
  if (!e.interpretation_languages.empty())
    b += (sv ? "Tolkning finns till: " : "Interpretation available into: ") +
         language_list(e.interpretation_languages, lang) + "\n";
  if (!e.objectives.empty()) b += "\n" + e.objectives + "\n";
  if (!e.accessibility.empty())
    b += (sv ? "\nTillgänglighet: " : "\nAccessibility: ") + e.accessibility + "\n";
  b += sv ? "\nSvara gärna via din personliga länk (inget konto behövs). Där kan du också "
            "berätta om du behöver tolkning eller har behov av anpassningar:\n"
          : "\nPlease answer through your personal link (no account needed). There you can also "
            "tell us whether you need interpretation or have any access needs:\n";
  b += std::string(kPersonalLinkSlot) + "\n\n";
  b += sv ? "Länken är personlig; vidarebefordra den inte. Inbjudan finns också som "
            "kalenderfil i bilagan.\n\nVänliga hälsningar\nArrangörerna\n"
          : "The link is personal; please do not forward it. The invitation is also attached "
            "as a calendar file.\n\nKind regards,\nThe organisers\n";
  m.body = std::move(b);
  m.personal_link = rsvp_link;
  return m;
}

std::string body_text(const OutboxMessage& m, PersonalLinks links) {
  std::string out = m.body;
  auto at = out.find(kPersonalLinkSlot);
  if (at == std::string::npos) return out;
  std::string link;
  if (links == PersonalLinks::shown && m.personal_link)
    link = *m.personal_link;
  else
    link = swedish(m.language) ? "[personlig länk – bara administratörer och samordnare ser den]"
                               : "[personal link – only administrators and coordinators see it]";
  out.replace(at, kPersonalLinkSlot.size(), link);
  return out;
}

}  // namespace samla::events
