// tlcodec/crc32.hpp: compile-time CRC32 (IEEE, as zlib) for checking constructor ids.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace tlcodec {

namespace detail {
inline constexpr std::array<std::uint32_t, 256> crc32_table = [] {
  std::array<std::uint32_t, 256> table{};
  for (std::uint32_t i = 0; i < 256; ++i) {
    std::uint32_t c = i;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
    table[i] = c;
  }
  return table;
}();
}  // namespace detail

constexpr std::uint32_t crc32(std::string_view text) noexcept {
  std::uint32_t c = 0xffffffffu;
  for (char ch : text) c = detail::crc32_table[(c ^ static_cast<unsigned char>(ch)) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

}  // namespace tlcodec
