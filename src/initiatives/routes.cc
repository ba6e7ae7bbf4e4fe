#include "initiatives/routes.h"

#include "http/crud_routes.h"
#include "initiatives/wire.h"

namespace samla::initiatives {
namespace {

using namespace http::route_names;

struct InitiativeOps {
  InitiativesService* svc;
  Result<Initiative> from_json(const json& j) const { return initiative_from_json(j); }
  Result<std::vector<Initiative>> list(Request& r) const {
    store::ListFilter filter;
    SAMLA_ASSIGN(filter.programme_id, http::integer_query(r, "programme_id"));
    filter.status = r.query_param("status");
    return svc->list(filter, r.caller());
  }
  Result<Initiative> get(Request& r, std::int64_t id) const { return svc->get(id, r.caller()); }
  Result<Initiative> create(Request& r, Initiative i) const {
    return svc->create(std::move(i), r.caller());
  }
  Result<Initiative> update(Request& r, std::int64_t id, Initiative i,
                            std::optional<std::int64_t> v) const {
    return svc->update(id, std::move(i), v, r.caller());
  }
  Status remove(Request& r, std::int64_t id, std::optional<std::int64_t> v) const {
    return svc->remove(id, v, r.caller());
  }

  Result<Initiative> from_outcome(Request& r) const {
    SAMLA_ASSIGN(json body, http::parse_json_body(r));
    const json id = body.value("outcome_id", json(nullptr));
    if (!id.is_number_integer() || id.get<std::int64_t>() < 1)
      return invalid_field("outcome_id", Msg::must_be_positive_id);
    return svc->from_outcome(id.get<std::int64_t>(), r.caller());
  }
  Result<Initiative> rate(Request& r) const {
    SAMLA_ASSIGN(auto id, http::id_param(r));
    SAMLA_ASSIGN(json body, http::parse_json_body(r));
    SAMLA_ASSIGN(Rating rating, rating_from_json(body));
    return svc->rate(id, std::move(rating), r.caller());
  }
  Result<Initiative> unrate(Request& r) const {
    SAMLA_ASSIGN(auto id, http::id_param(r));
    return svc->unrate(id, r.caller());
  }
  Result<std::vector<Rating>> ratings(Request& r) const {
    SAMLA_ASSIGN(auto id, http::id_param(r));
    return svc->ratings(id);
  }
  Result<Initiative> move(Request& r) const {
    SAMLA_ASSIGN(auto move, http::read_transition(r));
    SAMLA_ASSIGN(std::string reason, http::optional_text_in(move.body, "reason"));
    return svc->move(move.id, move.to, reason, move.version, r.caller());
  }
  Result<Initiative> make_plan(Request& r) const {
    SAMLA_ASSIGN(auto id, http::id_param(r));
    SAMLA_ASSIGN(auto version, http::if_match_version(r));
    return svc->make_plan(id, version, r.caller());
  }
  Result<Weights> weights(Request& r) const {
    SAMLA_ASSIGN(auto id, http::id_param(r));
    return svc->weights(id);
  }
  Result<Weights> set_weights(Request& r) const {
    SAMLA_ASSIGN(auto id, http::id_param(r));
    SAMLA_ASSIGN(auto version, http::if_match_version(r));
    SAMLA_ASSIGN(json body, http::parse_json_body(r));
    SAMLA_ASSIGN(Weights w, weights_from_json(body));
    return svc->set_weights(id, std::move(w), version, r.caller());
  }
};

// The programme's weights with their version as ETag (they have no id of their own).
Response weights_response(const Result<Weights>& w) {
  if (!w.ok()) return http::problem_response(w.error());
  return http::record_answer(200, to_json(w.value()), w->version, "", w->programme_id);
}

}  // namespace

std::vector<http::Route> routes(InitiativesService& service) {
  std::vector<http::Route> out;
  const InitiativeOps ops{&service};
  http::CrudRoutes spec{"initiatives", "Initiative", "initiatives"};
  spec.write = Action::plan_events;
  spec.patch = true;
  spec.list_summary =
      "The initiative list, best first by the raters' weighted score (those nobody rated "
      "last), with each initiative's scores per criterion and the caller's own rating";
  spec.list_query = {"programme_id", "status"};
  http::add_crud_routes(out, spec, ops);
  auto add = [&out](std::string method, std::string path, Action action, http::Handler handler,
                    std::string summary, std::optional<std::string> body,
                    std::optional<std::string> answer, int status) {
    out.push_back(
        {std::move(method),
         std::move(path),
         action,
         std::move(handler),
         {std::move(summary), "initiatives", std::move(body), std::move(answer), {}, status}});
  };
  add(
      "POST", "/api/v1/initiatives/from-outcome", Action::plan_events,
      [ops](Request& r) { return http::record_response(ops.from_outcome(r), 201, "initiatives"); },
      "Propose an initiative from an event's outcome (its text, themes and event, in the "
      "event's programme)",
      "InitiativeFromOutcome", "Initiative", 201);
  add(
      "PUT", "/api/v1/initiatives/{id}/ratings/mine", Action::rate_initiatives,
      [ops](Request& r) { return http::record_response(ops.rate(r), 200, ""); },
      "Rate the initiative (impact, feasibility, urgency, fit: 1–5), replacing the caller's "
      "earlier rating; while it is proposed",
      "RatingInput", "Initiative", 200);
  add(
      "DELETE", "/api/v1/initiatives/{id}/ratings/mine", Action::rate_initiatives,
      [ops](Request& r) { return http::record_response(ops.unrate(r), 200, ""); },
      "Take the caller's rating back", std::nullopt, "Initiative", 200);
  add(
      "GET", "/api/v1/initiatives/{id}/ratings", Action::read_register,
      [ops](Request& r) { return http::list_response(ops.ratings(r)); },
      "Every rater's scores of the initiative, with their notes", std::nullopt, "RatingList", 200);
  add(
      "POST", "/api/v1/initiatives/{id}/transitions", Action::manage_programme,
      [ops](Request& r) { return http::record_response(ops.move(r), 200, ""); },
      "Accept or decline the initiative (a reason needed to decline), or propose it again "
      "(If-Match: its ETag)",
      "InitiativeTransition", "Initiative", 200);
  add(
      "POST", "/api/v1/initiatives/{id}/action-plan", Action::manage_programme,
      [ops](Request& r) { return http::record_response(ops.make_plan(r), 200, ""); },
      "Make the accepted initiative's action plan (If-Match: its ETag)", std::nullopt, "Initiative",
      200);
  add(
      "GET", "/api/v1/programmes/{id}/initiative-weights", Action::read_register,
      [ops](Request& r) { return weights_response(ops.weights(r)); },
      "How much impact, feasibility, urgency and fit count in the programme's initiative "
      "scores (equal until changed)",
      std::nullopt, "InitiativeWeights", 200);
  add(
      "PUT", "/api/v1/programmes/{id}/initiative-weights", Action::manage_programme,
      [ops](Request& r) { return weights_response(ops.set_weights(r)); },
      "Set the programme's weights, 0–10 each, not all 0 (If-Match: their ETag; \"0\" the "
      "first time)",
      "InitiativeWeightsInput", "InitiativeWeights", 200);
  return out;
}

}  // namespace samla::initiatives
