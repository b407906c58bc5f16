// tlcodec/wide_int.hpp: int128 and int256, copied to and from the wire byte for byte.
#pragma once

#include <array>
#include <compare>
#include <cstddef>

namespace tlcodec {

// TL `int128 4*[ int ]` / `int256 8*[ int ]` carry nonces and hashes: opaque bytes in wire order.
template <std::size_t Size>
struct wide_int {
  std::array<std::byte, Size> bytes{};
  friend constexpr bool operator==(const wide_int&, const wide_int&) = default;
  friend constexpr auto operator<=>(const wide_int&, const wide_int&) = default;
};

using int128 = wide_int<16>;
using int256 = wide_int<32>;

}  // namespace tlcodec
