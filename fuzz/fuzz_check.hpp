// What the fuzz targets share: invariant checks that stop the run (libFuzzer reports a crash
// with the input; the replayer names the file).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <span>

namespace fuzz {

[[noreturn]] inline void violated(const char* what) {
  std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
  std::abort();
}

inline void require(bool condition, const char* what) {
  if (!condition) violated(what);
}

// Bytes the way the library takes them.
inline std::span<const std::byte> as_bytes(const unsigned char* data, std::size_t size) {
  return {reinterpret_cast<const std::byte*>(data), size};
}

}  // namespace fuzz
