#include "evaluation/service.h"

#include <algorithm>

#include "evaluation/results.h"
#include "evaluation/store.h"
#include "events/invitations.h"
#include "events/messages.h"
#include "events/record_access.h"
#include "events/store.h"
#include "privacy/consent_store.h"
#include "privacy/redaction.h"
#include "register/profiles.h"

namespace samla::evaluation {
namespace {

using storage::Session;

constexpr Msg kWriteRefusal = Msg::evaluation_write_refused;
constexpr Msg kReadRefusal = Msg::evaluation_read_early;

bool came(const std::string& status) {
  return status == "attended" || status == "accepted";
}

// Who may answer and be counted: invitations that were sent and not withdrawn.
bool asked(const std::string& status) {
  return status != "proposed" && status != "withdrawn";
}

events::OutboxMessage compose_follow_up(const events::Event& e, const events::Invitation& v,
                                        const std::string& link) {
  const bool sv = v.language == "sv";
  events::OutboxMessage m;
  m.event_id = e.id;
  m.invitation_id = v.id;
  m.to_name = v.person_name;
  m.to_email = v.email.value_or("");
  m.language = v.language;
  m.subject = (sv ? "Hur gick det? " : "How did it go? ") + e.title;
  std::string b;
  b += (sv ? "Hej " : "Dear ") + v.person_name + (sv ? "!\n\n" : ",\n\n");
  b += sv ? "Tack för att du var med på \"" + e.title +
                "\". Vi vill gärna veta vad du tar med dig därifrån. Det tar ett par minuter, "
                "och svaren visas aldrig med ditt namn:\n"
          : "Thank you for taking part in \"" + e.title +
                "\". We would like to know what you take away from it. It takes a couple of "
                "minutes, and your answers are never shown with your name:\n";
  b += std::string(events::kPersonalLinkSlot) + "\n\n";
  b += sv ? "Länken är personlig; vidarebefordra den inte.\n\nVänliga hälsningar\nArrangörerna\n"
          : "The link is personal; please do not forward it.\n\nKind regards,\nThe organisers\n";
  m.body = std::move(b);
  m.personal_link = link;
  return m;
}

Result<ParticipantForm> participant_view(Session& s, const events::Invitation& v) {
  SAMLA_ASSIGN(events::Event event, events::store::get_event(s, v.event_id));
  SAMLA_ASSIGN(Form form, store::get_form(s, v.event_id));
  SAMLA_ASSIGN(auto done, store::phases_answered(s, v.id));
  ParticipantForm out;
  out.event_id = event.id;
  out.event_title = event.title;
  out.language = v.language;
  out.open_phase = open_phase(event.status, v.status);
  out.answered_before = std::count(done.begin(), done.end(), kBefore) > 0;
  out.answered_after = std::count(done.begin(), done.end(), kAfter) > 0;
  out.items = form.items;
  return out;
}

// Each answering invitation's groups in the breakdown `by`, as `viewer` may see them.
Result<std::map<std::int64_t, std::vector<std::string>>> groups_of(
    Session& s, const std::vector<events::Invitation>& invitations, const std::string& by,
    const privacy::Viewer& viewer) {
  std::map<std::int64_t, std::vector<std::string>> out;
  if (by == "country") {
    for (const auto& v : invitations)
      if (v.country) out[v.id] = {*v.country};
    return out;
  }
  std::string ids;
  for (const auto& v : invitations) ids += (ids.empty() ? "" : ",") + std::to_string(v.person_id);
  if (ids.empty()) return out;
  registry::ProfileQuery query;
  query.people = {"SELECT id FROM people WHERE id IN (" + ids + ")", {}};
  SAMLA_ASSIGN(auto profiles, registry::load_profiles(s, query));
  for (const auto& v : invitations) {
    auto p = profiles.find(
        registry::StakeholderRef{registry::StakeholderRef::Kind::person, v.person_id});
    if (p == profiles.end()) continue;
    out[v.id] = privacy::visible_perspectives(p->second.perspectives, viewer);
  }
  return out;
}

}  // namespace

Result<Form> EvaluationService::form(std::int64_t event_id, const access::Principal& caller) {
  return run(false, [&](Session& s) -> Result<Form> {
    SAMLA_TRY(events::reads_event_records(s, event_id, caller, kReadRefusal));
    return store::get_form(s, event_id);
  });
}

Result<Form> EvaluationService::put_form(std::int64_t event_id, std::vector<Item> items,
                                         std::optional<std::int64_t> version,
                                         const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<Form> {
    SAMLA_TRY(events::event_for_writing(s, event_id, actor, kWriteRefusal));
    return store::put_form(s, event_id, std::move(items), version, actor);
  });
}

