// The live sessions' use cases (issue 21), each in a pooled session, a write in one transaction
// that also takes the session's next change number. Facilitators (admins, coordinators and
// facilitators: Action::run_live_sessions) make sessions and activities and moderate; a
// participant is whoever holds a participant token from joining with the code, with no account.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "access/principal.h"
#include "core/language.h"
#include "live/hub.h"
#include "live/model.h"
#include "privacy/pooled_service.h"

namespace samla::live {

// What the facilitator carries into the record: `to` key_insight, outcome or action_point (the
// event's outcomes) or initiative; from an idea, statement or dot-voted item (`input_id`), a group
// of ideas (`cluster_id`) or, with neither, a poll's result. `text` replaces the wording taken
// from the source; an action point names its owner and due date.
struct PromoteRequest {
  std::string to;
  std::int64_t activity_id = 0;
  std::optional<std::int64_t> input_id, cluster_id;
  std::optional<std::string> text;
  std::optional<std::int64_t> owner_person_id, owner_organisation_id;
  std::optional<std::string> due_date, priority;
};

// The most changes one answer or push lists; a client further behind reads the state again.
inline constexpr int kChangesAtOnce = 500;

class LiveService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  // The public address join links and QR codes point to.
  void set_public_url(std::function<std::string()> url) { public_url_ = std::move(url); }

  Result<LiveSession> create(const std::string& title, std::optional<std::int64_t> event_id,
                             const access::Principal& actor);
  Result<std::vector<LiveSession>> list();
  // Everything, for the facilitator's console and the presenter view.
  Result<nlohmann::json> console(std::int64_t id);
  Result<LiveSession> close(std::int64_t id, const access::Principal& actor);
  // The join link's QR code as SVG.
  Result<std::string> qr(std::int64_t id);
  // The changes after `since` (at most 500), for a client catching up.
  Result<nlohmann::json> changes(std::int64_t id, std::int64_t since);

  Result<Activity> add_activity(std::int64_t session_id, Activity activity);
  // Opens (or closes) an activity: open → ready or closed; closed → from open.
  Result<Activity> set_activity_status(std::int64_t session_id, std::int64_t activity_id,
                                       const std::string& status);
  // Hides an input from participants (or shows it again); it is kept and the change audited.
  Result<nlohmann::json> hide_input(std::int64_t session_id, std::int64_t input_id, bool hidden,
                                    const access::Principal& actor);
  // Merges an input into another of the same activity: its upvotes move with it.
  Result<nlohmann::json> merge_input(std::int64_t session_id, std::int64_t input_id,
                                     std::int64_t into, const access::Principal& actor);
  // A group of ideas on an ideas board, and putting an idea in one (or none).
  Result<Cluster> add_cluster(std::int64_t session_id, std::int64_t activity_id,
                              const std::string& title);
  Result<nlohmann::json> set_input_cluster(std::int64_t session_id, std::int64_t input_id,
                                           std::optional<std::int64_t> cluster_id);
  // The opinion groups of a statements activity (live/opinion_groups.h), with each statement's
  // agreement per group, consensus and division; no breakdown for fewer than three.
  Result<nlohmann::json> opinion_groups(std::int64_t session_id, std::int64_t activity_id);
  // Carries input into the event's record or the initiative list, keeping where it came from.
  Result<Promotion> promote(std::int64_t session_id, const PromoteRequest& request,
                            const access::Principal& actor, Language language);
  // The open sessions of the event a personal link's invitation is for: {sessions: [{id, title,
  // code}]}; an unknown link is a not_found.
  Result<nlohmann::json> find_for_invitation(const std::string& rsvp_token);

  // A statement or idea written by the facilitator (statements to vote on, say).
  Result<nlohmann::json> add_facilitator_input(std::int64_t session_id, std::int64_t activity_id,
                                               const std::string& text);

  // A participant joins an open session by its code: {participant_token, participant_id,
  // attendance_recorded, state}. A wrong or closed code is one not_found, whichever it was.
  // With `rsvp_token` (their personal link's, for the session's event) the invitation is marked
  // attended when the event allows it (it has begun); what they send stays anonymous.
  Result<nlohmann::json> join(const std::string& code, std::optional<std::string> display_name,
                              std::optional<std::string> rsvp_token = std::nullopt);
  Result<nlohmann::json> participant_state(const std::string& token);
  Result<nlohmann::json> participant_changes(const std::string& token, std::int64_t since);
  // An idea or question on an open board (or a statement where participants may add them).
  Result<nlohmann::json> submit(const std::string& token, std::int64_t activity_id,
                                const std::string& text);
  Result<nlohmann::json> answer(const std::string& token, const Answer& answer);

  // For the WebSockets (live/socket.h): the open session a code opens, the session a
  // participant token belongs to, a session that exists, and who listens.
  Result<std::int64_t> open_session_id(const std::string& code);
  Result<std::int64_t> session_of_participant(const std::string& token);
  Result<std::int64_t> session_id_of(std::int64_t id);
  LiveHub& hub() { return *hub_; }
  // Before a listener's first catch-up: changes after the session's current number will be
  // pushed (what came before is in the catch-up).
  Status start_listening(std::int64_t session_id);

 private:
  // Sends the session's listeners every change up to `seq` (the one a write just took) that
  // they have not had; nothing when `seq` is 0 (the write changed nothing).
  void publish(std::int64_t session_id, std::int64_t seq);
  std::shared_ptr<LiveHub> hub_ = std::make_shared<LiveHub>();
  // The participants' view of each session at its last change number, the same for all of them
  // until the next change: in a room of a thousand, one read of the session per change instead
  // of one per phone (each then adds what is theirs: live/view.h personalise).
  struct SharedView {
    std::int64_t seq = -1;
    std::shared_ptr<const nlohmann::json> state;
  };
  std::mutex views_mutex_;
  std::map<std::int64_t, SharedView> views_;
  Result<std::shared_ptr<const nlohmann::json>> shared_view(storage::Session& s,
                                                            const LiveSession& session);
  std::function<std::string()> public_url_ = [] { return std::string("http://127.0.0.1:8080"); };
};

}  // namespace samla::live
