// The follow-up groups' use cases: each in a pooled session, writes in one transaction.
// Coordinators and admins (manage_actions) create and delete groups and manage any; the
// person who leads a group, through the account linked to them, manages that group (its
// members, deliverables and meetings); whoever reads the register reads groups.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "events/model.h"
#include "groups/model.h"
#include "privacy/pooled_service.h"

namespace samla::groups {

class GroupsService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  Result<std::vector<Group>> list();
  Result<Group> get(std::int64_t id);
  Result<Group> create(Group input, const access::Principal& actor);
  // By a coordinator or the group's lead (If-Match).
  Result<Group> update(std::int64_t id, Group input, std::optional<std::int64_t> version,
                       const access::Principal& actor);
  Status remove(std::int64_t id, std::optional<std::int64_t> version,
                const access::Principal& actor);

  Result<std::vector<events::Event>> meetings(std::int64_t id);
  // A new meeting (an event of type group_meeting), by a coordinator or the group's lead.
  Result<events::Event> add_meeting(std::int64_t id, events::Event meeting,
                                    const access::Principal& actor);

  // What must not lose its group: the action plans, which come later (installed by the app).
  using InUseCheck = std::function<Status(storage::Session&, std::int64_t group_id)>;
  void set_in_use_check(InUseCheck check) { in_use_ = std::move(check); }

 private:
  InUseCheck in_use_;
};

// Whether `who` manages group `id`: a coordinator or admin, or the group's lead (linked person).
Result<bool> manages(storage::Session& s, std::int64_t id, const access::Principal& who);

}  // namespace samla::groups
