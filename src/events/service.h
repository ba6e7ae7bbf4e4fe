// The events use cases: each in a pooled session, writes in one transaction.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include <vector>

#include "events/messages.h"
#include "events/store.h"
#include "privacy/pooled_service.h"

namespace samla::events {

class EventsService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  // Runs and keeps a selection for event `event_id` as the viewer's principal (see
  // store::run_selection), answered as `viewer` may see it (redact_selection).
  Result<nlohmann::json> run_selection(std::int64_t event_id, const nlohmann::json& request,
                                       const privacy::Viewer& viewer);
  // One kept selection, as `viewer` may see it.
  Result<nlohmann::json> selection(std::int64_t id, const privacy::Viewer& viewer);
  // An event's selections, newest first, as `viewer` may see them.
  Result<std::vector<nlohmann::json>> selections(std::int64_t event_id,
                                                 const privacy::Viewer& viewer);

  // Every message samla has written, newest first, and whether the caller sees the working
  // personal links in them: only those who may act for any participant do.
  struct Outbox {
    std::vector<OutboxMessage> messages;
    PersonalLinks links = PersonalLinks::masked;
  };
  Result<Outbox> outbox(const access::Principal& caller);

  // Where people reach the web app, for the RSVP links in invitation messages ("serve
  // --public-url", or the bound address); set once before the server starts. A function,
  // because an ephemeral port is known only once the server has bound it.
  void set_public_url(std::function<std::string()> url) { public_url_ = std::move(url); }
  std::string public_url() const { return public_url_(); }

  // The address calendar replies go to (serve --smtp-from), if one was configured: only then
  // do invitations ask calendars for an answer (see to_icalendar).
  void set_calendar_organiser(std::optional<std::string> address) {
    organiser_ = std::move(address);
  }
  const std::optional<std::string>& calendar_organiser() const { return organiser_; }

  // Called after messages were queued (the SMTP sender's wake-up, when SMTP is configured).
  void set_outbox_waker(std::function<void()> wake) { wake_outbox_ = std::move(wake); }
  void outbox_changed() const {
    if (wake_outbox_) wake_outbox_();
  }

 private:
  std::function<void()> wake_outbox_;
  std::optional<std::string> organiser_;
  std::function<std::string()> public_url_ = [] { return std::string("http://127.0.0.1:8080"); };
};

}  // namespace samla::events
