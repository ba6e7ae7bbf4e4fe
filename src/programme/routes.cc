#include "programme/routes.h"

#include "http/crud_routes.h"
#include "programme/wire.h"

namespace samla::programme {
namespace {

using namespace http::route_names;

struct ProgrammeOps {
  ProgrammeService* svc;
  Result<Programme> from_json(const json& j) const { return programme_from_json(j); }
  Result<std::vector<Programme>> list(Request&) const { return svc->list(); }
  Result<Programme> get(Request&, std::int64_t id) const { return svc->get(id); }
  Result<Programme> create(Request& r, Programme p) const {
    return svc->create(std::move(p), r.caller());
  }
  Result<Programme> update(Request& r, std::int64_t id, Programme p,
                           std::optional<std::int64_t> v) const {
    return svc->update(id, std::move(p), v, r.caller());
  }
  Status remove(Request& r, std::int64_t id, std::optional<std::int64_t> v) const {
    return svc->remove(id, v, r.caller());
  }
};

// The phases of the programme {id}, each named by {phase_id}.
struct PhaseOps {
  ProgrammeService* svc;
  static Result<std::int64_t> programme_of(const Request& r) { return http::id_param(r, "id"); }

  Result<Phase> from_json(const json& j) const { return phase_from_json(j); }
  Result<std::vector<Phase>> list(Request& r) const {
    SAMLA_ASSIGN(auto programme, programme_of(r));
    return svc->phases(programme);
  }
  Result<Phase> get(Request& r, std::int64_t id) const {
    SAMLA_ASSIGN(auto programme, programme_of(r));
    return svc->phase(programme, id);
  }
  Result<Phase> create(Request& r, Phase p) const {
    SAMLA_ASSIGN(auto programme, programme_of(r));
    return svc->add_phase(programme, std::move(p), r.language, r.caller());
  }
  Result<Phase> update(Request& r, std::int64_t id, Phase p, std::optional<std::int64_t> v) const {
    SAMLA_ASSIGN(auto programme, programme_of(r));
    return svc->update_phase(programme, id, std::move(p), v, r.language, r.caller());
  }
  Status remove(Request& r, std::int64_t id, std::optional<std::int64_t> v) const {
    SAMLA_ASSIGN(auto programme, programme_of(r));
    return svc->remove_phase(programme, id, v, r.caller());
  }

