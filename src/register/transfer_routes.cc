// HTTP import and export of the register: the same importer and exporter as the CLI.
#include "privacy/settings.h"
#include "register/exporter.h"
#include "register/filter_params.h"
#include "register/importer.h"
#include "register/routes.h"

namespace samla::registry {
namespace {

using http::Request;
using http::Response;
using nlohmann::json;

bool is_csv_upload(const Request& r) {
  std::string type = r.header("content-type");
  type = type.substr(0, type.find(';'));
  return type == "text/csv" || type == "text/plain" || type == "application/octet-stream";
}

bool flag(const Request& r, const char* name) {
  auto value = r.query_param(name);
  return value && (*value == "true" || *value == "1");
}

Response import(storage::SessionPool& pool, ImportKind kind, Request& r) {
  if (!is_csv_upload(r))
    return http::problem_response(
        make_error(ErrorCode::unsupported_media_type, "Send the CSV file as text/csv."));
  auto lease = pool.acquire();
  if (!lease.ok()) return http::problem_response(lease.error());
  ImportOptions options{kind, flag(r, "dry_run")};
  auto report = import_csv(**lease, options, r.body, r.caller());
  if (!report.ok()) return http::problem_response(report.error());
  json errors = json::array();
  for (const auto& p : report->problems)
    errors.push_back(
        {{"field", p.column}, {"line", p.line}, {"column", p.column}, {"message", p.message}});
  json summary{{"dry_run", report->dry_run},
               {"created", report->created},
               {"updated", report->updated},
               {"unchanged", report->unchanged},
               {"errors", errors}};
  if (report->ok()) return http::json_response(200, summary);
  // Nothing was written: a 422 problem whose errors name the line and column of each.
  Response response = http::problem_response(
      Error{ErrorCode::invalid,
            std::to_string(report->problems.size()) + " rows have errors; nothing was written.",
            {}});
  json body = json::parse(response.body);
  body.update(summary);
  response.body = body.dump();
  return response;
}

Response export_file(storage::SessionPool& pool, ImportKind kind, Request& r) {
  auto format_text = r.query_param("format").value_or("csv");
  auto format = parse_export_format(format_text);
  if (!format)
    return http::problem_response(
        invalid_field("format", Msg::must_be_values, {{"values", "csv\njson\nxlsx"}}));
  auto lease = pool.acquire();
  if (!lease.ok()) return http::problem_response(lease.error());
  csv::WriteOptions options;
  options.guard_formulas = true;
  options.byte_order_mark = flag(r, "excel");
  options.crlf = flag(r, "excel");
  if (flag(r, "excel")) options.delimiter = ';';
  ExportSelection selection;
  if (kind == ImportKind::people) {
    auto filter = person_filter_from(r);
    if (!filter.ok()) return http::problem_response(filter.error());
    selection.people = std::move(filter).value();
  } else {
    auto filter = organisation_filter_from(r);
    if (!filter.ok()) return http::problem_response(filter.error());
    selection.organisations = std::move(filter).value();
  }
  auto viewer = privacy::viewer_for(**lease, r.caller(), r.language);
  if (!viewer.ok()) return http::problem_response(viewer.error());
  auto bytes = export_register(**lease, kind, *format, *viewer, options, selection);
  if (!bytes.ok()) return http::problem_response(bytes.error());
  Response response;
  response.body = std::move(bytes).value();
  std::string name(kind_name(kind));
  switch (*format) {
    case ExportFormat::csv:
      response.content_type = "text/csv; charset=utf-8";
      break;
    case ExportFormat::json:
      response.content_type = "application/json";
      break;
    case ExportFormat::xlsx:
      response.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      break;
  }
  response.set_header("Content-Disposition",
                      "attachment; filename=\"samla-" + name + "." + format_text + "\"");
  return response;
}

}  // namespace

std::vector<http::Route> transfer_routes(storage::SessionPool& pool) {
  std::vector<http::Route> out;
  for (ImportKind kind : {ImportKind::people, ImportKind::organisations}) {
    std::string name(kind_name(kind));
    out.push_back(
        {"POST",
         "/api/v1/" + name + "/import",
         access::Action::write_register,
         [&pool, kind](Request& r) { return import(pool, kind, r); },
         {"Import " + name +
              " from a CSV file (text/csv body; ?dry_run=true checks only). "
              "The whole file is checked first; on any error nothing is written and the 422 "
              "answer lists every error with its line and column.",
          name,
          std::nullopt,
          "ImportReport",
          {"dry_run"},
          200}});
    out.push_back(
        {"GET",
         "/api/v1/" + name + "/export",
         access::Action::export_register,
         [&pool, kind](Request& r) { return export_file(pool, kind, r); },
         {"Export " + name + " as CSV, JSON or XLSX (a file download), filtered as the list", name,
          std::nullopt, std::nullopt,
          kind == ImportKind::people
              ? std::vector<std::string>{"format", "excel", "lang", "country", "country_group",
                                         "sector", "perspective", "theme", "tag", "organisation",
                                         "q"}
              : std::vector<std::string>{"format", "excel", "lang", "country", "country_group",
                                         "sector", "level", "parent", "q"},
          200}});
  }
  return out;
}

}  // namespace samla::registry
