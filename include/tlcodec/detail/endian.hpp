// tlcodec/detail/endian.hpp: little-endian loads and stores of TL words, on any host.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace tlcodec::detail {

template <class U>
constexpr U byteswap_if_big(U value) noexcept {
  if constexpr (std::endian::native == std::endian::big) {
    U out = 0;
    for (std::size_t i = 0; i < sizeof(U); ++i) out = static_cast<U>((out << 8) | ((value >> (8 * i)) & 0xff));
    return out;
  }
  return value;
}

template <class U>
inline U load_le(const std::byte* from) noexcept {
  U value;
  std::memcpy(&value, from, sizeof(U));
  return byteswap_if_big(value);
}

template <class U>
inline void store_le(std::byte* to, U value) noexcept {
  value = byteswap_if_big(value);
  std::memcpy(to, &value, sizeof(U));
}

}  // namespace tlcodec::detail
