#include "resources/service.h"

#include "resources/rules.h"
#include "resources/sniff.h"

namespace samla::resources {
namespace {

using storage::Session;

// Participants read what is shared with everyone; a resource kept for the team does not exist
// for them (a 403 would tell them it does).
bool sees_team_resources(const access::Principal& reader) {
  return access::can(reader, access::Action::read_register);
}

// Who on the team wrote or uploaded it is the team's business: participants see no account names.
Resource as_seen(Resource r, const access::Principal& reader) {
  if (sees_team_resources(reader)) return r;
  r.created_by.clear();
  if (r.file) r.file->uploaded_by.clear();
  return r;
}

Result<Resource> visible(Result<Resource> r, const access::Principal& reader) {
  if (!r.ok()) return r;
  if (r->audience != "everyone" && !sees_team_resources(reader))
    return make_error(ErrorCode::not_found, Msg::no_such_resource);
  return as_seen(std::move(r).value(), reader);
}

}  // namespace

Result<std::vector<Resource>> ResourcesService::list(store::ListFilter filter,
                                                     const access::Principal& reader) {
  if (!sees_team_resources(reader)) {
    if (filter.audience && *filter.audience != "everyone") return std::vector<Resource>{};
    filter.audience = "everyone";
  }
  SAMLA_ASSIGN(auto list, run(false, [&](Session& s) { return store::list_resources(s, filter); }));
  for (auto& r : list) r = as_seen(std::move(r), reader);
  return list;
}

Result<Resource> ResourcesService::get(std::int64_t id, const access::Principal& reader) {
  return visible(run(false, [&](Session& s) { return store::get_resource(s, id); }), reader);
}

Result<Resource> ResourcesService::create(Resource input, const access::Principal& actor) {
  return run(true, [&](Session& s) { return store::insert_resource(s, std::move(input), actor); });
}

Result<Resource> ResourcesService::update(std::int64_t id, Resource input,
                                          std::optional<std::int64_t> version,
                                          const access::Principal& actor) {
  return run(true, [&](Session& s) {
    return store::update_resource(s, id, std::move(input), version, actor);
  });
}

Status ResourcesService::remove(std::int64_t id, std::optional<std::int64_t> version,
                                const access::Principal& actor) {
  return run(true, [&](Session& s) { return store::delete_resource(s, id, version, actor); });
}

Result<Resource> ResourcesService::upload(std::int64_t id, const std::string& filename,
                                          std::string bytes, std::optional<std::int64_t> version,
                                          const access::Principal& actor) {
  SAMLA_TRY(check_file_size(bytes.size()));
  SAMLA_ASSIGN(std::string name, kept_file_name(filename));
  SAMLA_ASSIGN(std::string type, sniff_content_type(bytes, name));
  StoredFile file{FileFacts{.name = named_for_type(name, type), .content_type = type},
                  std::move(bytes)};
  return run(true,
             [&](Session& s) { return store::put_file(s, id, std::move(file), version, actor); });
}

Result<StoredFile> ResourcesService::download(std::int64_t id, const access::Principal& reader) {
  return run(false, [&](Session& s) -> Result<StoredFile> {
    SAMLA_TRY(visible(store::get_resource(s, id), reader));
    return store::read_file(s, id);
  });
}

Result<Resource> ResourcesService::remove_file(std::int64_t id, std::optional<std::int64_t> version,
                                               const access::Principal& actor) {
  return run(true, [&](Session& s) { return store::delete_file(s, id, version, actor); });
}

}  // namespace samla::resources
