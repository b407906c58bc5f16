// tlcodec/options.hpp: decode options, a plain aggregate (new options never break old code).
#pragma once

#include <cstdint>

namespace tlcodec {

struct decode_options {
  // Reject what the TL docs call non-canonical: non-zero padding, a 0xFE length prefix for a
  // length below 254, and bytes left after a top-level object.
  bool strict = true;
  // How deep constructors may nest (RichText, PageBlock and the service wrappers recurse).
  std::uint32_t max_depth = 64;
};

}  // namespace tlcodec
