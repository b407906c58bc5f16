// tlcodec/storage.hpp: storage policies, the S parameter of every generated struct.
#pragma once

#include <string>
#include <vector>

#include <tlcodec/bytes.hpp>

namespace tlcodec {

// The default: every value owns its data (std::string, tlcodec::bytes, std::vector).
struct owning {
  using string = std::string;
  using bytes = tlcodec::bytes;
  template <class T>
  using vector = std::vector<T>;
};

}  // namespace tlcodec
