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
  return type == "text/csv" || type == "text/plain" || type == "application/octet-stream" ||
         type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

// How each header was read, for the browser's mapping step.
json mapped_columns(const ImportReport& report) {
  json out = json::array();
  for (const auto& c : report.columns)
    out.push_back({{"header", c.header},
                   {"field", c.field().empty() ? json(nullptr) : json(c.field())},
                   {"chosen", c.chosen}});
  return out;
}

bool flag(const Request& r, const char* name) {
  auto value = r.query_param(name);
  return value && (*value == "true" || *value == "1");
}

// ?dry_run, ?separator=| ; , and ?columns={"Header": "field" or ""} (a JSON object, the
// mapping chosen in the browser), checked before the file is read.
Result<ImportOptions> import_options_from(
    const Request& r, ImportKind kind,
    std::vector<std::shared_ptr<const ImportExtension>> extensions) {
  ImportOptions options{kind, flag(r, "dry_run")};
  options.extensions = std::move(extensions);
  if (auto separator = r.query_param("separator")) {
    if (separator->size() != 1 || !is_value_separator(separator->front()))
      return invalid_field("separator", Msg::must_be_values, {{"values", "|\n;\n,"}});
    options.value_separator = separator->front();
  }
  if (auto columns = r.query_param("columns")) {
    constexpr std::size_t kMaxColumnsText = 16 * 1024;
    if (columns->size() > kMaxColumnsText)
      return invalid_field("columns", Msg::max_characters,
                           {{"max", std::to_string(kMaxColumnsText)}});
    json mapping = json::parse(*columns, nullptr, false);
    if (!mapping.is_object()) return invalid_field("columns", Msg::must_be_object);
    for (const auto& [header, field] : mapping.items()) {
      if (!field.is_string()) return invalid_field("columns", Msg::must_be_string);
      options.columns[trim(header)] = field.get<std::string>();
    }
  }
  SAMLA_TRY(check_import_options(options));
  return options;
}

// The organisations a people sheet creates, as the report lists them.
json new_organisations(const ImportReport& report) {
  json out = json::array();
  for (const auto& o : report.organisations_created)
    out.push_back({{"line", o.line},
                   {"name", o.name},
                   {"country", o.country ? json(*o.country) : json(nullptr)},
                   {"sector", o.sector ? json(*o.sector) : json(nullptr)},
                   {"level", o.level ? json(*o.level) : json(nullptr)},
                   {"to_complete", !o.sector || !o.level}});
  return out;
}

Response import(RegisterService& service, ProgressBoard& progress, ImportKind kind, Request& r) {
  storage::SessionPool& pool = service.pool();
  if (!is_csv_upload(r))
    return http::problem_response(
        make_error(ErrorCode::unsupported_media_type, Msg::body_must_be_csv));
  auto lease = pool.acquire();
  if (!lease.ok()) return http::problem_response(lease.error());
  auto options = import_options_from(r, kind, service.import_extensions(r.caller()));
  if (!options.ok()) return http::problem_response(options.error());
  // A page that shows a bar names the work with a key of its own (core/progress.h).
  auto progress_key = r.query_param("progress");
  if (progress_key && !ProgressBoard::valid_key(*progress_key))
    return http::problem_response(invalid_field("progress", Msg::progress_key_format));
  if (progress_key) options->progress = progress.track(r.caller().user_id, *progress_key);
  auto report = import_csv(**lease, *options, r.body, r.caller());
  if (progress_key) progress.finish(r.caller().user_id, *progress_key);
  if (!report.ok()) return http::problem_response(report.error());
  // Each problem with its code, parameters and message in the request's language.
  auto listed = [&r](const std::vector<ImportProblem>& problems) {
    json out = json::array();
    for (const auto& p : problems) {
      json params = json::object();
      for (const auto& [name, value] : p.what.params) params[name] = value;
      out.push_back({{"field", p.column},
                     {"line", p.line},
                     {"column", p.column},
                     {"code", message_code(p.what.code)},
                     {"params", std::move(params)},
                     {"message", render_message(p.what.code, p.what.params, r.language)}});
    }
    return out;
  };
  json summary{{"dry_run", report->dry_run},
               {"created", report->created},
               {"updated", report->updated},
               {"unchanged", report->unchanged},
               {"errors", listed(report->problems)},
               {"warnings", listed(report->warnings)},
               {"columns", mapped_columns(*report)},
               {"organisations_created", new_organisations(*report)},
               {"added", report->added}};
  if (report->ok()) return http::json_response(200, summary);
  // Nothing was written: a 422 problem whose errors name the line and column of each.
  Response response =
      http::problem_response(make_error(ErrorCode::invalid, Msg::import_rows_invalid,
                                        {{"count", std::to_string(report->problems.size())}}));
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

std::vector<http::Route> transfer_routes(RegisterService& service, ProgressBoard& progress) {
  storage::SessionPool& pool = service.pool();
  std::vector<http::Route> out;
  for (ImportKind kind : {ImportKind::people, ImportKind::organisations}) {
    std::string name(kind_name(kind));
    out.push_back(
        {"POST",
         "/api/v1/" + name + "/import",
         access::Action::write_register,
         [&service, &progress, kind](Request& r) { return import(service, progress, kind, r); },
         {"Import " + name +
              " from a CSV file (text/csv body) or the first sheet of an Excel workbook (.xlsx "
              "body); ?dry_run=true checks only. The whole file is checked first; on any error "
              "nothing is written and the 422 answer lists every error with its line (a sheet's "
              "row) and column, in the request's language. A column samla does not know is left "
              "out with a warning.",
          name,
          std::nullopt,
          "ImportReport",
          {"dry_run", "separator", "columns", "progress"},
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
