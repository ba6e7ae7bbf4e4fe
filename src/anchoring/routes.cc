#include "anchoring/routes.h"

#include "anchoring/wire.h"
#include "http/crud_routes.h"

namespace samla::anchoring {
namespace {

using namespace http::route_names;

struct AnchoringOps {
  AnchoringService* svc;
  Result<Anchoring> from_json(const json& j) const { return anchoring_from_json(j); }
  Result<std::vector<Anchoring>> list(Request& r) const {
    store::ListFilter filter;
    SAMLA_ASSIGN(filter.programme_id, http::integer_query(r, "programme_id"));
    SAMLA_ASSIGN(filter.organisation_id, http::integer_query(r, "organisation_id"));
    SAMLA_ASSIGN(filter.initiative_id, http::integer_query(r, "initiative_id"));
    return svc->list(filter);
  }
  Result<Anchoring> get(Request&, std::int64_t id) const { return svc->get(id); }
  Result<Anchoring> create(Request& r, Anchoring a) const {
    return svc->create(std::move(a), r.caller());
  }
  Result<Anchoring> update(Request& r, std::int64_t id, Anchoring a,
                           std::optional<std::int64_t> v) const {
    return svc->update(id, std::move(a), v, r.caller());
  }
  Status remove(Request& r, std::int64_t id, std::optional<std::int64_t> v) const {
    return svc->remove(id, v, r.caller());
  }
};

}  // namespace

std::vector<http::Route> routes(AnchoringService& service) {
  std::vector<http::Route> out;
  http::CrudRoutes spec{"anchoring", "Anchoring", "anchoring"};
  spec.write = Action::manage_programme;
  spec.patch = true;
  spec.list_summary =
      "How far each organisation has committed to a programme or one of its initiatives, with "
      "its decision, contact, responsibilities and its part in the programme's actions";
  spec.list_query = {"programme_id", "organisation_id", "initiative_id"};
  http::add_crud_routes(out, spec, AnchoringOps{&service});
  return out;
}

}  // namespace samla::anchoring
