// tlcodec/detail/traits.hpp: what kind of TL value a C++ type is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <tlcodec/box.hpp>
#include <tlcodec/bytes.hpp>
#include <tlcodec/views.hpp>
#include <tlcodec/wide_int.hpp>
#include <tlcodec/wire.hpp>

namespace tlcodec::detail {

template <class T>
inline constexpr bool dependent_false = false;

template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};

// A Vector<int>/<long>/<double> in view mode.
template <class T>
struct is_scalars_view : std::false_type {};
template <class T>
struct is_scalars_view<scalars_view<T>> : std::true_type {};

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
struct is_box : std::false_type {};
template <class T>
struct is_box<box<T>> : std::true_type {};

template <class T>
struct is_wide_int : std::false_type {};
template <std::size_t N>
struct is_wide_int<wide_int<N>> : std::true_type {};

template <class T>
concept string_like = std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view> ||
                      std::is_same_v<T, bytes> || std::is_same_v<T, bytes_view>;

// A generated constructor or function struct.
template <class T>
concept tl_constructor = requires {
  { T::constructor_id } -> std::convertible_to<std::uint32_t>;
  T::tl_name;
};

// A generated boxed type with several constructors (derives from tlcodec::boxed).
template <class T>
concept tl_boxed = requires {
  typename T::alternatives;
  T::alternative_count;
};

template <class Form>
struct form_traits {
  static constexpr bool is_when = false;
  static constexpr bool is_flags = false;
};
template <unsigned I, unsigned Bit, class Form, bool Shared>
struct form_traits<wire::when<I, Bit, Form, Shared>> {
  static constexpr bool is_when = true;
  static constexpr bool is_flags = false;
  static constexpr unsigned index = I;
  static constexpr std::uint32_t mask = std::uint32_t{1} << Bit;
  static constexpr bool shared = Shared;
  using inner = Form;
};
template <unsigned I, std::uint32_t Known>
struct form_traits<wire::flags<I, Known>> {
  static constexpr bool is_when = false;
  static constexpr bool is_flags = true;
  static constexpr unsigned index = I;
  static constexpr std::uint32_t known = Known;
};
// Constructors have at most this many `#` fields (layer 223 uses two: flags and flags2).
inline constexpr unsigned max_flag_fields = 4;

template <class Form>
struct vector_form {
  static constexpr bool boxed = true;
  using element = wire::plain;
};
template <bool Boxed, class Element>
struct vector_form<wire::vector<Boxed, Element>> {
  static constexpr bool boxed = Boxed;
  using element = Element;
};
template <>
struct vector_form<wire::bare> {
  static constexpr bool boxed = false;
  using element = wire::plain;
};

// The fewest bytes one element of T in form Form takes on the wire (docs/tl-binary.md §10.4): bounds vector
// counts before anything is allocated. Never 0, so that a count is always bounded by the input.
template <class T, class Form = wire::plain>
constexpr std::size_t min_wire_size() {
  if constexpr (std::is_same_v<T, std::int64_t> || std::is_same_v<T, double>)
    return 8;
  else if constexpr (is_wide_int<T>::value)
    return sizeof(T);
  else if constexpr (is_box<T>::value)
    return min_wire_size<std::remove_cvref_t<decltype(*std::declval<T&>())>, Form>();
  else if constexpr (std::is_same_v<Form, wire::bare> && requires { T::tl_fixed_size; })
    return T::tl_fixed_size > 4 ? T::tl_fixed_size : 4;
  else
    return 4;  // int, Bool, string/bytes, vectors, boxed values, other bare constructors
}

// The encoded size of every value of T at top level (boxed), or 0 when it varies.
template <class T>
constexpr std::size_t fixed_size() {
  if constexpr (std::is_same_v<T, std::int32_t> || std::is_same_v<T, bool>)
    return 4;
  else if constexpr (std::is_same_v<T, std::int64_t> || std::is_same_v<T, double>)
    return 8;
  else if constexpr (is_wide_int<T>::value)
    return sizeof(T);
  else if constexpr (requires { T::tl_fixed_size; })
    return 4 + T::tl_fixed_size;  // the constructor id, then the fields
  else
    return 0;
}

}  // namespace tlcodec::detail