  Result<std::vector<Phase>> reorder(Request& r) const {
    SAMLA_ASSIGN(auto programme, programme_of(r));
    SAMLA_ASSIGN(json body, http::parse_json_body(r));
    const json ids = body.value("ids", json(nullptr));
    if (!ids.is_array()) return invalid_field("ids", Msg::must_be_ids);
    std::vector<std::int64_t> order;
    for (const auto& id : ids) {
      if (!id.is_number_integer() || id.get<std::int64_t>() < 1)
        return invalid_field("ids", Msg::must_be_ids);
      order.push_back(id.get<std::int64_t>());
    }
    return svc->reorder_phases(programme, order, r.caller());
  }
  Result<std::vector<Phase>> from_template(Request& r) const {
    SAMLA_ASSIGN(auto programme, programme_of(r));
    SAMLA_ASSIGN(json body, http::parse_json_body(r));
    const json key = body.value("template_key", json(nullptr));
    if (!key.is_string()) return invalid_field("template_key", Msg::required);
    return svc->phases_from_template(programme, key.get<std::string>(), r.caller());
  }
  Result<Phase> sign_off(Request& r) const {
    SAMLA_ASSIGN(auto programme, programme_of(r));
    SAMLA_ASSIGN(auto phase, http::id_param(r, "phase_id"));
    SAMLA_ASSIGN(auto version, http::if_match_version(r));
    SAMLA_ASSIGN(json body, http::parse_json_body(r));
    SAMLA_ASSIGN(SignOff given, sign_off_from_json(body));
    return svc->sign_off(programme, phase, given.criterion_id, given.note, version, r.caller());
  }
  Result<Phase> move_gate(Request& r) const {
    SAMLA_ASSIGN(auto move, http::read_transition(r));
    SAMLA_ASSIGN(auto phase, http::id_param(r, "phase_id"));
    SAMLA_ASSIGN(std::string note, http::optional_text_in(move.body, "note"));
    GateTransition transition{move.to, std::move(note)};
    return svc->move_gate(move.id, phase, transition, move.version, r.language, r.caller());
  }
};

}  // namespace

std::vector<http::Route> routes(ProgrammeService& service) {
  ProgrammeService* svc = &service;
  std::vector<http::Route> out;
  http::CrudRoutes programmes{"programmes", "Programme", "programmes"};
  programmes.write = Action::manage_programme;
  programmes.patch = true;
  programmes.list_summary =
      "Programmes: name, purpose, owner, goals, workstreams and member organisations; the "
      "default programme first";
  http::add_crud_routes(out, programmes, ProgrammeOps{svc});

  out.push_back({"GET",
                 "/api/v1/programme-templates",
                 Action::read_register,
                 [](Request&) {
                   return http::list_response(Result<std::vector<ProgrammeTemplate>>(templates()));
                 },
                 {"The templates a programme's phases can start from, with each phase's gate "
                  "criteria",
                  "programmes",
                  std::nullopt,
                  "ProgrammeTemplateList",
                  {},
                  200}});

  out.push_back({"GET",
                 "/api/v1/programmes/{id}/changes",
                 Action::read_register,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto limit, http::integer_query(r, "limit"));
                   if (limit && (*limit < 1 || *limit > kMaxChanges))
                     return http::problem_response(
                         invalid_field("limit", Msg::whole_number_range,
                                       {{"min", "1"}, {"max", std::to_string(kMaxChanges)}}));
                   return http::list_response(svc->changes(
                       id, limit ? static_cast<int>(*limit) : kDefaultChanges, r.language));
                 },
                 {"What changed lately in the programme's records, newest first: who did what to "
                  "which phase, initiative, anchoring, agreement, event, action, plan, group, "
                  "report, kickoff list or library resource (by its title; never the values)",
                  "programmes",
                  std::nullopt,
                  "ProgrammeChangeList",
                  {"limit"},
                  200}});

  http::CrudRoutes phases{"programmes/{id}/phases", "Phase", "programmes"};
  phases.write = Action::manage_programme;
  phases.item_param = "phase_id";
  phases.patch = true;
  phases.list_summary =
      "The programme's phases in order, each with its milestones and its gate's criteria as "
      "the data meets them now";
  const PhaseOps ops{svc};
  http::add_crud_routes(out, phases, ops);
  out.push_back({"POST",
                 "/api/v1/programmes/{id}/phases/order",
                 Action::manage_programme,
                 [ops](Request& r) { return http::list_response(ops.reorder(r)); },
                 {"Put the programme's phases in a new order (every phase once)",
                  "programmes",
                  "PhaseOrder",
                  "PhaseList",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/programmes/{id}/phases/from-template",
                 Action::manage_programme,
                 [ops](Request& r) { return http::list_response(ops.from_template(r)); },
                 {"Give a programme without phases the phases of a template",
                  "programmes",
                  "PhasesFromTemplate",
                  "PhaseList",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/programmes/{id}/phases/{phase_id}/sign-offs",
                 Action::manage_programme,
                 [ops](Request& r) { return http::record_response(ops.sign_off(r), 200, ""); },
                 {"Sign off one criterion of the phase's gate with a note (If-Match: the phase's "
                  "ETag)",
                  "programmes",
                  "SignOff",
                  "Phase",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/programmes/{id}/phases/{phase_id}/gate",
                 Action::manage_programme,
                 [ops](Request& r) { return http::record_response(ops.move_gate(r), 200, ""); },
                 {"Pass the phase's gate (every criterion met or signed off) or open it again "
                  "(If-Match: the phase's ETag)",
                  "programmes",
                  "GateTransition",
                  "Phase",
                  {},
                  200}});
  return out;
}

}  // namespace samla::programme
