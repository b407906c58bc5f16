// tlcodec/detail/wire_form.hpp: what the wire forms of tlcodec/wire.hpp say, as constants.
#pragma once

#include <cstdint>

#include <tlcodec/wire.hpp>

namespace tlcodec::detail {

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
  using element = wire::boxed;
};
template <bool Boxed, class Element>
struct vector_form<wire::vector<Boxed, Element>> {
  static constexpr bool boxed = Boxed;
  using element = Element;
};
template <>
struct vector_form<wire::bare> {
  static constexpr bool boxed = false;
  using element = wire::boxed;
};

}  // namespace tlcodec::detail
