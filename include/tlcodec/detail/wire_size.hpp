// tlcodec/detail/wire_size.hpp: what the type of a value says of its size on the wire, per family.
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>

#include <tlcodec/family.hpp>
#include <tlcodec/wire.hpp>

namespace tlcodec::detail {

// The fewest bytes one element of T in form Form takes on the wire (docs/tl-binary.md §10.4):
// bounds vector counts before anything is allocated. Never 0, so that a count is always
// bounded by the input. 4 unless the family says more: int, Bool, string/bytes, vectors,
// boxed values and Objects take at least one 32-bit word.
template <class T, class Form = wire::boxed>
constexpr std::size_t min_wire_size();

template <class T, class Form, class Family>
constexpr std::size_t min_wire_size_as(Family) {
  if constexpr (std::is_same_v<Family, family::int64> || std::is_same_v<Family, family::float64>)
    return 8;
  else
    return 4;
}
template <class T, class Form>
constexpr std::size_t min_wire_size_as(family::wide_int) {
  return sizeof(T);
}
template <class T, class Form>
constexpr std::size_t min_wire_size_as(family::indirect) {
  return min_wire_size<std::remove_cvref_t<decltype(*std::declval<T&>())>, Form>();
}
template <class T, class Form>
constexpr std::size_t min_wire_size_as(family::constructor) {
  if constexpr (std::is_same_v<Form, wire::bare> && requires { T::tl_fixed_size; })
    return T::tl_fixed_size > 4 ? T::tl_fixed_size : 4;
  else
    return 4;
}
template <class T, class Form>
constexpr std::size_t min_wire_size_as(family::mapped) {
  return min_wire_size<typename tl_mapping<T>::wire_type, Form>();
}

template <class T, class Form>
constexpr std::size_t min_wire_size() {
  return min_wire_size_as<T, Form>(family_t<T>{});
}

// The encoded size of every value of T at top level (boxed), or 0 when it varies.
template <class T>
constexpr std::size_t fixed_size();

template <class T, class Family>
constexpr std::size_t fixed_size_as(Family) {
  if constexpr (std::is_same_v<Family, family::int32> || std::is_same_v<Family, family::boolean>)
    return 4;
  else if constexpr (std::is_same_v<Family, family::int64> || std::is_same_v<Family, family::float64>)
    return 8;
  else
    return 0;  // strings, vectors, variants, Objects
}
template <class T>
constexpr std::size_t fixed_size_as(family::wide_int) {
  return sizeof(T);
}
template <class T>
constexpr std::size_t fixed_size_as(family::constructor) {
  if constexpr (requires { T::tl_fixed_size; })
    return 4 + T::tl_fixed_size;  // the constructor id, then the fields
  else
    return 0;
}
template <class T>
constexpr std::size_t fixed_size_as(family::mapped) {
  return fixed_size<typename tl_mapping<T>::wire_type>();
}

template <class T>
constexpr std::size_t fixed_size() {
  return fixed_size_as<T>(family_t<T>{});
}

}  // namespace tlcodec::detail
