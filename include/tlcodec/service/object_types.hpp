// tlcodec/service/object_types.hpp: the object types a registry needs beyond the generated ones:
//  - gzip_packed decoded as docs/tl-binary.md §8 means it: unpacked (zlib), its content decoded as an Object
//    (no gzip_packed inside, at most decode_options::max_unpacked_size bytes);
//  - Bool's constructors: Bool is a C++ bool, so boolTrue and boolFalse have no generated
//    struct, yet an Object can be one (the result of a method returning Bool).
// default_registry() adds them; a registry of your own layer can too (link zlib).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include <tlcodec/mtproto/types/Object.hpp>
#include <tlcodec/object_type.hpp>
#include <tlcodec/service/gzip_packed.hpp>

namespace tlcodec {
namespace detail {

template <std::uint32_t Id, const char* Name, const char* Signature>
struct bool_constructor {
  using tl_self = bool_constructor;
  static constexpr std::uint32_t constructor_id = Id;
  static constexpr std::string_view tl_name = Name;
  static constexpr std::string_view tl_signature = Signature;
  static constexpr std::string_view tl_type = "Bool";
  static constexpr std::array<std::string_view, 0> tl_field_names = {};
  template <class Self, class Visit>
  static constexpr void each_field(Self&, Visit&&) {}
  friend bool operator==(const bool_constructor&, const bool_constructor&) = default;
};
inline constexpr char bool_true_name[] = "boolTrue";
inline constexpr char bool_true_signature[] = "boolTrue = Bool";
inline constexpr char bool_false_name[] = "boolFalse";
inline constexpr char bool_false_signature[] = "boolFalse = Bool";
using bool_true = bool_constructor<bool_true_id, bool_true_name, bool_true_signature>;
using bool_false = bool_constructor<bool_false_id, bool_false_name, bool_false_signature>;

// After gzip_packed's id: the object its packed bytes unpack to.
inline void decode_gzip_packed(span_reader& in, object& out) {
  const std::size_t at = in.offset() - 4;
  object content;
  if (service::read_gzip_packed(in, at, [&](span_reader& unpacked) { read_object(unpacked, content); }) &&
      charge(in, object::allocation_for_raw(in.read_since(at).size()), at))
    out = object::gzip(in.read_since(at), std::move(content));
}

}  // namespace detail

// gzip_packed (unpacking), boolTrue and boolFalse.
inline std::span<const object_type* const> service_object_types() {
  static const object_type gzip_packed = [] {
    object_type type = object_type_of<mtproto::gzip_packed>();
    type.decode = &detail::decode_gzip_packed;
    return type;
  }();
  static const object_type* const types[] = {&gzip_packed, &object_type_of<detail::bool_true>(),
                                             &object_type_of<detail::bool_false>()};
  return types;
}

}  // namespace tlcodec