Result<Results> EvaluationService::results(std::int64_t event_id,
                                           const std::optional<std::string>& by,
                                           const privacy::Viewer& viewer) {
  if (by && *by != "country" && *by != "perspective")
    return invalid_field("by", Msg::one_of, {{"values", "country\nperspective"}});
  return run(false, [&](Session& s) -> Result<Results> {
    SAMLA_TRY(events::reads_event_records(s, event_id, viewer.principal, kReadRefusal));
    SAMLA_ASSIGN(Form form, store::get_form(s, event_id));
    SAMLA_ASSIGN(auto answers, store::answers_of(s, event_id));
    SAMLA_ASSIGN(auto invitations, events::store::invitations_of(s, event_id));
    ResultsInput in;
    in.form = &form;
    in.answers = &answers;
    in.invited = static_cast<int>(std::count_if(invitations.begin(), invitations.end(),
                                                [](const auto& v) { return asked(v.status); }));
    in.with_texts = viewer.sees_free_text();
    in.by = by;
    if (by) {
      std::vector<events::Invitation> answering;
      for (const auto& v : invitations)
        if (std::any_of(answers.begin(), answers.end(),
                        [&](const Answer& a) { return a.invitation_id == v.id; }))
          answering.push_back(v);
      SAMLA_ASSIGN(in.groups_of, groups_of(s, answering, *by, viewer));
    }
    return compute_results(in);
  });
}

Result<int> EvaluationService::send_follow_ups(std::int64_t event_id,
                                               const access::Principal& actor) {
  const std::string base = events_.public_url();
  auto sent = run(true, [&](Session& s) -> Result<int> {
    SAMLA_ASSIGN(events::Event event, events::event_for_writing(s, event_id, actor, kWriteRefusal));
    if (event.status != "held" && event.status != "reported")
      return invalid_field("event", Msg::is_status, {{"status", event.status}});
    SAMLA_ASSIGN(auto invitations, events::store::invitations_of(s, event_id));
    const bool checked_in = std::any_of(invitations.begin(), invitations.end(),
                                        [](const auto& v) { return v.status == "attended"; });
    int queued = 0;
    for (const auto& v : invitations) {
      if (!(checked_in ? v.status == "attended" : came(v.status)) || !v.email) continue;
      SAMLA_ASSIGN(bool may_contact,
                   privacy::consents::has_active(s, v.person_id, privacy::kContactPurpose));
      if (!may_contact) continue;  // withdrew or objected since: no more mail
      SAMLA_ASSIGN(auto done, store::phases_answered(s, v.id));
      if (std::count(done.begin(), done.end(), kAfter) > 0) continue;
      SAMLA_ASSIGN(std::string token, events::store::renew_personal_link(s, v, actor));
      SAMLA_TRY(
          events::store::queue_message(s, compose_follow_up(event, v, base + "/rsvp#" + token)));
      ++queued;
    }
    if (queued == 0) return invalid_field("event", Msg::nobody_to_follow_up);
    return queued;
  });
  if (sent.ok()) events_.outbox_changed();
  return sent;
}

Result<ParticipantForm> EvaluationService::participant_form(const std::string& token) {
  return run(false, [&](Session& s) -> Result<ParticipantForm> {
    SAMLA_ASSIGN(events::Invitation v, events::store::invitation_by_token(s, token));
    return participant_view(s, v);
  });
}

Result<ParticipantForm> EvaluationService::answer(const std::string& token,
                                                  const AnswerInput& input) {
  return run(true, [&](Session& s) -> Result<ParticipantForm> {
    SAMLA_ASSIGN(events::Invitation v, events::store::invitation_by_token(s, token));
    SAMLA_ASSIGN(ParticipantForm view, participant_view(s, v));
    SAMLA_ASSIGN(Answer answer, check_answer(view.items, input));
    if (view.open_phase != answer.phase) return invalid_field("phase", Msg::not_open_for_answers);
    SAMLA_TRY(store::insert_answer(s, v.event_id, v.id, std::move(answer)));
    return participant_view(s, v);
  });
}

}  // namespace samla::evaluation
