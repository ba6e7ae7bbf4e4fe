#include "live/service.h"

#include <algorithm>

#include "access/records.h"
#include "events/invitations.h"
#include "live/code.h"
#include "live/qr.h"
#include "live/rules.h"
#include "live/service_support.h"
#include "live/store.h"
#include "live/view.h"

namespace samla::live {
namespace {

using detail::activity_of;
using detail::invalid_if_any;
using detail::open_session;
using detail::visible_input;
using nlohmann::json;
using storage::Session;

constexpr access::RecordKind kInputRecord{"live_inputs", "live_input", "live input"};

// The activity's state with the number of the change a participant's write made: the client
// knows which change was its own (and the load benchmark when the console had it).
Result<json> with_seq(Result<json> state, std::int64_t seq) {
  if (state.ok()) (*state)["seq"] = seq;
  return state;
}

// The participant `token` stands for, within the rate limit.
Result<store::Participant> sending_participant(Session& s, const std::string& token) {
  SAMLA_ASSIGN(store::Participant p, store::participant_by_token(s, token));
  SAMLA_TRY(store::lock_participant(s, p.id));
  SAMLA_ASSIGN(std::int64_t sent, store::sent_last_minute(s, p.id));
  if (sent >= kPerMinute) return make_error(ErrorCode::too_many_requests, Msg::live_too_fast);
  return p;
}

// The invitation `rsvp_token` opens, for the session's event, marked attended when its event
// allows that now: {invitation id, whether it is attended}. A link of another event, or none
// that works, is a 422 naming rsvp_token.
Result<std::pair<std::int64_t, bool>> record_attendance(Session& s, const LiveSession& session,
                                                        const std::string& rsvp_token) {
  auto invitation = events::store::invitation_by_token(s, rsvp_token);
  if (!invitation.ok() || !session.event_id || invitation->event_id != *session.event_id)
    return invalid_field("rsvp_token", Msg::live_rsvp_not_for_session);
  if (invitation->status == "attended") return std::pair{invitation->id, true};
  // Refused when the event has not begun or the invitation cannot be attended (withdrawn):
  // nothing is written then, and the person joins all the same.
  auto moved =
      events::store::move_invitation(s, invitation->id, "attended", invitation->note, std::nullopt,
                                     access::system_principal("live session"));
  return std::pair{invitation->id, moved.ok()};
}

Status check_event(Session& s, std::optional<std::int64_t> event_id) {
  if (!event_id) return ok_status();
  SAMLA_ASSIGN(auto rows, s.query("SELECT status FROM events WHERE id = ?", {*event_id}));
  if (rows.empty()) return invalid_field("event_id", Msg::no_such_event);
  const std::string status = rows.front().text(0);
  if (status != "open_for_invitations" && status != "held")
    return invalid_field("event_id", Msg::live_event_not_running);
  return ok_status();
}

}  // namespace

Result<LiveSession> LiveService::create(const std::string& title,
                                        std::optional<std::int64_t> event_id,
                                        const access::Principal& actor) {
  SAMLA_TRY(invalid_if_any(check_session_title(title)));
  return run(true, [&](Session& s) -> Result<LiveSession> {
    SAMLA_TRY(check_event(s, event_id));
    return store::insert_session(s, title, event_id, actor);
  });
}

Result<std::vector<LiveSession>> LiveService::list() {
  return run(false, [&](Session& s) { return store::list_sessions(s); });
}

Result<json> LiveService::console(std::int64_t id) {
  return run(false, [&](Session& s) -> Result<json> {
    SAMLA_ASSIGN(LiveSession session, store::get_session(s, id));
    return session_state(s, session, Audience::facilitator, std::nullopt);
  });
}

Result<LiveSession> LiveService::close(std::int64_t id, const access::Principal& actor) {
  std::int64_t taken = 0;
  auto closed = run(true, [&](Session& s) -> Result<LiveSession> {
    SAMLA_ASSIGN(LiveSession session, store::get_session(s, id));
    if (session.status == "open") {
      SAMLA_TRY(store::close_session(s, id, actor));
      SAMLA_ASSIGN(taken, store::record_change(s, id, "session_closed", std::nullopt));
    }
    return store::get_session(s, id);
  });
  if (closed.ok()) publish(id, taken);
  return closed;
}

Result<std::string> LiveService::qr(std::int64_t id) {
  SAMLA_ASSIGN(LiveSession session,
               run(false, [&](Session& s) { return store::get_session(s, id); }));
  return qr_svg(public_url_() + "/live?code=" + session.code);
}

Result<json> LiveService::changes(std::int64_t id, std::int64_t since) {
  return run(false, [&](Session& s) -> Result<json> {
    SAMLA_ASSIGN(LiveSession session, store::get_session(s, id));
    SAMLA_ASSIGN(auto changes, store::changes_after(s, id, since, kChangesAtOnce));
    // More than fit: the answer ends at the last one listed, and the client reads the state.
    const bool complete = changes.size() < static_cast<std::size_t>(kChangesAtOnce);
    json listed = json::array();
    for (const auto& c : changes)
      listed.push_back({{"seq", c.seq},
                        {"kind", c.kind},
                        {"activity_id", c.activity_id ? json(*c.activity_id) : json(nullptr)},
                        {"created_at", c.created_at}});
    const std::int64_t seq = complete ? session.seq : changes.back().seq;
    return json{{"seq", seq}, {"complete", complete}, {"changes", std::move(listed)}};
  });
}

Result<Activity> LiveService::add_activity(std::int64_t session_id, Activity activity) {
  activity.session_id = session_id;
  if (activity.kind != "poll") activity.poll_type.reset();
  SAMLA_TRY(invalid_if_any(check_activity(activity)));
  std::int64_t taken = 0;
  auto added = run(true, [&](Session& s) -> Result<Activity> {
    SAMLA_TRY(open_session(s, session_id));
    SAMLA_ASSIGN(Activity made, store::insert_activity(s, activity));
    SAMLA_ASSIGN(taken, store::record_change(s, session_id, "activity_added", made.id));
    return made;
  });
  if (added.ok()) publish(session_id, taken);
  return added;
}

Result<Activity> LiveService::set_activity_status(std::int64_t session_id, std::int64_t activity_id,
                                                  const std::string& status) {
  std::int64_t taken = 0;
  auto changed = run(true, [&](Session& s) -> Result<Activity> {
    SAMLA_TRY(open_session(s, session_id));
    SAMLA_ASSIGN(Activity a, activity_of(s, session_id, activity_id));
    if (a.status == status) return a;
    if (status == "closed" && a.status != "open")
      return make_error(ErrorCode::conflict, Msg::live_activity_not_open);
    SAMLA_TRY(store::set_activity_status(s, activity_id, status));
    SAMLA_ASSIGN(taken, store::record_change(s, session_id, "activity_" + status, activity_id));
    return store::get_activity(s, activity_id);
  });
  if (changed.ok()) publish(session_id, taken);
  return changed;
}

Result<json> LiveService::hide_input(std::int64_t session_id, std::int64_t input_id, bool hidden,
                                     const access::Principal& actor) {
  std::int64_t taken = 0;
  auto state = run(true, [&](Session& s) -> Result<json> {
    SAMLA_ASSIGN(Input input, store::get_input(s, input_id));
    SAMLA_ASSIGN(Activity a, activity_of(s, session_id, input.activity_id));
    if (input.hidden != hidden) {
      SAMLA_TRY(store::set_input_hidden(s, input_id, hidden));
      SAMLA_TRY(access::audit_changed(s, kInputRecord, input_id, {{"hidden", input.hidden}},
                                      {{"hidden", hidden}}, actor, hidden ? "hide" : "show"));
      SAMLA_ASSIGN(taken, store::record_change(s, session_id, "input_changed", a.id));
    }
    return activity_state(s, a, Audience::facilitator, std::nullopt);
  });
  if (state.ok()) publish(session_id, taken);
  return state;
}

Result<json> LiveService::merge_input(std::int64_t session_id, std::int64_t input_id,
                                      std::int64_t into, const access::Principal& actor) {
  if (input_id == into) return invalid_field("into", Msg::live_input_not_found);
  std::int64_t taken = 0;
  auto state = run(true, [&](Session& s) -> Result<json> {
    SAMLA_ASSIGN(Input input, store::get_input(s, input_id));
    SAMLA_ASSIGN(Activity a, activity_of(s, session_id, input.activity_id));
    // Ideas are merged; dots and statements are the facilitator's own items.
    if (a.kind != "ideas") return make_error(ErrorCode::conflict, Msg::live_not_allowed_here);
    auto target = store::get_input(s, into);
    if (!target.ok() || target->activity_id != a.id || target->merged_into)
      return invalid_field("into", Msg::live_input_not_found);
    SAMLA_TRY(store::merge_input(s, input_id, into));
    SAMLA_TRY(access::audit_changed(s, kInputRecord, input_id, {{"merged_into", nullptr}},
                                    {{"merged_into", into}}, actor, "merge"));
    SAMLA_ASSIGN(taken, store::record_change(s, session_id, "input_changed", a.id));
    return activity_state(s, a, Audience::facilitator, std::nullopt);
  });
  if (state.ok()) publish(session_id, taken);
  return state;
}

Result<json> LiveService::add_facilitator_input(std::int64_t session_id, std::int64_t activity_id,
                                                const std::string& text) {
  SAMLA_TRY(invalid_if_any(check_input_text(text)));
  std::int64_t taken = 0;
  auto state = run(true, [&](Session& s) -> Result<json> {
    SAMLA_TRY(open_session(s, session_id));
    SAMLA_ASSIGN(Activity a, activity_of(s, session_id, activity_id));
    if (a.kind != "ideas" && a.kind != "statements" && a.kind != "dots")
      return make_error(ErrorCode::conflict, Msg::live_not_allowed_here);
    Input input;
    input.activity_id = a.id;
    input.text = text;
    SAMLA_TRY(store::insert_input(s, input));
    SAMLA_ASSIGN(taken, store::record_change(s, session_id, "input_added", a.id));
    return activity_state(s, a, Audience::facilitator, std::nullopt);
  });
  if (state.ok()) publish(session_id, taken);
  return state;
}

Result<json> LiveService::join(const std::string& code, std::optional<std::string> display_name,
                               std::optional<std::string> rsvp_token) {
  const std::string normalised = normalise_join_code(code);
  if (normalised.empty()) return make_error(ErrorCode::not_found, Msg::live_code_not_valid);
  if (display_name) {
    const auto first = display_name->find_first_not_of(" \t");
    if (first == std::string::npos)
      display_name.reset();
    else if (characters(*display_name) > kMaxDisplayName)
      return invalid_field("display_name", Msg::max_characters,
                           MessageParams{{"max", std::to_string(kMaxDisplayName)}});
  }
  std::int64_t session_id = 0;
  std::int64_t taken = 0;
  auto result = run(true, [&](Session& s) -> Result<json> {
    SAMLA_ASSIGN(LiveSession session, store::open_session_by_code(s, normalised));
    session_id = session.id;
    std::optional<std::int64_t> invitation_id;
    bool attended = false;
    if (rsvp_token) {
      SAMLA_ASSIGN(auto recorded, record_attendance(s, session, *rsvp_token));
      invitation_id = recorded.first;
      attended = recorded.second;
    }
    SAMLA_ASSIGN(store::Joined joined,
                 store::insert_participant(s, session.id, display_name, invitation_id));
    SAMLA_ASSIGN(taken, store::record_change(s, session.id, "participant_joined", std::nullopt));
    session.seq = taken;
    SAMLA_ASSIGN(json state,
                 session_state(s, session, Audience::participant, joined.participant_id));
    return json{{"participant_token", joined.token},
                {"participant_id", joined.participant_id},
                {"attendance_recorded", attended},
                {"state", std::move(state)}};
  });
  if (result.ok()) publish(session_id, taken);
  return result;
}

Result<json> LiveService::participant_state(const std::string& token) {
  return run(false, [&](Session& s) -> Result<json> {
    SAMLA_ASSIGN(store::Participant p, store::participant_by_token(s, token));
    SAMLA_ASSIGN(LiveSession session, store::get_session(s, p.session_id));
    SAMLA_ASSIGN(auto shared, shared_view(s, session));
    json state = *shared;
    SAMLA_TRY(personalise(s, state, p.id));
    return state;
  });
}

Result<std::shared_ptr<const json>> LiveService::shared_view(Session& s,
                                                             const LiveSession& session) {
  {
    std::lock_guard lock(views_mutex_);
    auto found = views_.find(session.id);
    if (found != views_.end() && found->second.seq == session.seq) return found->second.state;
  }
  // Read outside the lock (two readers of a new number may both read it: the same answer).
  // What it holds may be a little newer than `seq`; a client catches up on the next change.
  SAMLA_ASSIGN(json state, session_state(s, session, Audience::participant, std::nullopt));
  auto shared = std::make_shared<const json>(std::move(state));
  std::lock_guard lock(views_mutex_);
  // Only rooms being read now matter: the others are dropped rather than kept growing.
  if (views_.size() >= 64 && !views_.count(session.id)) views_.clear();
  SharedView& view = views_[session.id];
  if (session.seq >= view.seq) view = SharedView{session.seq, shared};
  return shared;
}

Result<json> LiveService::participant_changes(const std::string& token, std::int64_t since) {
  SAMLA_ASSIGN(store::Participant p,
               run(false, [&](Session& s) { return store::participant_by_token(s, token); }));
  return changes(p.session_id, since);
}

Result<json> LiveService::submit(const std::string& token, std::int64_t activity_id,
                                 const std::string& text) {
  SAMLA_TRY(invalid_if_any(check_input_text(text)));
  std::int64_t session_id = 0;
  std::int64_t taken = 0;
  auto state = run(true, [&](Session& s) -> Result<json> {
    SAMLA_ASSIGN(store::Participant p, sending_participant(s, token));
    session_id = p.session_id;
    SAMLA_ASSIGN(Activity a, activity_of(s, p.session_id, activity_id));
    if (a.status != "open") return make_error(ErrorCode::conflict, Msg::live_activity_not_open);
    if (a.kind != "ideas" && a.kind != "statements")
      return make_error(ErrorCode::conflict, Msg::live_not_allowed_here);
    Input input;
    input.activity_id = a.id;
    input.participant_id = p.id;
    input.text = text;
    SAMLA_TRY(store::insert_input(s, input));
    SAMLA_ASSIGN(taken, store::record_change(s, p.session_id, "input_added", a.id, p.id));
    return with_seq(activity_state(s, a, Audience::participant, p.id), taken);
  });
  if (state.ok()) publish(session_id, taken);
  return state;
}

Result<json> LiveService::answer(const std::string& token, const Answer& answer) {
  std::int64_t session_id = 0;
  std::int64_t taken = 0;
  auto state = run(true, [&](Session& s) -> Result<json> {
    SAMLA_ASSIGN(store::Participant p, sending_participant(s, token));
    session_id = p.session_id;
    SAMLA_ASSIGN(Activity a, activity_of(s, p.session_id, answer.activity_id));
    if (a.status != "open") return make_error(ErrorCode::conflict, Msg::live_activity_not_open);
    SAMLA_TRY(invalid_if_any(check_answer(a, answer)));
    std::vector<AnswerRow> rows;
    std::optional<std::int64_t> only_input;
    if (a.kind == "ideas") {
      // An upvote, or taking it back.
      SAMLA_TRY(visible_input(s, a, *answer.input_id));
      SAMLA_ASSIGN(bool had, store::has_answer(s, *answer.input_id, p.id));
      only_input = answer.input_id;
      if (!had) rows.push_back({p.id, answer.input_id, std::nullopt, 1, ""});
    } else if (a.kind == "statements") {
      SAMLA_TRY(visible_input(s, a, *answer.input_id));
      only_input = answer.input_id;
      rows.push_back({p.id, answer.input_id, std::nullopt, answer.vote, ""});
    } else if (a.kind == "dots") {
      for (const auto& [input_id, dots] : answer.dots) {
        auto input = visible_input(s, a, input_id);
        if (!input.ok()) return invalid_field("dots", Msg::live_input_not_found);
        if (dots > 0) rows.push_back({p.id, input_id, std::nullopt, dots, ""});
      }
    } else if (a.poll_type == "scale") {
      rows.push_back({p.id, std::nullopt, std::nullopt, answer.value, ""});
    } else if (a.poll_type == "ranking") {
      for (std::size_t place = 0; place < answer.choices.size(); ++place)
        rows.push_back(
            {p.id, std::nullopt, answer.choices[place], static_cast<int>(place) + 1, ""});
    } else if (a.poll_type == "words") {
      rows.push_back({p.id, std::nullopt, std::nullopt, std::nullopt, answer.words});
    } else {
      for (int c : answer.choices) rows.push_back({p.id, std::nullopt, c, std::nullopt, ""});
    }
    SAMLA_TRY(store::replace_answers(s, a.id, p.id, only_input, rows));
    SAMLA_ASSIGN(taken, store::record_change(s, p.session_id, "answered", a.id, p.id));
    return with_seq(activity_state(s, a, Audience::participant, p.id), taken);
  });
  if (state.ok()) publish(session_id, taken);
  return state;
}

void LiveService::publish(std::int64_t session_id, std::int64_t seq) {
  if (seq <= 0) return;
  if (!hub_->has_listeners(session_id)) {
    hub_->set_last_sent(session_id, seq);
    return;
  }
  // One publisher per session at a time: listeners get every change once, in its order, even
  // when two writers finish together (their numbers were taken in the order they committed).
  // Where the session's listeners stand was set when the first of them said hello.
  auto lock = hub_->publishing(session_id);
  while (true) {
    const std::int64_t last = hub_->last_sent(session_id, seq - 1);
    if (seq <= last) return;
    auto changes = run(false, [&](Session& s) {
      return store::changes_after(s, session_id, last, kChangesAtOnce);
    });
    if (!changes.ok() || changes->empty()) return;  // the listeners catch up when they next ask
    for (const auto& c : *changes) {
      hub_->broadcast(session_id, {c.seq, c.kind, c.activity_id});
      hub_->set_last_sent(session_id, c.seq);
    }
  }
}

Status LiveService::start_listening(std::int64_t session_id) {
  SAMLA_ASSIGN(LiveSession session,
               run(false, [&](Session& s) { return store::get_session(s, session_id); }));
  hub_->start_from(session_id, session.seq);
  return ok_status();
}

Result<std::int64_t> LiveService::open_session_id(const std::string& code) {
  const std::string normalised = normalise_join_code(code);
  if (normalised.empty()) return make_error(ErrorCode::not_found, Msg::live_code_not_valid);
  SAMLA_ASSIGN(LiveSession session,
               run(false, [&](Session& s) { return store::open_session_by_code(s, normalised); }));
  return session.id;
}

Result<std::int64_t> LiveService::session_of_participant(const std::string& token) {
  SAMLA_ASSIGN(store::Participant p,
               run(false, [&](Session& s) { return store::participant_by_token(s, token); }));
  return p.session_id;
}

Result<std::int64_t> LiveService::session_id_of(std::int64_t id) {
  SAMLA_ASSIGN(LiveSession session,
               run(false, [&](Session& s) { return store::get_session(s, id); }));
  return session.id;
}

}  // namespace samla::live
