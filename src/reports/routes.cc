#include "reports/routes.h"

#include "http/handler_support.h"
#include "http/record_responses.h"
#include "programme/list_filter.h"
#include "reports/wire.h"

namespace samla::reports {
namespace {

using namespace http::route_names;

std::string lang_of(const Request& r) {
  return r.query_param("lang").value_or(language_code(r.language).data());
}

Response record(const Result<Report>& report, int status) {
  return http::record_response(report, status, "reports");
}

}  // namespace

// A report's own HTML may use its inline style and data-address images, and be shown in the
// app's preview frame; nothing else (no scripts, no fetching).
constexpr const char* kReportPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; "
    "base-uri 'none'; form-action 'none'";

http::Response rendered_answer(const Result<Rendered>& rendered) {
  if (!rendered.ok()) return http::problem_response(rendered.error());
  if (!rendered->content_type.starts_with("text/html"))
    return http::file_response(rendered->content_type, rendered->filename, rendered->body);
  // Shown in place (the preview); the other formats are downloads. One Content-Disposition
  // only: Chromium refuses a response with two.
  http::Response response = http::text_response(200, rendered->content_type, rendered->body);
  response.set_header("Content-Disposition", "inline; filename=\"" + rendered->filename + "\"");
  response.set_header("Content-Security-Policy", kReportPolicy);
  response.set_header("X-Frame-Options", "SAMEORIGIN");
  return response;
}

std::vector<http::Route> routes(ReportsService& service) {
  ReportsService* svc = &service;
  std::vector<http::Route> out;
  out.push_back({"POST",
                 "/api/v1/reports",
                 Action::plan_events,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto scope, report_from_json(body));
                   return record(svc->create(std::move(scope), r.caller()), 201);
                 },
                 {"Start a report: of one event ({\"event_id\": N}) or over several events "
                  "({\"theme\": …, \"from\": …, \"to\": …})",
                  "reports",
                  "ReportInput",
                  "Report",
                  {},
                  201}});
  out.push_back({"GET",
                 "/api/v1/reports",
                 Action::read_register,
                 [svc](Request& r) {
                   return http::list_response(
                       programme::of_requested_programme(r, svc->list(r.caller())));
                 },
                 {"The reports the caller may read, newest first (?programme_id: one programme's)",
                  "reports",
                  std::nullopt,
                  "ReportList",
                  {"programme_id"},
                  200}});
  out.push_back(
      {"GET",
       "/api/v1/reports/{id}",
       Action::read_register,
       [svc](Request& r) -> Response {
         SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r, "id"));
         auto format = r.query_param("format");
         if (!format) return record(svc->get(id, r.caller()), 200);
         SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc->viewer(r.caller(), r.language));
         return rendered_answer(svc->render(id, *format, lang_of(r), viewer));
       },
       {"A report: its record as JSON, or with ?format=html|pdf|docx|md|json&lang=sv|en the "
        "report itself as the caller may see it",
        "reports",
        std::nullopt,
        "Report",
        {"format", "lang"},
        200}});
  out.push_back({"PATCH",
                 "/api/v1/reports/{id}",
                 Action::plan_events,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r, "id"));
                   SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(Report current, svc->get(id, r.caller()));
                   // The fields the body leaves out keep what the report says now.
                   SAMLA_ASSIGN_OR_PROBLEM(Report texts,
                                           report_from_json(body, std::move(current)));
                   return record(svc->update(id, texts, version, r.caller()), 200);
                 },
                 {"Change a draft's intro and conclusions (If-Match)",
                  "reports",
                  "ReportPatch",
                  "Report",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/reports/{id}/transitions",
                 Action::plan_events,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto move, http::read_transition(r));
                   return record(svc->transition(move.id, move.to, move.version, r.caller()), 200);
                 },
                 {"Move a report: draft → in_review → approved (keeps a snapshot) → published",
                  "reports",
                  "ReportTransition",
                  "Report",
                  {},
                  200}});
  out.push_back(
      {"GET",
       "/api/v1/reports/{id}/comments",
       Action::plan_events,
       [svc](Request& r) -> Response {
         SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r, "id"));
         return http::list_response(svc->comments(id, r.caller()));
       },
       {"The review comments on a report", "reports", std::nullopt, "ReportCommentList", {}, 200}});
  out.push_back({"POST",
                 "/api/v1/reports/{id}/comments",
                 Action::plan_events,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r, "id"));
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   const json text = body.value("body", json(nullptr));
                   if (!text.is_string())
                     return http::problem_response(invalid_field("body", Msg::required));
                   auto made = svc->comment(id, text.get<std::string>(), r.caller());
                   if (!made.ok()) return http::problem_response(made.error());
                   return http::json_response(201, to_json(*made));
                 },
                 {"Comment on a report in review",
                  "reports",
                  "ReportCommentInput",
                  "ReportComment",
                  {},
                  201}});
  auto link_answer = [](const Result<std::optional<std::string>>& token) {
    if (!token.ok()) return http::problem_response(token.error());
    return http::json_response(
        200, {{"token", *token ? json(**token) : json(nullptr)},
              {"path", *token ? json("/api/v1/public/reports/" + **token) : json(nullptr)}});
  };
  out.push_back({"POST",
                 "/api/v1/reports/{id}/public-link",
                 Action::plan_events,
                 [svc, link_answer](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r, "id"));
                   return link_answer(svc->public_link(id, true, r.caller()));
                 },
                 {"Make a public read-only link to a published report (a new one replaces the "
                  "old)",
                  "reports",
                  std::nullopt,
                  "ReportPublicLink",
                  {},
                  200}});
  out.push_back({"DELETE",
                 "/api/v1/reports/{id}/public-link",
                 Action::plan_events,
                 [svc, link_answer](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r, "id"));
                   return link_answer(svc->public_link(id, false, r.caller()));
                 },
                 {"Revoke the public link", "reports", std::nullopt, "ReportPublicLink", {}, 200}});
  out.push_back(
      {"GET",
       "/api/v1/public/reports/{token}",
       std::nullopt,
       [svc](Request& r) -> Response {
         const std::string token = r.path_params["token"];
         return rendered_answer(
             svc->render_public(token, r.query_param("format").value_or("html"), lang_of(r)));
       },
       {"Public: a published report through its link (?format=html|pdf|docx|md&lang=sv|en)",
        "reports",
        std::nullopt,
        std::nullopt,
        {"format", "lang"},
        200}});
  return out;
}

}  // namespace samla::reports
