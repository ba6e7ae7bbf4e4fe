#include "programme/wire.h"
#include "reports/wire.h"

#include "core/json_schema.h"
#include "core/wire.h"

namespace samla::reports {
namespace {

using nlohmann::json;

const wire::Fields<Report>& report_fields() {
  static const wire::Fields<Report> fields{
      wire::id("id", &Report::id).always(),
      wire::optional_id("event_id", &Report::event_id)
          .describe("the event it reports on; or give theme and/or from/to")
          .always(),
      wire::optional_text("theme", &Report::theme).describe("a theme slug").always(),
      wire::optional_text("from", &Report::from).with_schema({{"format", "date"}}).always(),
      wire::optional_text("to", &Report::to).with_schema({{"format", "date"}}).always(),
      wire::text("title", &Report::title).answer().always(),
      programme::programme_field(&Report::programme_id),
      wire::text("status", &Report::status).one_of(statuses()).answer().always(),
      wire::text("intro_sv", &Report::intro_sv).describe("at most 20,000 characters").always(),
      wire::text("intro_en", &Report::intro_en).always(),
      wire::text("conclusions_sv", &Report::conclusions_sv).describe("the next steps").always(),
      wire::text("conclusions_en", &Report::conclusions_en).always(),
      wire::optional_text("approved_at", &Report::approved_at).answer().always(),
      wire::optional_text("approved_by", &Report::approved_by).answer().always(),
      wire::optional_text("published_at", &Report::published_at).answer().always(),
      wire::boolean("public_link", &Report::public_link)
          .describe("whether a public read-only link exists")
          .answer()
          .always(),
      wire::text("created_by", &Report::created_by).answer().always(),
      wire::text("created_at", &Report::created_at).answer().always(),
      wire::text("updated_at", &Report::updated_at).answer().always(),
      wire::id("version", &Report::version).always()};
  return fields;
}

const wire::Fields<Comment>& comment_fields() {
  static const wire::Fields<Comment> fields{
      wire::id("id", &Comment::id).always(), wire::id("report_id", &Comment::report_id).always(),
      wire::text("author", &Comment::author).answer().always(),
      wire::text("body", &Comment::body).describe("at most 4,000 characters").needed(),
      wire::text("created_at", &Comment::created_at).answer().always()};
  return fields;
}

}  // namespace

json to_json(const Report& r) {
  return report_fields().write(r);
}

json to_json(const Comment& c) {
  return comment_fields().write(c);
}

Result<Report> report_from_json(const json& j, Report start) {
  return report_fields().read(j, std::move(start));
}

json openapi_schemas() {
  json s;
  s["Report"] = report_fields().schema();
  s["ReportInput"] = report_fields().input_schema();
  json patch = schema::object({{"intro_sv", schema::type("string")},
                               {"intro_en", schema::type("string")},
                               {"conclusions_sv", schema::type("string")},
                               {"conclusions_en", schema::type("string")}},
                              {});
  s["ReportPatch"] = patch;
  s["ReportList"] = schema::list_of("Report");
  s["ReportTransition"] = schema::object(
      {{"to", schema::enum_of({"draft", "in_review", "approved", "published"})}}, {"to"});
  s["ReportComment"] = comment_fields().schema();
  s["ReportCommentInput"] = comment_fields().input_schema();
  s["ReportCommentList"] = schema::list_of("ReportComment");
  s["ReportPublicLink"] = schema::complete(
      {{"token", schema::described(schema::nullable("string"),
                                   "the link's secret, shown only now; null when revoked")},
       {"path", schema::described(schema::nullable("string"),
                                  "where the report is read: /api/v1/public/reports/{token}")}});
  return s;
}

}  // namespace samla::reports
