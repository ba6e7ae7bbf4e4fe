#include "outcomes/routes.h"

#include "http/crud_routes.h"
#include "outcomes/wire.h"

namespace samla::outcomes {
namespace {

using namespace http::route_names;

// {"ids": [...]}: every outcome of the event, once each, in the new order.
Result<std::vector<std::int64_t>> order_from_json(const json& body) {
  const json ids = body.value("ids", json(nullptr));
  if (!ids.is_array()) return invalid_field("ids", Msg::must_be_ids);
  std::vector<std::int64_t> out;
  for (const auto& id : ids) {
    if (!id.is_number_integer() || id.get<std::int64_t>() < 1)
      return invalid_field("ids", Msg::must_be_ids);
    out.push_back(id.get<std::int64_t>());
  }
  return out;
}

// The outcomes of the event {id}, each named by {outcome_id}.
struct OutcomeOps {
  OutcomesService* svc;
  static Result<std::int64_t> event_of(const Request& r) { return http::id_param(r, "id"); }

  Result<Outcome> from_json(const json& j) const { return outcome_from_json(j); }
  Result<std::vector<Outcome>> list(Request& r) const {
    SAMLA_ASSIGN(auto event, event_of(r));
    return svc->list(event, r.caller());
  }
  Result<Outcome> get(Request& r, std::int64_t id) const {
    SAMLA_ASSIGN(auto event, event_of(r));
    return svc->get(event, id, r.caller());
  }
  Result<Outcome> create(Request& r, Outcome o) const {
    SAMLA_ASSIGN(auto event, event_of(r));
    return svc->create(event, std::move(o), r.caller());
  }
  Result<Outcome> update(Request& r, std::int64_t id, Outcome o,
                         std::optional<std::int64_t> v) const {
    SAMLA_ASSIGN(auto event, event_of(r));
    return svc->update(event, id, std::move(o), v, r.caller());
  }
  Status remove(Request& r, std::int64_t id, std::optional<std::int64_t> v) const {
    SAMLA_ASSIGN(auto event, event_of(r));
    return svc->remove(event, id, v, r.caller());
  }
  // {"ids": [...]}: every outcome of the event, once each, in the new order.
  Result<std::vector<Outcome>> reorder(Request& r) const {
    SAMLA_ASSIGN(auto event, event_of(r));
    SAMLA_ASSIGN(json body, http::parse_json_body(r));
    SAMLA_ASSIGN(auto ids, order_from_json(body));
    return svc->reorder(event, ids, r.caller());
  }
};

}  // namespace

std::vector<http::Route> routes(OutcomesService& service) {
  OutcomesService* svc = &service;
  std::vector<http::Route> out;
  http::CrudRoutes spec{"events/{id}/outcomes", "Outcome", "outcomes"};
  spec.write = Action::plan_events;
  spec.item_param = "outcome_id";
  spec.patch = true;
  spec.list_summary =
      "What the event produced, in order: key insights, outcomes, decisions, action points "
      "and quotes (observers once the event is held)";
  http::add_crud_routes(out, spec, OutcomeOps{svc});
  out.push_back(
      {"POST",
       "/api/v1/events/{id}/outcomes/order",
       Action::plan_events,
       [ops = OutcomeOps{svc}](Request& r) { return http::list_response(ops.reorder(r)); },
       {"Put the event's outcomes in a new order (every outcome once)",
        "outcomes",
        "OutcomeOrder",
        "OutcomeList",
        {},
        200}});
  return out;
}

}  // namespace samla::outcomes
