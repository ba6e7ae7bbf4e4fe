// Invitations, RSVP pages and outbox messages on the wire.
#include <algorithm>

#include "events/invitation_rules.h"
#include "events/wire.h"

namespace samla::events {
namespace {

using nlohmann::json;

template <typename T>
json optional_json(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

// The selection's explanation without the quotas about lived experience (which the person's
// being chosen fills would reveal), for those who may not see it.
json explanation_for(const Invitation& v, bool special) {
  if (!v.explanation) return nullptr;
  json explanation = json::parse(*v.explanation, nullptr, false);
  if (explanation.is_discarded() || !explanation.is_object()) return nullptr;
  if (special || !explanation.contains("fills") || !explanation["fills"].is_array())
    return explanation;
  const auto& hidden = v.special_quotas;
  json kept = json::array();
  for (const auto& fill : explanation["fills"]) {
    const json quota = fill.is_object() ? fill.value("quota", json(nullptr)) : json(nullptr);
    const bool about = quota.is_number_integer() &&
                       std::find(hidden.begin(), hidden.end(), quota.get<int>()) != hidden.end();
    if (!about) kept.push_back(fill);
  }
  explanation["fills"] = std::move(kept);
  return explanation;
}

}  // namespace

json to_json(const Invitation& v, const privacy::Viewer& viewer) {
  const bool viewer_sees_access_needs = viewer.sees_special_category();
  const bool free_text = viewer.sees_free_text();
  return {{"id", v.id},
          {"event_id", v.event_id},
          {"person_id", v.person_id},
          {"person_name", v.person_name},
          {"organisation_name", optional_json(v.organisation_name)},
          {"country", optional_json(v.country)},
          {"email", optional_json(v.email)},
          {"status", v.status},
          {"language", v.language},
          {"selection_id", optional_json(v.selection_id)},
          {"explanation", explanation_for(v, viewer.sees_special_category())},
          {"waitlist_for", optional_json(v.waitlist_for)},
          {"invited_at", optional_json(v.invited_at)},
          {"responded_at", optional_json(v.responded_at)},
          {"checked_in_at", optional_json(v.checked_in_at)},
          {"interpretation_language", optional_json(v.interpretation_language)},
          {"attendance_mode", optional_json(v.attendance_mode)},
          {"reminded_at", optional_json(v.reminded_at)},
          {"access_needs", viewer_sees_access_needs ? optional_json(v.access_needs) : nullptr},
          {"access_needs_hidden", !viewer_sees_access_needs},
          {"comment", free_text ? v.comment : ""},
          {"note", free_text ? v.note : ""},
          {"created_at", v.created_at},
          {"updated_at", v.updated_at},
          {"version", v.version}};
}

json rsvp_json(const Event& e, const Invitation& v) {
  return {{"person_name", v.person_name},
          {"status", v.status},
          {"language", v.language},
          {"interpretation_language", optional_json(v.interpretation_language)},
          {"attendance_mode", optional_json(v.attendance_mode)},
          {"access_needs", optional_json(v.access_needs)},
          {"comment", v.comment},
          {"can_respond",
           e.status == "open_for_invitations" && (v.status == "invited" || is_answer(v.status))},
          {"event",
           {{"title", e.title},
            {"type", e.type},
            {"starts_at", e.starts_at},
            {"ends_at", e.ends_at},
            {"time_zone", e.time_zone},
            {"format", e.format},
            {"venue", optional_json(e.venue)},
            {"link", optional_json(e.link)},
            {"languages", e.working_languages},
            {"interpretation_languages", e.interpretation_languages},
            {"accessibility", e.accessibility},
            {"objectives", e.objectives},
            {"invitation_text", v.language == "sv" ? e.invitation_text_sv : e.invitation_text_en},
            {"reply_by", optional_json(e.reply_by)}}}};
}

json to_json(const OutboxMessage& m, PersonalLinks links) {
  return {{"id", m.id},
          {"event_id", optional_json(m.event_id)},
          {"invitation_id", optional_json(m.invitation_id)},
          {"kind", m.kind},
          {"to_name", m.to_name},
          {"to_email", m.to_email},
          {"language", m.language},
          {"subject", m.subject},
          {"body", body_text(m, links)},
          {"status", m.status},
          {"created_at", m.created_at},
          {"sent_at", optional_json(m.sent_at)},
          {"error", optional_json(m.error)}};
}

}  // namespace samla::events
