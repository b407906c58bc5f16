// tlcodec/object.hpp: TL `Object` (rpc_result.result, message.body): any boxed value.
#pragma once

#include <cstdint>
#include <cstring>

#include <tlcodec/bytes.hpp>

namespace tlcodec {

// A boxed value kept as its raw encoding (constructor id first), re-encoded byte for byte.
// Decoded as a field, it takes the rest of its input: TL gives an Object no length of its own.
struct object {
  bytes raw;

  std::uint32_t constructor_id() const noexcept {
    std::uint32_t id = 0;
    if (raw.size() >= 4)
      for (int i = 3; i >= 0; --i) id = id << 8 | std::to_integer<std::uint32_t>(raw[static_cast<std::size_t>(i)]);
    return id;
  }
  friend bool operator==(const object&, const object&) = default;
};

}  // namespace tlcodec
