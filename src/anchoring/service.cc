#include "anchoring/service.h"

namespace samla::anchoring {

using storage::Session;

Result<std::vector<Anchoring>> AnchoringService::list(const store::ListFilter& filter) {
  return run(false, [&](Session& s) { return store::list_anchoring(s, filter); });
}

Result<Anchoring> AnchoringService::get(std::int64_t id) {
  return run(false, [&](Session& s) { return store::get_anchoring(s, id); });
}

Result<Anchoring> AnchoringService::create(Anchoring input, const access::Principal& actor) {
  return run(true, [&](Session& s) { return store::insert_anchoring(s, std::move(input), actor); });
}

Result<Anchoring> AnchoringService::update(std::int64_t id, Anchoring input,
                                           std::optional<std::int64_t> version,
                                           const access::Principal& actor) {
  return run(true, [&](Session& s) {
    return store::update_anchoring(s, id, std::move(input), version, actor);
  });
}

Status AnchoringService::remove(std::int64_t id, std::optional<std::int64_t> version,
                                const access::Principal& actor) {
  return run(true, [&](Session& s) { return store::delete_anchoring(s, id, version, actor); });
}

}  // namespace samla::anchoring
