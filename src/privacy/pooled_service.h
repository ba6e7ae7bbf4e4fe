// The base of every capability's service: each use case runs in a pooled session (a write in
// one transaction), and whoever reads becomes a Viewer under the programme's privacy settings.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

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

// A record type's store functions, each inside a caller's session (and transaction).
template <typename T>
struct RecordStore {
  Result<T> (*insert)(storage::Session&, T, const access::Principal&);
  Result<T> (*get)(storage::Session&, std::int64_t);
  Result<std::vector<T>> (*list)(storage::Session&);
  Result<T> (*update)(storage::Session&, std::int64_t, T, std::optional<std::int64_t>,
                      const access::Principal&);
  Status (*remove)(storage::Session&, std::int64_t, std::optional<std::int64_t>,
                   const access::Principal&);
};

// The plain use cases of a record type that needs no more than its store's rules: each in a
// pooled session, a write in one transaction.
template <typename T>
class RecordUses {
 public:
  RecordUses(PooledService& service, RecordStore<T> store) : service_(&service), store_(store) {}

  Result<std::vector<T>> list() const {
    return service_->run(false, [&](storage::Session& s) { return store_.list(s); });
  }
  Result<T> get(std::int64_t id) const {
    return service_->run(false, [&](storage::Session& s) { return store_.get(s, id); });
  }
  Result<T> create(T input, const access::Principal& actor) const {
    return service_->run(
        true, [&](storage::Session& s) { return store_.insert(s, std::move(input), actor); });
  }
  // If-Match: `version` must be the stored one (none: last write wins).
  Result<T> update(std::int64_t id, T input, std::optional<std::int64_t> version,
                   const access::Principal& actor) const {
    return service_->run(true, [&](storage::Session& s) {
      return store_.update(s, id, std::move(input), version, actor);
    });
  }
  Status remove(std::int64_t id, std::optional<std::int64_t> version,
                const access::Principal& actor) const {
    return service_->run(true,
                         [&](storage::Session& s) { return store_.remove(s, id, version, actor); });
  }

 private:
  PooledService* service_;
  RecordStore<T> store_;
};

}  // namespace samla::privacy
