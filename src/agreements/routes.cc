#include "agreements/routes.h"

#include <algorithm>

#include "agreements/wire.h"
#include "core/messages.h"
#include "http/crud_routes.h"

namespace samla::agreements {
namespace {

using namespace http::route_names;

struct AgreementOps {
  AgreementsService* svc;
  Result<Agreement> from_json(const json& j) const { return agreement_from_json(j); }
  Result<std::vector<Agreement>> list(Request& r) const {
    store::ListFilter filter;
    SAMLA_ASSIGN(filter.programme_id, http::integer_query(r, "programme_id"));
    SAMLA_ASSIGN(filter.organisation_id, http::integer_query(r, "organisation_id"));
    filter.status = r.query_param("status");
    if (filter.status &&
        std::find(statuses().begin(), statuses().end(), *filter.status) == statuses().end())
      return invalid_field("status", Msg::must_be_values, {{"values", one_per_line(statuses())}});
    return svc->list(filter);
  }
  Result<Agreement> get(Request&, std::int64_t id) const { return svc->agreements().get(id); }
  Result<Agreement> create(Request& r, Agreement a) const {
    return svc->agreements().create(std::move(a), r.caller());
  }
  Result<Agreement> update(Request& r, std::int64_t id, Agreement a,
                           std::optional<std::int64_t> v) const {
    return svc->agreements().update(id, std::move(a), v, r.caller());
  }
  Status remove(Request& r, std::int64_t id, std::optional<std::int64_t> v) const {
    return svc->agreements().remove(id, v, r.caller());
  }
};

}  // namespace

std::vector<http::Route> routes(AgreementsService& service) {
  std::vector<http::Route> out;
  http::CrudRoutes spec{"agreements", "Agreement", "programmes"};
  spec.write = Action::manage_programme;
  spec.patch = true;
  spec.list_summary =
      "The programme's agreements — letters of intent, partnership agreements and others — with "
      "their parties, who signed for each and when, their dates and document";
  spec.list_query = {"programme_id", "organisation_id", "status"};
  http::add_crud_routes(out, spec, AgreementOps{&service});
  return out;
}

}  // namespace samla::agreements
