// tlcodec/registry.hpp: from a constructor id (or a TL name) to what decodes, encodes and
// prints that constructor: the object_types of one or more schemas, for decoding Object.
//
//   tlcodec::decode_options options;
//   options.registry = &tlcodec::default_registry();   // api + mtproto, in tlcodec-registry
//   auto answer = tlcodec::decode<tlcodec::mtproto::rpc_result>(bytes, options);
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include <tlcodec/object.hpp>

namespace tlcodec {

class object_registry {
 public:
  object_registry() = default;

  // Adds types; one with the id of a type already there replaces it (a service override).
  void add(std::span<const object_type* const> types) {
    for (const object_type* type : types) {
      const auto at = std::lower_bound(by_id_.begin(), by_id_.end(), type->id, id_less);
      if (at != by_id_.end() && (*at)->id == type->id)
        *at = type;
      else
        by_id_.insert(at, type);
    }
  }

  const object_type* find(std::uint32_t id) const noexcept {
    const auto at = std::lower_bound(by_id_.begin(), by_id_.end(), id, id_less);
    return at != by_id_.end() && (*at)->id == id ? *at : nullptr;
  }
  // By TL name of a constructor or function ("phone.phoneCall", "phone.confirmCall").
  const object_type* find(std::string_view name) const noexcept {
    const auto at = std::find_if(by_id_.begin(), by_id_.end(), [&](const object_type* t) { return t->name == name; });
    return at != by_id_.end() ? *at : nullptr;
  }
  // Every type, sorted by id.
  std::span<const object_type* const> types() const noexcept { return by_id_; }

 private:
  static bool id_less(const object_type* type, std::uint32_t id) noexcept { return type->id < id; }
  std::vector<const object_type*> by_id_;
};

// Every constructor and function of the api and mtproto schemas, with gzip_packed unpacked
// (decode_options::max_unpacked_size bounds it). Defined in the tlcodec-registry library.
const object_registry& default_registry();

}  // namespace tlcodec
