#include "groups/service.h"

#include "access/linked_person.h"
#include "groups/store.h"

namespace samla::groups {

using storage::Session;

Result<bool> manages(Session& s, std::int64_t id, const access::Principal& who) {
  if (access::can(who, access::Action::manage_actions)) return true;
  SAMLA_ASSIGN(auto person, access::linked_person(s, who));
  if (!person) return false;
  return store::leads(s, id, *person);
}

namespace {

// The group, when `actor` manages it: 404 for no such group, 403 for others.
Status may_manage(Session& s, std::int64_t id, const access::Principal& actor) {
  SAMLA_TRY(store::get_group(s, id));
  SAMLA_ASSIGN(bool ok, manages(s, id, actor));
  if (!ok) return make_error(ErrorCode::forbidden, Msg::group_manage_refused);
  return ok_status();
}

}  // namespace

Result<std::vector<Group>> GroupsService::list() {
  return run(false, [&](Session& s) { return store::list_groups(s); });
}

Result<Group> GroupsService::get(std::int64_t id) {
  return run(false, [&](Session& s) { return store::get_group(s, id); });
}

Result<Group> GroupsService::create(Group input, const access::Principal& actor) {
  return run(true, [&](Session& s) { return store::insert_group(s, std::move(input), actor); });
}

Result<Group> GroupsService::update(std::int64_t id, Group input,
                                    std::optional<std::int64_t> version,
                                    const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<Group> {
    SAMLA_TRY(may_manage(s, id, actor));
    // A lead manages the group but does not hand the lead to someone else: a coordinator does.
    if (!access::can(actor, access::Action::manage_actions)) {
      SAMLA_ASSIGN(Group current, store::get_group(s, id));
      if (current.lead_person_id != input.lead_person_id)
        return make_error(ErrorCode::forbidden, Msg::group_lead_refused);
    }
    return store::update_group(s, id, std::move(input), version, actor);
  });
}

Status GroupsService::remove(std::int64_t id, std::optional<std::int64_t> version,
                             const access::Principal& actor) {
  return run(true, [&](Session& s) -> Status {
    SAMLA_TRY(store::get_group(s, id));
    if (in_use_) SAMLA_TRY(in_use_(s, id));
    return store::delete_group(s, id, version, actor);
  });
}

Result<std::vector<events::Event>> GroupsService::meetings(std::int64_t id) {
  return run(false, [&](Session& s) { return store::list_meetings(s, id); });
}

Result<events::Event> GroupsService::add_meeting(std::int64_t id, events::Event meeting,
                                                 const access::Principal& actor) {
  return run(true, [&](Session& s) -> Result<events::Event> {
    SAMLA_TRY(may_manage(s, id, actor));
    return store::insert_meeting(s, id, std::move(meeting), actor);
  });
}

}  // namespace samla::groups
