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

namespace {

// "Svara senast måndag 1 februari 2027." for the reply-by day, in the message's language.
std::string reply_by_line(const Event& e, const std::string& lang) {
  if (!e.reply_by) return "";
  const std::string day = long_date(*e.reply_by + "T12:00", e.time_zone, lang);
  return (swedish(lang) ? "Svara senast " : "Please answer by ") + day + ".\n";
}

// The invitation and the reminder share everything but their opening: the organisers' own
// words (in the invitation's language), the facts, the reply-by day and the personal link.
OutboxMessage compose(const Event& e, const Invitation& invitation, const std::string& rsvp_link,
                      bool reminder) {
  const std::string& lang = invitation.language;
  const bool sv = swedish(lang);
  OutboxMessage m;
  m.event_id = e.id;
  m.invitation_id = invitation.id;
  m.to_name = invitation.person_name;
  m.to_email = invitation.email.value_or("");
  m.language = lang;
  m.kind = reminder ? "reminder" : "invitation";
  m.subject =
      (reminder ? (sv ? "Påminnelse: " : "Reminder: ") : (sv ? "Inbjudan: " : "Invitation: ")) +
      e.title;

  std::string b;
  b += (sv ? "Hej " : "Dear ") + invitation.person_name + (sv ? "!\n\n" : ",\n\n");
  if (reminder)
    b += (sv ? "Vi har ännu inte fått ditt svar på inbjudan till \""
             : "We have not yet had your answer to the invitation to \"") +
         e.title + "\" (" + event_type_name(e.type, lang) + ").\n\n";
  else
    b += (sv ? "Du är inbjuden till \"" : "You are invited to \"") + e.title + "\" (" +
         event_type_name(e.type, lang) + ").\n\n";
  const std::string& own_words = sv ? e.invitation_text_sv : e.invitation_text_en;
  if (!own_words.empty() && !reminder) b += own_words + "\n\n";
  b += (sv ? "När: " : "When: ") + describe_time(e, lang) + "\n";
  if (e.venue) b += (sv ? "Plats: " : "Where: ") + *e.venue + "\n";
  if (e.link) b += (sv ? "Länk: " : "Online: ") + *e.link + "\n";
  if (e.format == "hybrid")
    b += sv ? "Du kan delta på plats eller på distans.\n"
            : "You can take part in person or online.\n";
  if (!e.working_languages.empty())
    b += (sv ? "Arbetsspråk: " : "Working languages: ") + language_list(e.working_languages, lang) +
         "\n";
  if (!e.interpretation_languages.empty())
    b += (sv ? "Tolkning finns till: " : "Interpretation available into: ") +
         language_list(e.interpretation_languages, lang) + "\n";
  if (!e.objectives.empty() && !reminder) b += "\n" + e.objectives + "\n";
  if (!e.accessibility.empty())
    b += (sv ? "\nTillgänglighet: " : "\nAccessibility: ") + e.accessibility + "\n";
  if (e.reply_by) b += "\n" + reply_by_line(e, lang);
  b += sv ? "\nSvara gärna via din personliga länk (inget konto behövs). Där kan du också "
            "berätta om du behöver tolkning eller har behov av anpassningar:\n"
          : "\nPlease answer through your personal link (no account needed). There you can also "
            "tell us whether you need interpretation or have any access needs:\n";
  b += std::string(kPersonalLinkSlot) + "\n\n";
  if (reminder)
    b += sv ? "Länken är ny och personlig; en tidigare länk fungerar inte längre. "
              "Vidarebefordra den inte.\n\nVänliga hälsningar\nArrangörerna\n"
            : "The link is new and personal; an earlier link no longer works. Please do not "
              "forward it.\n\nKind regards,\nThe organisers\n";
  else
    b += sv ? "Länken är personlig; vidarebefordra den inte. Inbjudan finns också som "
              "kalenderfil i bilagan.\n\nVänliga hälsningar\nArrangörerna\n"
            : "The link is personal; please do not forward it. The invitation is also attached "
              "as a calendar file.\n\nKind regards,\nThe organisers\n";
  m.body = std::move(b);
  m.personal_link = rsvp_link;
  return m;
}

}  // namespace

OutboxMessage compose_invitation(const Event& e, const Invitation& invitation,
                                 const std::string& rsvp_link) {
  return compose(e, invitation, rsvp_link, false);
}

OutboxMessage compose_reminder(const Event& e, const Invitation& invitation,
                               const std::string& rsvp_link) {
  return compose(e, invitation, rsvp_link, true);
}

std::string body_text(const OutboxMessage& m, PersonalLinks links) {
  std::string out = m.body;
  auto at = out.find(kPersonalLinkSlot);
  if (at == std::string::npos) return out;
  std::string link;
  const bool own_page = m.kind == "own_page";
  if (m.personal_link &&
      (links == PersonalLinks::sent || (links == PersonalLinks::shown && !own_page)))
    link = *m.personal_link;
  else if (own_page)
    link = swedish(m.language) ? "[länk till personens egen sida – bara personen ser den]"
                               : "[link to the person's own page – only they see it]";
  else
    link = swedish(m.language) ? "[personlig länk – bara administratörer och samordnare ser den]"
                               : "[personal link – only administrators and coordinators see it]";
  out.replace(at, kPersonalLinkSlot.size(), link);
  return out;
}

}  // namespace samla::events
