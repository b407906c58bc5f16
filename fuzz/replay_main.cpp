// Runs a fuzz target on files (or every file below folders) without libFuzzer: the corpus
// replay under g++ (`meson test --suite fuzz`), and the way to rerun a crash reproducer.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::size_t run_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::fprintf(stderr, "%s (%zu bytes)\n", path.c_str(), bytes.size());
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t runs = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path path = argv[i];
    if (std::filesystem::is_directory(path)) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(path))
        if (entry.is_regular_file()) runs += run_file(entry.path());
    } else if (std::filesystem::exists(path)) {
      runs += run_file(path);
    } else {
      std::fprintf(stderr, "no such file: %s\n", argv[i]);
      return 2;
    }
  }
  std::printf("%zu inputs, no invariant violated\n", runs);
  return runs == 0 ? 1 : 0;
}
