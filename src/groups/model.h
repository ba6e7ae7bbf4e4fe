// Follow-up groups (issue 17): working groups, task forces, research projects, advocacy
// campaigns and policy initiatives that carry a programme's work on. Plain data, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace samla::groups {

const std::vector<std::string>& kinds();         // working_group, task_force, research_project, …
const std::vector<std::string>& member_roles();  // chair, member, secretariat
const std::vector<std::string>& deliverable_statuses();  // planned, in_progress, delivered, dropped

struct Member {
  std::int64_t person_id = 0;
  std::optional<std::string> name;  // joined from the register
  std::string role = "member";
  std::string from_date;               // YYYY-MM-DD
  std::optional<std::string> to_date;  // none: still a member
};

struct Deliverable {
  std::int64_t id = 0;  // kept across edits when the client sends it back
  std::string title;
  std::optional<std::string> due_date;
  std::string status = "planned";
};

struct Group {
  std::int64_t id = 0;
  std::string kind = "working_group";
  std::string name;
  std::optional<std::int64_t> programme_id;  // none given: the default programme
  std::string objective;
  std::string mandate;
  std::optional<std::int64_t> lead_person_id;
  std::optional<std::string> lead_name;  // joined
  std::vector<std::string> themes;
  std::optional<std::string> start_date, end_date;
  std::vector<Member> members;
  std::vector<Deliverable> deliverables;
  int meeting_count = 0;  // answers only
  std::string created_by, created_at, updated_at;
  std::int64_t version = 1;
};

}  // namespace samla::groups
