// Resource library use cases: each in a pooled session, writes in one transaction. Everyone
// with an account reads the library, participants only what is shared with everyone (the rest
// is "not found" to them, as if it did not exist); admins, coordinators and facilitators keep it.
// An upload is checked before anything is written: its size (413), its name (422), and its type
// read from its bytes (415).
#pragma once

#include "access/principal.h"
#include "privacy/pooled_service.h"
#include "resources/store.h"

namespace samla::resources {

class ResourcesService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  Result<std::vector<Resource>> list(store::ListFilter filter, const access::Principal& reader);
  Result<Resource> get(std::int64_t id, const access::Principal& reader);
  Result<Resource> create(Resource input, const access::Principal& actor);
  Result<Resource> update(std::int64_t id, Resource input, std::optional<std::int64_t> version,
                          const access::Principal& actor);
  Status remove(std::int64_t id, std::optional<std::int64_t> version,
                const access::Principal& actor);

  // Keeps `bytes`, uploaded as `filename`, as the resource's file.
  Result<Resource> upload(std::int64_t id, const std::string& filename, std::string bytes,
                          std::optional<std::int64_t> version, const access::Principal& actor);
  Result<StoredFile> download(std::int64_t id, const access::Principal& reader);
  Result<Resource> remove_file(std::int64_t id, std::optional<std::int64_t> version,
                               const access::Principal& actor);
};

}  // namespace samla::resources
