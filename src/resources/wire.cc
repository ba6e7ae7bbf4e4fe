#include "resources/wire.h"

#include "core/json_schema.h"
#include "core/wire.h"
#include "programme/wire.h"

namespace samla::resources {
namespace {

using nlohmann::json;

const wire::Fields<FileFacts>& file_fields() {
  static const wire::Fields<FileFacts> fields{
      wire::text("name", &FileFacts::name).describe("the file's name as uploaded").always(),
      wire::text("content_type", &FileFacts::content_type)
          .describe("the type samla found in the file's bytes, and serves it as")
          .always(),
      wire::id("size", &FileFacts::size).describe("bytes").always(),
      wire::text("sha256", &FileFacts::sha256).always(),
      wire::text("uploaded_by", &FileFacts::uploaded_by).always(),
      wire::text("uploaded_at", &FileFacts::uploaded_at)
          .with_schema({{"format", "date-time"}})
          .always()};
  return fields;
}

const wire::Fields<Resource>& resource_fields() {
  static const wire::Fields<Resource> fields{
      wire::id("id", &Resource::id).always(),
      programme::programme_field(&Resource::programme_id),
      wire::text("title", &Resource::title).max_length(200).needed(),
      wire::text("description", &Resource::description).max_length(4000).always(),
      wire::text("kind", &Resource::kind).one_of(kinds()).always(),
      wire::text("language", &Resource::language)
          .describe("the ISO 639-1 code of the language it is written in")
          .pattern("^[a-z]{2}$")
          .always(),
      wire::text_list("themes", &Resource::themes).describe("theme slugs").always(),
      wire::custom<Resource>(
          "theme_names",
          {{"type", "array"},
           {"readOnly", true},
           {"items", schema::complete({{"slug", schema::type("string")},
                                       {"name_en", schema::type("string")},
                                       {"name_sv", schema::type("string")}})}},
          [](const Resource& r) {
            json out = json::array();
            for (const auto& t : r.theme_names)
              out.push_back({{"slug", t.slug}, {"name_en", t.name_en}, {"name_sv", t.name_sv}});
            return out;
          },
          nullptr)
          .describe("the themes with their names, for readers who may not read the themes")
          .answer()
          .always(),
      wire::text("audience", &Resource::audience)
          .one_of(audiences())
          .describe("everyone: participants see it too; team: only those who read the register")
          .always(),
      wire::optional_text("url", &Resource::url)
          .describe("a link (http or https); a document has its file instead, or as well")
          .always(),
      wire::optional_object("file", &Resource::file, file_fields())
          .describe("the uploaded file (PUT /api/v1/resources/{id}/file), if any")
          .answer()
          .always(),
      wire::text("created_by", &Resource::created_by).answer().always(),
      wire::text("created_at", &Resource::created_at).answer().always(),
      wire::text("updated_at", &Resource::updated_at).answer().always(),
      wire::id("version", &Resource::version).always()};
  return fields;
}

}  // namespace

json to_json(const Resource& r) {
  return resource_fields().write(r);
}

Result<Resource> resource_from_json(const json& j) {
  return resource_fields().read(j);
}

json openapi_schemas() {
  json schemas;
  schemas["Resource"] = resource_fields().schema();
  schemas["ResourceInput"] = resource_fields().input_schema();
  schemas["ResourcePatch"] = resource_fields().patch_schema();
  schemas["ResourceList"] = schema::list_of("Resource");
  return schemas;
}

}  // namespace samla::resources
