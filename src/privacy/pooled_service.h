// The base of every capability's service: each use case runs in a pooled session (a write in
// one transaction), and whoever reads becomes a Viewer under the programme's privacy settings.
#pragma once

#include <utility>

#include "privacy/settings.h"
#include "storage/database.h"

namespace samla::privacy {

class PooledService {
 public:
  explicit PooledService(storage::SessionPool& pool) : pool_(pool) {}

  // Runs `work(session)` in a pooled session, inside a transaction when `write`.
  template <typename Work>
  auto run(bool write, Work&& work) -> decltype(work(std::declval<storage::Session&>())) {
    return storage::with_session(pool_, write, std::forward<Work>(work));
  }

  // The viewer `principal` is when reading in `language`, under the privacy settings.
  Result<Viewer> viewer(const access::Principal& principal, Language language) {
    return run(false, [&](storage::Session& s) { return viewer_for(s, principal, language); });
  }

  storage::SessionPool& pool() { return pool_; }

 protected:
  storage::SessionPool& pool_;
};

}  // namespace samla::privacy
