#include "core/json.h"

#include <string>

namespace samla {
namespace {

using nlohmann::json;

// A first pass that builds nothing: it counts nesting and stops at the first level too deep,
// before nlohmann's DOM parser (iterative) builds a tree that its recursive dump would then
// walk without bound.
class DepthCheck : public nlohmann::json_sax<json> {
 public:
  explicit DepthCheck(int max_depth) : max_depth_(max_depth) {}

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool key(string_t&) override { return true; }
  bool start_object(std::size_t) override { return enter(); }
  bool end_object() override { return leave(); }
  bool start_array(std::size_t) override { return enter(); }
  bool end_array() override { return leave(); }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception&) override {
    error_at_ = position;
    return false;
  }

  bool too_deep() const { return too_deep_; }
  std::size_t error_at() const { return error_at_; }

 private:
  bool enter() {
    if (++depth_ <= max_depth_) return true;
    too_deep_ = true;
    return false;
  }
  bool leave() {
    --depth_;
    return true;
  }

  int max_depth_;
  int depth_ = 0;
  bool too_deep_ = false;
  std::size_t error_at_ = 0;
};

Error malformed_at(std::size_t byte) {
  return make_error(ErrorCode::malformed, Msg::json_not_valid, {{"byte", std::to_string(byte)}});
}

}  // namespace

Result<json> parse_json(std::string_view text, int max_depth) {
  DepthCheck check(max_depth);
  if (!json::sax_parse(text.begin(), text.end(), &check)) {
    if (check.too_deep())
      return make_error(ErrorCode::malformed, Msg::json_too_deep,
                        {{"depth", std::to_string(max_depth)}});
    return malformed_at(check.error_at());
  }
  json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return malformed_at(0);  // the first pass accepted it: not expected
  return parsed;
}

}  // namespace samla
