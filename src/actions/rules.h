// What makes an action and its plan valid, which status changes are allowed, dependency cycles
// and the flags that surface work (overdue, stalled, at risk). Pure: the store reads the
// references (register, themes, other actions) and then asks these rules.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actions/model.h"
#include "core/page.h"
#include "core/result.h"

namespace samla::actions {

inline constexpr std::size_t kMaxTitle = 300;
inline constexpr std::size_t kMaxDescriptionBytes = 8000;
inline constexpr std::size_t kMaxParties = 100;  // of each RACI letter
inline constexpr std::size_t kMaxIndicators = 20;
inline constexpr std::size_t kMaxMeasurements = 500;  // of each indicator
inline constexpr std::size_t kMaxDependencies = 100;
inline constexpr int kDefaultStalledDays = 30;

// Every field error of a plan: a title, and exactly one of theme, event_id and group_id.
std::vector<FieldError> check_plan(const ActionPlan& plan);

// Every field error of `a` that needs no database: title and description, exactly one
// accountable party, each party a person or an organisation, dates and their order, indicators
// and their measurements (each dated), no dependency on itself. Status and progress change only
// through updates (check_update).
std::vector<FieldError> check_action(const Action& a);

// Every field error of an update of `current`: status a step its lifecycle allows (dropped
// from anywhere, with a reason), progress 0–100, something to change or a note.
std::vector<FieldError> check_update(const Action& current, const UpdateRequest& update);
// Whether the lifecycle goes from `from` to `to`: proposed → agreed → in_progress ⇄ blocked,
// in_progress → done, and dropped from any status but dropped.
bool allowed_step(const std::string& from, const std::string& to);

// The cycle that `action` depending on `depends_on` would close in the graph `edges` (each
// action's dependencies), as the ids from `action` back to it ("4 → 7 → 4"); empty if none.
std::vector<std::int64_t> dependency_cycle(
    const std::map<std::int64_t, std::vector<std::int64_t>>& edges, std::int64_t action,
    const std::vector<std::int64_t>& depends_on);
std::string cycle_text(const std::vector<std::int64_t>& cycle);

// Sets a.overdue, a.stalled and a.at_risk as of `today` (YYYY-MM-DD): overdue when the due date
// has passed and it is neither done nor dropped; stalled when open and without an update for
// `stalled_days`; at risk when open, started and its progress is behind the straight line from
// start to due date by more than 10 points.
void surface(Action& a, const std::string& today, int stalled_days);

// The board's cursor (model.h) written "2026-12-01~42" ("-~42" without a due date); opaque to
// clients.
std::string board_cursor(const Action& last);
// The cursor in `text`, or nothing when it is not one board_cursor wrote.
std::optional<BoardCursor> parse_board_cursor(std::string_view text);
// Whether `a` comes after `cursor` in the board's order.
bool after_cursor(const Action& a, const BoardCursor& cursor);
// The page of `board` (in the board's order) after `after`: at most `limit` actions (all
// without one), the whole board's size as the total, and the next page's cursor.
Page<Action> cut_board(std::vector<Action> board, std::optional<int> limit,
                       const std::optional<BoardCursor>& after);

}  // namespace samla::actions
