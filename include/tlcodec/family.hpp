// tlcodec/family.hpp: which TL type family a C++ type belongs to. This is the one place that
// maps C++ types to TL; every walk over values (encode, decode, encoded size, text form,
// arbitrary values, and any walk of yours) dispatches on family_t<T> and nothing else, so a
// type given a family here works in all of them.
//
// Your own types: specialize tl_mapping to put a type of yours on the wire as any TL value.
//
//   struct user_id { std::int64_t value; };
//   template <> struct tlcodec::tl_mapping<user_id> {
//     using wire_type = std::int64_t;                       // any TL value type
//     static std::int64_t to_wire(const user_id& id) { return id.value; }
//     static user_id from_wire(std::int64_t value) { return {value}; }
//   };
//
// A user_id field of a hand-written constructor (or of your own generated schema, edited to
// use it) then encodes, decodes, prints and is generated as a long.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <tlcodec/arena_values.hpp>
#include <tlcodec/bytes.hpp>
#include <tlcodec/indirect.hpp>
#include <tlcodec/views.hpp>
#include <tlcodec/wide_int.hpp>

namespace tlcodec {

// The families: tags a walk overloads on.
namespace family {
struct int32 {};        // int: std::int32_t
struct int64 {};        // long: std::int64_t
struct float64 {};      // double
struct boolean {};      // Bool (boolTrue/boolFalse): bool
struct wide_int {};     // int128, int256: tlcodec::wide_int<N>
struct string {};       // string: std::string, std::string_view, arena_string
struct bytes {};        // bytes: tlcodec::bytes, bytes_view, arena_bytes
struct vector {};       // Vector<T>, vector<T>: std::vector<T>, scalars_view<T> (view mode), arena_vector<T>
struct indirect {};     // a value held elsewhere (indirect<T>, arena_ref<T>), on the wire as the value
struct variant {};      // a boxed type with several constructors (derives from tlcodec::variant)
struct constructor {};  // a generated (or hand-written) constructor or function
struct object {};       // Object: tlcodec::object
struct mapped {};       // a type of yours, on the wire as tl_mapping<T>::wire_type
}  // namespace family

// Specialize for a type of yours (see the top of this file).
template <class T>
struct tl_mapping;

// A constructor or function: generated structs have these members (a hand-written one can too).
template <class T>
concept tl_constructor = requires {
  { T::constructor_id } -> std::convertible_to<std::uint32_t>;
  T::tl_name;
};

// A boxed type with several constructors (derives from tlcodec::variant).
template <class T>
concept tl_variant = requires {
  typename T::alternatives;
  T::alternative_count;
};

template <class T>
concept tl_mapped = requires {
  typename tl_mapping<T>::wire_type;
};

// family_of<T>::type is T's family; a T that is not a TL value has no `type`.
template <class T>
struct family_of {};
template <class Family>
struct in_family {
  using type = Family;
};
template <>
struct family_of<std::int32_t> : in_family<family::int32> {};
template <>
struct family_of<std::int64_t> : in_family<family::int64> {};
template <>
struct family_of<double> : in_family<family::float64> {};
template <>
struct family_of<bool> : in_family<family::boolean> {};
template <std::size_t N>
struct family_of<wide_int<N>> : in_family<family::wide_int> {};
template <>
struct family_of<std::string> : in_family<family::string> {};
template <>
struct family_of<std::string_view> : in_family<family::string> {};
template <>
struct family_of<arena_string> : in_family<family::string> {};
template <>
struct family_of<bytes> : in_family<family::bytes> {};
template <>
struct family_of<bytes_view> : in_family<family::bytes> {};
template <>
struct family_of<arena_bytes> : in_family<family::bytes> {};
template <class T, class A>
struct family_of<std::vector<T, A>> : in_family<family::vector> {};
template <class T>
struct family_of<scalars_view<T>> : in_family<family::vector> {};
template <class T>
struct family_of<arena_vector<T>> : in_family<family::vector> {};
template <class T>
struct family_of<indirect<T>> : in_family<family::indirect> {};
template <class T>
struct family_of<arena_ref<T>> : in_family<family::indirect> {};
// Laid out by hand: clang-format 14 mangles requires clauses.
// clang-format off
template <class T>
  requires tl_variant<T>
struct family_of<T> : in_family<family::variant> {};
template <class T>
  requires tl_constructor<T>
struct family_of<T> : in_family<family::constructor> {};
template <class T>
  requires tl_mapped<T>
struct family_of<T> : in_family<family::mapped> {};
// clang-format on
// family::object: tlcodec/object.hpp.

template <class T>
using family_t = typename family_of<T>::type;

// A C++ type with a TL form.
template <class T>
concept tl_value = requires {
  typename family_t<T>;
};

}  // namespace tlcodec
