#include "core/messages.h"

#include <nlohmann/json.hpp>

#include <array>

namespace samla {
namespace {

struct MessageText {
  Msg message;
  std::string_view code;
  std::string_view en;
  std::string_view sv;
};

#define SAMLA_MESSAGE(name, en, sv) \
  MessageText {                     \
    Msg::name, #name, en, sv        \
  }

// One row per Msg, in the enum's order (a test checks it).
constexpr std::array kMessages{
    SAMLA_MESSAGE(must_be_object, "must be a JSON object", "måste vara ett JSON-objekt"),
    SAMLA_MESSAGE(must_be_string, "must be a string", "måste vara text"),
    SAMLA_MESSAGE(must_be_string_or_null, "must be a string or null", "måste vara text eller null"),
    SAMLA_MESSAGE(must_be_text, "must be text", "måste vara text"),
    SAMLA_MESSAGE(must_be_boolean, "must be true or false", "måste vara true eller false"),
    SAMLA_MESSAGE(must_be_number, "must be a number", "måste vara ett tal"),
    SAMLA_MESSAGE(must_be_whole_number, "must be a whole number", "måste vara ett heltal"),
    SAMLA_MESSAGE(must_be_id_or_null, "must be an integer id or null",
                  "måste vara ett id (ett heltal) eller null"),
    SAMLA_MESSAGE(must_be_positive_id, "must be a positive id", "måste vara ett positivt id"),
    SAMLA_MESSAGE(must_be_list, "must be a list", "måste vara en lista"),
    SAMLA_MESSAGE(must_be_string_list, "must be an array of strings",
                  "måste vara en lista med text"),
    SAMLA_MESSAGE(must_be_person_ids, "must be a list of person ids",
                  "måste vara en lista med personers id"),
    SAMLA_MESSAGE(unknown_field, "unknown field", "okänt fält"),
    SAMLA_MESSAGE(not_a_request_field, "is not a field of this request",
                  "är inte ett fält i denna begäran"),
    SAMLA_MESSAGE(body_not_object, "The request body must be a JSON object.",
                  "Begärans innehåll måste vara ett JSON-objekt."),
    SAMLA_MESSAGE(required, "is required", "måste anges"),
    SAMLA_MESSAGE(not_empty, "must not be empty", "får inte vara tomt"),
    SAMLA_MESSAGE(not_only_spaces, "must not be only spaces", "får inte bara bestå av mellanslag"),
    SAMLA_MESSAGE(no_surrounding_spaces, "must not start or end with a space",
                  "får inte börja eller sluta med mellanslag"),
    SAMLA_MESSAGE(no_control_characters, "must not contain control characters",
                  "får inte innehålla styrtecken"),
    SAMLA_MESSAGE(max_characters, "must be at most {max} characters",
                  "får vara högst {max} tecken"),
    SAMLA_MESSAGE(max_bytes, "must be at most {max} bytes", "får vara högst {max} byte"),
    SAMLA_MESSAGE(min_characters, "must be at least {min} characters long",
                  "måste vara minst {min} tecken långt"),
    SAMLA_MESSAGE(whole_number_range, "must be a whole number from {min} to {max}",
                  "måste vara ett heltal från {min} till {max}"),
    SAMLA_MESSAGE(number_range, "must be a number from {min} to {max}",
                  "måste vara ett tal från {min} till {max}"),
    SAMLA_MESSAGE(at_least, "must be {min} or more", "måste vara {min} eller mer"),
    SAMLA_MESSAGE(slug_format, "must be lower-case letters, digits and _ (starting with a letter)",
                  "får bara innehålla små bokstäver, siffror och _ (och börja med en bokstav)"),
    SAMLA_MESSAGE(country_code_format, "must be an ISO 3166-1 alpha-2 code such as SE",
                  "måste vara en landskod enligt ISO 3166-1, till exempel SE"),
    SAMLA_MESSAGE(unknown_country, "'{value}' is not an ISO 3166-1 alpha-2 code",
                  "”{value}” är inte en landskod enligt ISO 3166-1"),
    SAMLA_MESSAGE(language_code_format, "'{value}' is not an ISO 639 language code such as sv",
                  "”{value}” är inte en språkkod enligt ISO 639, till exempel sv"),
    SAMLA_MESSAGE(email_format, "is not an e-mail address", "är inte en e-postadress"),
    SAMLA_MESSAGE(phone_format, "may hold digits, spaces and + - ( ) only",
                  "får bara innehålla siffror, mellanslag och + - ( )"),
    SAMLA_MESSAGE(web_address_http, "must be an http:// or https:// address",
                  "måste vara en adress som börjar med http:// eller https://"),
    SAMLA_MESSAGE(web_address, "must be a web address", "måste vara en webbadress"),
    SAMLA_MESSAGE(date_format, "must be a date written YYYY-MM-DD",
                  "måste vara ett datum skrivet ÅÅÅÅ-MM-DD"),
    SAMLA_MESSAGE(date_time_format, "must be a date and time written YYYY-MM-DDTHH:MM",
                  "måste vara datum och tid skrivna ÅÅÅÅ-MM-DDTTT:MM"),
    SAMLA_MESSAGE(time_format, "must be HH:MM", "måste skrivas TT:MM"),
    SAMLA_MESSAGE(time_zone_format, "is not an IANA time zone such as Europe/Stockholm",
                  "är inte en IANA-tidszon som Europe/Stockholm"),
    SAMLA_MESSAGE(in_the_future, "is in the future", "ligger i framtiden"),
    SAMLA_MESSAGE(one_of, "must be one of {values}", "måste vara något av {values}"),
    SAMLA_MESSAGE(unknown_perspective, "unknown perspective '{value}': use {values}",
                  "okänt perspektiv ”{value}”: använd {values}"),
    SAMLA_MESSAGE(unknown_theme, "unknown theme '{value}'", "okänt tema ”{value}”"),
    SAMLA_MESSAGE(unknown_value, "unknown value '{value}'", "okänt värde ”{value}”"),
    SAMLA_MESSAGE(already_exists, "already exists", "finns redan"),
    SAMLA_MESSAGE(already_used, "is already used", "används redan"),
    SAMLA_MESSAGE(already_used_by_person, "is already used by person {id}",
                  "används redan av person {id}"),
    SAMLA_MESSAGE(already_used_by_organisation, "is already used by organisation {id}",
                  "används redan av organisation {id}"),
    SAMLA_MESSAGE(unknown_slug, "nothing has the slug '{value}'",
                  "inget har identifieraren ”{value}”"),
    SAMLA_MESSAGE(must_hold, "must hold {values}", "får bara innehålla {values}"),
    SAMLA_MESSAGE(not_open_for_invitations, "the event is not open for invitations",
                  "evenemanget är inte öppet för inbjudningar"),
    SAMLA_MESSAGE(attendance_only_open_or_held,
                  "attendance is recorded only while the event is open for invitations or held",
                  "närvaro registreras bara medan evenemanget är öppet för inbjudningar eller "
                  "genomfört"),
    SAMLA_MESSAGE(already_held, "the event has already been held",
                  "evenemanget har redan genomförts"),
    SAMLA_MESSAGE(not_started_yet, "the event has not started yet (it starts {starts_at}, {zone})",
                  "evenemanget har inte börjat än (det börjar {starts_at}, {zone})"),
    SAMLA_MESSAGE(attendance_from_start_day,
                  "attendance is recorded from the day the event starts ({day})",
                  "närvaro registreras från den dag evenemanget börjar ({day})"),
    SAMLA_MESSAGE(not_iso_639_1, "\"{value}\" is not an ISO 639-1 code such as sv or en",
                  "”{value}” är inte en språkkod enligt ISO 639-1, till exempel sv eller en"),
    SAMLA_MESSAGE(is_status, "is {status}", "är {status}"),
    SAMLA_MESSAGE(is_status_not_draft, "is {status}, not draft", "är {status}, inte utkast"),
    SAMLA_MESSAGE(is_closed, "is closed", "är avslutat"),
    SAMLA_MESSAGE(cannot_go_from_to, "cannot go from {from} to {to}",
                  "kan inte gå från {from} till {to}"),
    SAMLA_MESSAGE(cannot_follow, "cannot follow {status}", "kan inte följa på {status}"),
    SAMLA_MESSAGE(no_invitation_with_id, "no invitation of this event has the id {id}",
                  "ingen inbjudan till detta evenemang har id {id}"),
    SAMLA_MESSAGE(invitation_cannot_be_sent, "{name}'s invitation is {status} and cannot be sent",
                  "inbjudan till {name} är {status} och kan inte skickas"),
    SAMLA_MESSAGE(has_no_email, "{name} has no e-mail address", "{name} saknar e-postadress"),
    SAMLA_MESSAGE(more_than_capacity, "is more than the event's capacity of {capacity}",
                  "är fler än evenemangets {capacity} platser"),
    SAMLA_MESSAGE(below_accepted, "is below the {count} people who have accepted",
                  "är färre än de {count} som har tackat ja"),
    SAMLA_MESSAGE(no_validated_lesson, "no validated lesson yet for: {themes}",
                  "ingen validerad lärdom ännu för: {themes}"),
    SAMLA_MESSAGE(workshop_needs_lessons,
                  "a thematic workshop open for invitations needs validated lessons for its themes",
                  "en tematisk workshop som är öppen för inbjudningar behöver validerade lärdomar "
                  "för sina teman"),
    SAMLA_MESSAGE(must_be_text_or_null, "must be text or null", "måste vara text eller null"),
    SAMLA_MESSAGE(must_be_texts, "must be a list of texts", "måste vara en lista med text"),
    SAMLA_MESSAGE(notes_would_be_too_long,
                  "would make the notes of person {id} longer than {max} characters",
                  "skulle göra anteckningarna om person {id} längre än {max} tecken"),
    SAMLA_MESSAGE(not_a_tie_type, "\"{value}\" is not a tie type",
                  "”{value}” är inte en typ av relation"),
    SAMLA_MESSAGE(no_such_slug, "no such slug: \"{value}\"",
                  "ingen sådan identifierare: ”{value}”"),
    SAMLA_MESSAGE(no_such_stakeholder, "no such person or organisation",
                  "ingen sådan person eller organisation"),
    SAMLA_MESSAGE(more_than_candidates, "is more than the {count} candidates who may be invited",
                  "är fler än de {count} kandidater som kan bjudas in"),
    SAMLA_MESSAGE(more_pinned_than_seats, "holds {count} people, more than the {seats} seats",
                  "har {count} personer, fler än de {seats} platserna"),
    SAMLA_MESSAGE(person_not_in_pool, "person {id} is not in the candidate pool",
                  "person {id} finns inte bland kandidaterna"),
    SAMLA_MESSAGE(person_also_excluded, "person {id} is also excluded",
                  "person {id} är också utesluten"),
    SAMLA_MESSAGE(no_person_with_this_id, "no person has this id", "ingen person har detta id"),
    SAMLA_MESSAGE(no_organisation_with_this_id, "no organisation has this id",
                  "ingen organisation har detta id"),
    SAMLA_MESSAGE(no_theme_with_this_slug, "no theme has this slug",
                  "inget tema har denna identifierare"),
    SAMLA_MESSAGE(no_country_group_with_this_slug, "no country group has this slug",
                  "ingen landgrupp har denna identifierare"),
    SAMLA_MESSAGE(no_person_with_id, "no person has the id {id}", "ingen person har id {id}"),
    SAMLA_MESSAGE(no_organisation_with_id, "no organisation has the id {id}",
                  "ingen organisation har id {id}"),
    SAMLA_MESSAGE(no_theme_with_slug, "no theme has the slug \"{slug}\"",
                  "inget tema har identifieraren ”{slug}”"),
    SAMLA_MESSAGE(tag_too_long, "a tag must be at most {max} characters",
                  "en tagg får vara högst {max} tecken"),
    SAMLA_MESSAGE(positive_duration, "must be a positive duration",
                  "måste vara en positiv tidslängd"),
    SAMLA_MESSAGE(not_a_cursor, "is not a cursor from this list; start again without it",
                  "är inte en markör från denna lista; börja om utan den"),
    SAMLA_MESSAGE(own_ancestor, "an organisation cannot be its own ancestor",
                  "en organisation kan inte ligga under sig själv"),
    SAMLA_MESSAGE(person_or_organisation_not_both,
                  "give either person or organisation (an id), not both",
                  "ange antingen person eller organisation (ett id), inte båda"),
    SAMLA_MESSAGE(selection_or_people, "give either selection_id or person_ids",
                  "ange antingen selection_id eller person_ids"),
    SAMLA_MESSAGE(too_many_pairs, "is more than half of the possible pairs",
                  "är mer än hälften av de möjliga paren"),
    SAMLA_MESSAGE(not_a_setting, "is not a setting", "är inte en inställning"),
    SAMLA_MESSAGE(not_offered_here, "is not offered at this event",
                  "erbjuds inte vid detta evenemang"),
    SAMLA_MESSAGE(not_a_perspective, "is not one of the perspectives",
                  "är inte ett av perspektiven"),
    SAMLA_MESSAGE(not_a_sector, "is not one of the sectors", "är inte en av sektorerna"),
    SAMLA_MESSAGE(venue_required, "is required for an event in person or hybrid",
                  "måste anges för ett evenemang på plats eller hybrid"),
    SAMLA_MESSAGE(reason_required, "is required: say why", "måste anges: säg varför"),
    SAMLA_MESSAGE(must_be_values, "must be {values}", "måste vara {values}"),
    SAMLA_MESSAGE(must_be_country_group, "must be a country group's slug",
                  "måste vara en landgrupps identifierare"),
    SAMLA_MESSAGE(must_be_ids, "must be a list of ids", "måste vara en lista med id"),
    SAMLA_MESSAGE(must_be_quadrants, "must be a list of quadrants",
                  "måste vara en lista med kvadranter"),
    SAMLA_MESSAGE(must_be_perspective, "must be a perspective", "måste vara ett perspektiv"),
    SAMLA_MESSAGE(must_be_positive_whole_number, "must be a positive whole number",
                  "måste vara ett positivt heltal"),
    SAMLA_MESSAGE(must_be_sector, "must be a sector", "måste vara en sektor"),
    SAMLA_MESSAGE(not_a_selection_of_event, "must be a selection of this event",
                  "måste vara ett urval för detta evenemang"),
    SAMLA_MESSAGE(must_be_slug, "must be a slug", "måste vara en identifierare"),
    SAMLA_MESSAGE(web_address_https, "must be a web address (https://…)",
                  "måste vara en webbadress (https://…)"),
    SAMLA_MESSAGE(
        online_address_required, "must be a web address (https://…) for an online or hybrid event",
        "måste vara en webbadress (https://…) för ett digitalt evenemang eller hybridevenemang"),
    SAMLA_MESSAGE(after_the_start, "must be after the start", "måste vara efter starten"),
    SAMLA_MESSAGE(must_be_id, "must be an id", "måste vara ett id"),
    SAMLA_MESSAGE(must_be_integer, "must be an integer", "måste vara ett heltal"),
    SAMLA_MESSAGE(must_be_filters, "must be an object of register filters",
                  "måste vara ett objekt med registerfilter"),
    SAMLA_MESSAGE(must_be_theme_scores, "must be an object of theme slug → 0–3",
                  "måste vara ett objekt med temats identifierare → 0–3"),
    SAMLA_MESSAGE(another_stakeholder, "must be another stakeholder than from",
                  "måste vara en annan person eller organisation än den här"),
    SAMLA_MESSAGE(
        access_needs_consent,
        "must be given to keep access needs (they can reveal health information)",
        "måste ges för att tillgänglighetsbehov ska sparas (de kan avslöja uppgifter om hälsa)"),
    SAMLA_MESSAGE(must_be_stakeholder_id, "must be the id of a person or organisation",
                  "måste vara id för en person eller organisation"),
    SAMLA_MESSAGE(must_be_two_people, "must be the ids of two people", "måste vara två personer"),
    SAMLA_MESSAGE(two_different_people, "must be two different people",
                  "måste vara två olika personer"),
    SAMLA_MESSAGE(must_be_stakeholder_ref,
                  "must be {\"kind\": \"person\" or \"organisation\", \"id\": …}",
                  "måste vara en person eller organisation i registret"),
    SAMLA_MESSAGE(must_list_tie_sources, "must list reported and/or co_participation",
                  "måste ange reported och/eller co_participation"),
    SAMLA_MESSAGE(at_least_one_person, "must name at least one person",
                  "måste ange minst en person"),
    SAMLA_MESSAGE(at_least_one_theme, "must name at least one theme", "måste ange minst ett tema"),
    SAMLA_MESSAGE(next_status_required, "must name the next status", "måste ange nästa status"),
    SAMLA_MESSAGE(not_before_start_date, "must not be before starts_on",
                  "får inte vara före startdatumet"),
    SAMLA_MESSAGE(gate_override_reason, "must say why the gate is overridden",
                  "måste ange varför spärren åsidosätts"),
    SAMLA_MESSAGE(group_without_countries, "names no countries", "anger inga länder"),
    SAMLA_MESSAGE(send_invitation_instead, "send the invitation instead (it needs an RSVP link)",
                  "skicka inbjudan i stället (den behöver en svarslänk)"),
    SAMLA_MESSAGE(token_lifetime_format,
                  "must be a whole number of hours, days or weeks, such as 12h, 90d or 8w, up to "
                  "ten years",
                  "måste vara ett helt antal timmar, dagar eller veckor, till exempel 12h, 90d "
                  "eller 8w, högst tio år"),
    SAMLA_MESSAGE(common_password,
                  "is one of the most common passwords or too simple; choose another",
                  "är ett av de vanligaste lösenorden eller för enkelt; välj ett annat"),
};

#undef SAMLA_MESSAGE

constexpr bool rows_follow_the_enum() {
  for (std::size_t i = 0; i < kMessages.size(); ++i)
    if (static_cast<std::size_t>(kMessages[i].message) != i) return false;
  return true;
}
static_assert(rows_follow_the_enum(), "kMessages must list every Msg in the enum's order");
static_assert(static_cast<std::size_t>(Msg::end_) == kMessages.size(),
              "every Msg needs a row in kMessages");

const MessageText& text_of(Msg message) {
  return kMessages[static_cast<std::size_t>(message)];
}

const std::string* param(const MessageParams& params, std::string_view name) {
  for (const auto& [key, value] : params)
    if (key == name) return &value;
  return nullptr;
}

// "a, b or c" from the lines of `list`.
std::string alternatives(std::string_view list, Language language) {
  std::vector<std::string_view> items;
  for (std::size_t start = 0;;) {
    auto end = list.find('\n', start);
    items.push_back(list.substr(start, end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 < items.size() ? ", " : language == Language::sv ? " eller " : " or ";
    out += items[i];
  }
  return out;
}

// Replaces each {name} in `pattern` by its parameter; an unknown name is left as written.
std::string fill(std::string_view pattern, const MessageParams& params, Language language) {
  std::string out;
  out.reserve(pattern.size() + 16);
  std::size_t i = 0;
  while (i < pattern.size()) {
    auto open = pattern.find('{', i);
    auto close = open == std::string_view::npos ? open : pattern.find('}', open);
    if (close == std::string_view::npos) break;
    out += pattern.substr(i, open - i);
    if (const std::string* value = param(params, pattern.substr(open + 1, close - open - 1)))
      out += alternatives(*value, language);
    else
      out += pattern.substr(open, close - open + 1);
    i = close + 1;
  }
  out += pattern.substr(std::min(i, pattern.size()));
  return out;
}

}  // namespace

std::string one_per_line(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : "\n") + value;
  return out;
}

std::string_view message_code(Msg message) {
  return text_of(message).code;
}

std::optional<Msg> message_from_code(std::string_view code) {
  for (const auto& row : kMessages)
    if (row.code == code) return row.message;
  return std::nullopt;
}

std::string render_message(Msg message, const MessageParams& params, Language language) {
  const auto& row = text_of(message);
  return fill(language == Language::sv ? row.sv : row.en, params, language);
}

nlohmann::json message_catalogue() {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& row : kMessages)
    out[std::string(row.code)] = {{"en", std::string(row.en)}, {"sv", std::string(row.sv)}};
  return out;
}

}  // namespace samla
