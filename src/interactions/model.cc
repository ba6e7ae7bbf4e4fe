#include "interactions/model.h"

namespace samla::interactions {

const std::vector<std::string>& channels() {
  static const std::vector<std::string> list{"meeting", "call", "email", "letter", "event", "note"};
  return list;
}

}  // namespace samla::interactions
