#include "agreements/model.h"

namespace samla::agreements {

const std::vector<std::string>& kinds() {
  static const std::vector<std::string> list{"letter_of_intent", "partnership_agreement",
                                             "memorandum_of_understanding",
                                             "data_sharing_agreement", "other"};
  return list;
}

const std::vector<std::string>& statuses() {
  static const std::vector<std::string> list{"draft", "out_for_signature", "signed", "ended"};
  return list;
}

}  // namespace samla::agreements
