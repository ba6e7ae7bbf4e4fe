// Every message a field error can carry, in English and Swedish, under a stable code.
// A field error names its code and parameters; the text is rendered from them in the
// reader's language (the HTTP layer in the request's, the CLI in English), and the web
// translates the code with the same table, exported by `samla messages`. A new message is
// one row in messages.cc: the compiler refuses a field error written as bare English.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/language.h"

namespace samla {

// Named after what the message says; the code on the wire is the same name.
enum class Msg {
  // Shapes of values (the JSON readers).
  must_be_object,
  must_be_string,
  must_be_string_or_null,
  must_be_text,
  must_be_boolean,
  must_be_number,
  must_be_whole_number,
  must_be_id_or_null,
  must_be_positive_id,
  must_be_list,
  must_be_string_list,
  must_be_person_ids,
  unknown_field,
  not_a_request_field,
  body_not_object,
  // Presence and size.
  required,
  not_empty,
  not_only_spaces,
  no_surrounding_spaces,
  no_control_characters,
  max_characters,
  max_bytes,
  min_characters,
  whole_number_range,
  number_range,
  at_least,
  // Formats.
  slug_format,
  country_code_format,
  unknown_country,
  language_code_format,
  email_format,
  phone_format,
  web_address_http,
  web_address,
  date_format,
  date_time_format,
  time_format,
  time_zone_format,
  in_the_future,
  one_of,
  // The register.
  unknown_perspective,
  unknown_theme,
  unknown_value,
  already_exists,
  already_used,
  already_used_by_person,
  already_used_by_organisation,
  unknown_slug,
  must_hold,
  not_open_for_invitations,
  attendance_only_open_or_held,
  already_held,
  not_started_yet,
  attendance_from_start_day,
  not_iso_639_1,
  is_status,
  is_status_not_draft,
  is_closed,
  cannot_go_from_to,
  cannot_follow,
  no_invitation_with_id,
  invitation_cannot_be_sent,
  has_no_email,
  more_than_capacity,
  below_accepted,
  no_validated_lesson,
  workshop_needs_lessons,
  must_be_text_or_null,
  must_be_texts,
  notes_would_be_too_long,
  not_a_tie_type,
  no_such_slug,
  no_such_stakeholder,
  more_than_candidates,
  more_pinned_than_seats,
  person_not_in_pool,
  person_also_excluded,
  no_person_with_this_id,
  no_organisation_with_this_id,
  no_theme_with_this_slug,
  no_country_group_with_this_slug,
  no_person_with_id,
  no_organisation_with_id,
  no_theme_with_slug,
  tag_too_long,
  // Capabilities' own rules.
  positive_duration,
  not_a_cursor,
  own_ancestor,
  person_or_organisation_not_both,
  selection_or_people,
  too_many_pairs,
  not_a_setting,
  not_offered_here,
  not_a_perspective,
  not_a_sector,
  venue_required,
  reason_required,
  must_be_values,
  must_be_country_group,
  must_be_ids,
  must_be_quadrants,
  must_be_perspective,
  must_be_positive_whole_number,
  must_be_sector,
  not_a_selection_of_event,
  must_be_slug,
  web_address_https,
  online_address_required,
  after_the_start,
  must_be_id,
  must_be_integer,
  must_be_filters,
  must_be_theme_scores,
  another_stakeholder,
  access_needs_consent,
  must_be_stakeholder_id,
  must_be_two_people,
  two_different_people,
  must_be_stakeholder_ref,
  must_list_tie_sources,
  at_least_one_person,
  at_least_one_theme,
  next_status_required,
  not_before_start_date,
  gate_override_reason,
  group_without_countries,
  send_invitation_instead,
  // Accounts.
  token_lifetime_format,
  common_password,
  // Not a message: the number of them (keep it last).
  end_
};

// Named parameters of a message. A value of several lines is a list of alternatives, shown
// as "a, b or c" ("a, b eller c").
using MessageParams = std::vector<std::pair<std::string, std::string>>;

// A message with its parameters, before anyone knows in which language it will be read.
struct Message {
  Msg code;
  MessageParams params = {};
  bool operator==(const Message&) const = default;
};

// The lines of a list parameter: {"a", "b"} → "a\nb".
std::string one_per_line(const std::vector<std::string>& values);

// The code on the wire, e.g. "max_characters".
std::string_view message_code(Msg message);
std::optional<Msg> message_from_code(std::string_view code);

// The text of `message` in `language`, with each {name} replaced by its parameter.
std::string render_message(Msg message, const MessageParams& params, Language language);

// {"code": {"en": "...", "sv": "..."}, ...}: the table the web translates codes with.
nlohmann::json message_catalogue();

}  // namespace samla
