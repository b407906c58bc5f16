// tlcodec/convert.hpp: to_owning(value): a value of any storage policy (view_of<T>, arena_of<T>,
// see tlcodec/storage.hpp) copied into an owning one, which no longer depends on the input or
// the arena it came from. A walk of its own over the type families (tlcodec/family.hpp).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <tuple>
#include <type_traits>

#include <tlcodec/family.hpp>
#include <tlcodec/storage.hpp>
#include <tlcodec/variant.hpp>

namespace tlcodec {

namespace detail {

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class From, class To>
void convert(const From& from, To& to);

template <class From, class To>
void convert_as(family::string, const From& from, To& to) {
  to.assign(from.data(), from.size());
}
template <class From, class To>
void convert_as(family::bytes, const From& from, To& to) {
  to.assign(from.data(), from.size());
}
template <class From, class To>
void convert_as(family::vector, const From& from, To& to) {
  to.clear();
  to.reserve(from.size());
  for (const auto& element : from) {
    if constexpr (std::is_arithmetic_v<typename To::value_type>) {
      to.push_back(element);
    } else {
      to.emplace_back();
      convert(element, to.back());
    }
  }
}
template <class From, class To>
void convert_as(family::indirect, const From& from, To& to) {
  convert(*from, *to);
}
template <class From, class To>
void convert_as(family::variant, const From& from, To& to) {
  if (from.valueless_after_move()) return;  // to stays a default value
  from.visit([&]<class C>(const C& alternative) { convert(alternative, to.template emplace<owning_of<C>>()); });
}
// The two are the same generated template over two policies, so their each_field walks meet
// the same fields in the same order: the source's are collected first, then each field of the
// target is converted from the source's field of the same position (whose type is the target
// field's in the source's policy).
template <class From, class To>
void convert_as(family::constructor, const From& from, To& to) {
  std::array<const void*, std::tuple_size_v<decltype(From::tl_field_names)>> fields{};
  std::size_t i = 0;
  From::each_field(from, [&](const auto& field, auto) { fields[i++] = &field; });
  i = 0;
  To::each_field(to, [&]<class F>(F& field, auto) {
    convert(*static_cast<const field_in<F, ::tlcodec::policy_of<From>>*>(fields[i++]), field);
  });
}

template <class From, class To>
void convert(const From& from, To& to) {
  if constexpr (std::is_same_v<From, To>) {
    to = from;  // the same in every policy: scalars, flags, mapped types, Objects
  } else if constexpr (is_optional<From>::value) {
    if (from)
      convert(*from, to.emplace());
    else
      to.reset();
  } else {
    convert_as(family_t<From>{}, from, to);
  }
}

}  // namespace detail

// value (of any storage policy) as an owning value: its strings, bytes and vectors copied.
template <class T>
owning_of<T> to_owning(const T& value) {
  owning_of<T> out{};
  detail::convert(value, out);
  return out;
}

}  // namespace tlcodec
