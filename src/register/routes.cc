#include "register/routes.h"

#include "http/crud_routes.h"
#include "http/handler_support.h"
#include "http/record_responses.h"
#include "register/filter_params.h"
#include "register/json.h"
#include "register/response_cache.h"

namespace samla::registry {
namespace {

using namespace http::route_names;

// Who reads, under the privacy settings (a read of one row).
Result<Viewer> viewer_of(RegisterService& svc, const Request& r) {
  return svc.viewer(r.caller(), r.language);
}

struct PersonOps {
  RegisterService* svc;
  Result<Person> from_json(const json& j) const { return person_from_json(j); }
  Result<Person> get(Request& r, std::int64_t id) const {
    SAMLA_ASSIGN(Viewer viewer, viewer_of(*svc, r));
    return svc->get_person(id, viewer);
  }
  Result<Person> create(Request& r, Person p) const {
    SAMLA_ASSIGN(Viewer viewer, viewer_of(*svc, r));
    auto created = svc->create_person(std::move(p), r.caller());
    if (created.ok()) redact_for(created.value(), viewer);
    return created;
  }
  Result<Person> update(Request& r, std::int64_t id, Person p,
                        std::optional<std::int64_t> v) const {
    SAMLA_ASSIGN(Viewer viewer, viewer_of(*svc, r));
    auto updated = svc->update_person(id, std::move(p), v, r.caller());
    if (updated.ok()) redact_for(updated.value(), viewer);
    return updated;
  }
  Status remove(Request& r, std::int64_t id, std::optional<std::int64_t> v) const {
    return svc->delete_person(id, v, r.caller());
  }
};

struct OrganisationOps {
  RegisterService* svc;
  Result<Organisation> from_json(const json& j) const { return organisation_from_json(j); }
  Result<Organisation> get(Request&, std::int64_t id) const { return svc->get_organisation(id); }
  Result<Organisation> create(Request& r, Organisation o) const {
    return svc->create_organisation(std::move(o), r.caller());
  }
  Result<Organisation> update(Request& r, std::int64_t id, Organisation o,
                              std::optional<std::int64_t> v) const {
    return svc->update_organisation(id, std::move(o), v, r.caller());
  }
  Status remove(Request& r, std::int64_t id, std::optional<std::int64_t> v) const {
    return svc->delete_organisation(id, v, r.caller());
  }
};

struct ThemeOps {
  RegisterService* svc;
  Result<Theme> from_json(const json& j) const { return theme_from_json(j); }
  Result<Theme> get(Request&, std::int64_t id) const { return svc->get_theme(id); }
  Result<Theme> create(Request& r, Theme t) const {
    return svc->create_theme(std::move(t), r.caller());
  }
  Result<Theme> update(Request& r, std::int64_t id, Theme t, std::optional<std::int64_t> v) const {
    return svc->update_theme(id, std::move(t), v, r.caller());
  }
  Status remove(Request& r, std::int64_t id, std::optional<std::int64_t> v) const {
    return svc->delete_theme(id, v, r.caller());
  }
};

struct CountryGroupOps {
  RegisterService* svc;
  Result<CountryGroup> from_json(const json& j) const { return country_group_from_json(j); }
  Result<CountryGroup> get(Request&, std::int64_t id) const { return svc->get_country_group(id); }
  Result<CountryGroup> create(Request& r, CountryGroup g) const {
    return svc->create_country_group(std::move(g), r.caller());
  }
  Result<CountryGroup> update(Request& r, std::int64_t id, CountryGroup g,
                              std::optional<std::int64_t> v) const {
    return svc->update_country_group(id, std::move(g), v, r.caller());
  }
  Status remove(Request& r, std::int64_t id, std::optional<std::int64_t> v) const {
    return svc->delete_country_group(id, v, r.caller());
  }
};

Response list_people(RegisterService& svc, ResponseCache& cache, Request& r) {
  return cache.answer(svc, r, [&]() -> Response {
    SAMLA_ASSIGN_OR_PROBLEM(PersonFilter filter, person_filter_from(r));
    SAMLA_ASSIGN_OR_PROBLEM(Viewer viewer, viewer_of(svc, r));
    return http::page_response(svc.list_people(filter, viewer));
  });
}

Response list_organisations(RegisterService& svc, ResponseCache& cache, Request& r) {
  return cache.answer(svc, r, [&]() -> Response {
    SAMLA_ASSIGN_OR_PROBLEM(OrganisationFilter filter, organisation_filter_from(r));
    SAMLA_ASSIGN_OR_PROBLEM(Viewer viewer, viewer_of(svc, r));
    return http::page_response(svc.list_organisations(filter, viewer));
  });
}

}  // namespace

std::vector<http::Route> routes(RegisterService& service, ProgressBoard& progress) {
  RegisterService* svc = &service;
  auto cache = std::make_shared<ResponseCache>();
  std::vector<http::Route> out;
  const std::vector<std::string> paging{"sort", "limit", "cursor", "lang"};
  // Every register record: PATCH too, and a read of one record through the kept answers.
  auto crud = [&](std::string collection, std::string schema, std::string tag, Action write) {
    http::CrudRoutes spec{std::move(collection), std::move(schema), std::move(tag)};
    spec.write = write;
    spec.patch = true;
    spec.read_through = [svc, cache](Request& r, const std::function<Response()>& answer) {
      return cache->answer(*svc, r, answer);
    };
    return spec;
  };
  auto with_paging = [&](std::vector<std::string> q) {
    q.insert(q.end(), paging.begin(), paging.end());
    return q;
  };

  out.push_back(
      {"GET",
       "/api/v1/people",
       Action::read_register,
       [svc, cache](Request& r) { return list_people(*svc, *cache, r); },
       {"List people, filtered, searched and sorted", "people", std::nullopt, "PersonPage",
        with_paging({"country", "country_group", "sector", "perspective", "theme", "tag",
                     "organisation", "q"}),
        200}});
  http::add_crud_routes(out, crud("people", "Person", "people", Action::write_register),
                        PersonOps{svc});

  out.push_back(
      {"GET",
       "/api/v1/organisations",
       Action::read_register,
       [svc, cache](Request& r) { return list_organisations(*svc, *cache, r); },
       {"List organisations", "organisations", std::nullopt, "OrganisationPage",
        with_paging({"country", "country_group", "sector", "level", "parent", "to_complete", "q"}),
        200}});
  http::add_crud_routes(
      out, crud("organisations", "Organisation", "organisations", Action::write_register),
      OrganisationOps{svc});

  out.push_back({"GET",
                 "/api/v1/themes",
                 Action::read_register,
                 [svc](Request&) { return http::list_response(svc->list_themes()); },
                 {"List themes", "themes", std::nullopt, "ThemeList", {}, 200}});
  http::add_crud_routes(out, crud("themes", "Theme", "themes", Action::write_taxonomy),
                        ThemeOps{svc});

  out.push_back(
      {"GET",
       "/api/v1/country-groups",
       Action::read_register,
       [svc](Request&) { return http::list_response(svc->list_country_groups()); },
       {"List country groups", "country-groups", std::nullopt, "CountryGroupList", {}, 200}});
  http::add_crud_routes(
      out, crud("country-groups", "CountryGroup", "country-groups", Action::write_taxonomy),
      CountryGroupOps{svc});

  out.push_back({"GET",
                 "/api/v1/countries",
                 Action::read_register,
                 [svc](Request& r) { return http::list_response(svc->list_countries(r.language)); },
                 {"List ISO 3166-1 countries with English and Swedish names, sorted in the "
                  "request's language",
                  "countries",
                  std::nullopt,
                  "CountryList",
                  {"lang"},
                  200}});
  for (auto& route : transfer_routes(service, progress)) out.push_back(std::move(route));
  return out;
}

}  // namespace samla::registry
