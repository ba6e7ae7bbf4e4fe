#include "storage/versioned.h"

#include <string>

namespace samla::storage {

Status execute_versioned(Session& s, std::string_view sql, const Params& params,
                         std::string_view what) {
  SAMLA_ASSIGN(std::int64_t changed, s.execute(sql, params));
  if (changed == 0) return make_error(ErrorCode::precondition_failed, Msg::changed_meanwhile);
  // More than one: the statement does not name one record, a bug; the transaction rolls back.
  if (changed > 1)
    return hidden_error(ErrorCode::internal, "A write meant for one " + std::string(what) +
                                                 " changed " + std::to_string(changed) + " rows.");
  return ok_status();
}

}  // namespace samla::storage
