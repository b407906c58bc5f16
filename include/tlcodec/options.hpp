// tlcodec/options.hpp: decode options, a plain aggregate (new options never break old code).
#pragma once

#include <cstddef>
#include <cstdint>

namespace tlcodec {

class object_registry;

// How deep constructors may nest by default (RichText, PageBlock and the service wrappers
// recurse); the encoder refuses deeper values (tlcodec/writer.hpp).
inline constexpr std::uint32_t default_max_depth = 64;

struct decode_options {
  // Reject what the TL docs call non-canonical: non-zero padding, a 0xFE length prefix for a
  // length below 254, and bytes left after a top-level object.
  bool strict = true;
  // How deep constructors may nest: each constructor is a level, an Object one more (at most
  // 65534: decode_state::max_depth_kept).
  std::uint32_t max_depth = default_max_depth;
  // What decodes an Object (rpc_result.result, a container message's body, what gzip_packed
  // unpacks to) into a typed value. Without one, or for an id it does not know, an Object is
  // kept opaque: its id and raw bytes. See tlcodec/registry.hpp.
  const object_registry* registry = nullptr;
  // The most bytes the gzip_packed values of one decode may unpack to, together (a gzip bomb,
  // or a container of many, stops here).
  std::size_t max_unpacked_size = std::size_t{16} << 20;
  // The most bytes one decode may request from the allocator for what it builds (strings,
  // bytes, vectors, constructors held on the heap, Objects, unpacked gzip data), across nested
  // gzip_packed, containers and rpc_result: each request is charged before it is made, and one
  // that would pass the limit is errc::memory_budget_exceeded (tlcodec/decode_state.hpp).
  std::size_t max_decoded_bytes = std::size_t{64} << 20;
};

}  // namespace tlcodec
