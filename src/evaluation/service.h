// The evaluation's use cases, each in a pooled session, writes in one transaction. The form
// and the results follow the event's record rules (events/record_access.h); participants
// answer through their personal link, with no account, and are never shown with a name.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "evaluation/model.h"
#include "evaluation/rules.h"
#include "events/service.h"
#include "privacy/pooled_service.h"

namespace samla::evaluation {

class EvaluationService : public privacy::PooledService {
 public:
  // `events` gives the address personal links point to, and wakes the outbox.
  EvaluationService(storage::SessionPool& pool, const events::EventsService& events)
      : PooledService(pool), events_(events) {}

  Result<Form> form(std::int64_t event_id, const access::Principal& caller);
  Result<Form> put_form(std::int64_t event_id, std::vector<Item> items,
                        std::optional<std::int64_t> version, const access::Principal& actor);

  // The results as `viewer` may see them; `by` is none, "country" or "perspective".
  Result<Results> results(std::int64_t event_id, const std::optional<std::string>& by,
                          const privacy::Viewer& viewer);

  // Queues the "after" message, with a fresh personal link, to everyone who came (attended,
  // or accepted where nobody was checked in), has an e-mail address and has not answered
  // "after" yet. The event must have been held. Answers how many messages were queued.
  Result<int> send_follow_ups(std::int64_t event_id, const access::Principal& actor);

  // The participant's side, by their personal (RSVP) token.
  Result<ParticipantForm> participant_form(const std::string& token);
  Result<ParticipantForm> answer(const std::string& token, const AnswerInput& input);

 private:
  const events::EventsService& events_;
};

}  // namespace samla::evaluation
