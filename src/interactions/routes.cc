#include "interactions/routes.h"

#include "core/date.h"
#include "http/crud_routes.h"
#include "interactions/wire.h"

namespace samla::interactions {
namespace {

using namespace http::route_names;

// A day given as a query parameter: YYYY-MM-DD, else a 422 naming it.
Result<std::optional<std::string>> day_query(const Request& r, const char* name) {
  auto value = r.query_param(name);
  if (value && !parse_day(*value)) return invalid_field(name, Msg::date_format);
  return value;
}

Result<store::ListFilter> filter_of(const Request& r) {
  store::ListFilter f;
  SAMLA_ASSIGN(f.programme_id, http::integer_query(r, "programme_id"));
  SAMLA_ASSIGN(f.person_id, http::integer_query(r, "person_id"));
  SAMLA_ASSIGN(f.organisation_id, http::integer_query(r, "organisation_id"));
  f.q = r.query_param("q");
  SAMLA_ASSIGN(f.follow_up_by, day_query(r, "follow_up_by"));
  SAMLA_ASSIGN(f.from, day_query(r, "from"));
  SAMLA_ASSIGN(f.to, day_query(r, "to"));
  SAMLA_ASSIGN(auto limit, http::integer_query(r, "limit"));
  if (limit && (*limit < 1 || *limit > store::kMaxLimit))
    return invalid_field("limit", Msg::whole_number_range,
                         {{"min", "1"}, {"max", std::to_string(store::kMaxLimit)}});
  if (limit) f.limit = static_cast<int>(*limit);
  return f;
}

struct InteractionOps {
  InteractionsService* svc;
  Result<Interaction> from_json(const json& j) const { return interaction_from_json(j); }
  Result<std::vector<Interaction>> list(Request& r) const {
    SAMLA_ASSIGN(auto filter, filter_of(r));
    SAMLA_ASSIGN(auto viewer, svc->viewer(r.caller(), r.language));
    return svc->list(std::move(filter), viewer);
  }
  Result<Interaction> get(Request& r, std::int64_t id) const {
    SAMLA_ASSIGN(auto viewer, svc->viewer(r.caller(), r.language));
    return svc->get(id, viewer);
  }
  Result<Interaction> create(Request& r, Interaction i) const {
    SAMLA_ASSIGN(auto writer, svc->viewer(r.caller(), r.language));
    return svc->create(std::move(i), writer);
  }
  Result<Interaction> update(Request& r, std::int64_t id, Interaction i,
                             std::optional<std::int64_t> v) const {
    SAMLA_ASSIGN(auto writer, svc->viewer(r.caller(), r.language));
    return svc->update(id, std::move(i), v, writer);
  }
  Status remove(Request& r, std::int64_t id, std::optional<std::int64_t> v) const {
    return svc->remove(id, v, r.caller());
  }
};

}  // namespace

std::vector<http::Route> routes(InteractionsService& service) {
  std::vector<http::Route> out;
  http::CrudRoutes spec{"interactions", "Interaction", "interactions"};
  spec.write = Action::write_register;
  spec.patch = true;
  spec.list_summary =
      "The contact history: meetings, calls, e-mails and notes with people and organisations, "
      "newest first; ?person_id, ?organisation_id (its own and its people's), ?q (words), "
      "?follow_up_by (open follow-ups due by a day), ?from, ?to, ?programme_id, ?limit";
  spec.list_query = {"programme_id", "person_id", "organisation_id", "q", "follow_up_by", "from",
                     "to",           "limit"};
  http::add_crud_routes(out, spec, InteractionOps{&service});
  return out;
}

}  // namespace samla::interactions
