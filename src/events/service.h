// The events use cases: each in a pooled session, writes in one transaction.
#pragma once

#include "events/store.h"

namespace samla::events {

class EventsService {
 public:
  explicit EventsService(storage::SessionPool& pool) : pool_(pool) {}

  // Runs `work(session)` in a pooled session, inside a transaction when `write`.
  template <typename Work>
  auto run(bool write, Work&& work) -> decltype(work(std::declval<storage::Session&>())) {
    SAMLA_ASSIGN(auto lease, pool_.acquire());
    if (!write) return work(*lease);
    return storage::in_transaction(*lease, std::forward<Work>(work));
  }

 private:
  storage::SessionPool& pool_;
};

}  // namespace samla::events
