// Runs a fuzz target's LLVMFuzzerTestOneInput on every file of the given directories (or the
// given files), as libFuzzer's -runs=0 does: the regression and seed inputs replayed in the
// ordinary sanitized build (gcc, ASan + UBSan), so `make test` checks them without building the
// clang fuzz tree. Finding new inputs is `make fuzz`'s work (scripts/fuzz.sh).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::vector<std::filesystem::path> inputs_in(const std::filesystem::path& where) {
  std::vector<std::filesystem::path> found;
  if (std::filesystem::is_directory(where)) {
    for (const auto& entry : std::filesystem::directory_iterator(where))
      if (entry.is_regular_file()) found.push_back(entry.path());
    std::sort(found.begin(), found.end());  // the same order on every machine
  } else {
    found.push_back(where);
  }
  return found;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t replayed = 0;
  for (int i = 1; i < argc; ++i) {
    for (const auto& path : inputs_in(argv[i])) {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "replay: cannot read %s\n", path.c_str());
        return 2;
      }
      std::vector<char> bytes((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
      std::printf("replay: %s (%zu bytes)\n", path.c_str(), bytes.size());
      std::fflush(stdout);  // so a crash names the input that caused it
      LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      ++replayed;
    }
  }
  if (replayed == 0) {
    std::fprintf(stderr, "replay: no inputs found\n");
    return 2;
  }
  std::printf("replay: %zu inputs, none failed\n", replayed);
  return 0;
}
