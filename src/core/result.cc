#include "core/result.h"

namespace samla {

Msg plain_words_for(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid:
      return Msg::fields_invalid;
    case ErrorCode::malformed:
      return Msg::request_malformed;
    case ErrorCode::not_found:
      return Msg::no_such_record;
    case ErrorCode::conflict:
      return Msg::clashes_with_stored;
    case ErrorCode::precondition_failed:
      return Msg::changed_meanwhile;
    case ErrorCode::unauthenticated:
      return Msg::log_in_first;
    case ErrorCode::forbidden:
      return Msg::role_may_not;
    case ErrorCode::too_many_requests:
      return Msg::too_many_requests;
    case ErrorCode::unavailable:
      return Msg::service_unavailable;
    case ErrorCode::internal:
      return Msg::unexpected_error;
    case ErrorCode::unsupported_media_type:
      return Msg::body_type_not_accepted;
    case ErrorCode::payload_too_large:
      return Msg::body_too_large;
  }
  return Msg::unexpected_error;
}

}  // namespace samla
