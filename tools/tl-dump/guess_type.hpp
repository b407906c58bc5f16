// tl-dump without --type: what the bytes look like. No registry entry describes a boxed Vector
// (a method result such as Vector<long> or Vector<User>), since its elements' type is not on the
// wire; it is guessed from them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>

#include <tlcodec/detail/read.hpp>
#include <tlcodec/registry.hpp>

#include "type_expression.hpp"

namespace tl_dump {

// A boxed Vector if the input starts with its id, else one boxed value of any known constructor.
// A Vector holds boxed values if its first element starts with an id the registry knows (a
// later bad element is then reported where it is); else ints if exactly 4 bytes per element
// are left, else longs (the commonest scalar result: message and photo ids), so that a cut or
// padded Vector<long> is reported where it goes wrong.
inline type_expression guess_type(std::span<const std::byte> input, const tlcodec::object_registry& registry) {
  using kind = type_expression::kind;
  using tlcodec::detail::load_le;
  using tlcodec::detail::vector_id;
  type_expression object{kind::named, "Object", {}};
  if (input.size() < 4 || load_le<std::uint32_t>(input.data()) != vector_id) return object;
  // (a count cut short is an error that the decoder reports)
  const std::uint32_t count = input.size() >= 8 ? load_le<std::uint32_t>(input.data() + 4) : 0;
  const std::span<const std::byte> elements = input.subspan(std::min<std::size_t>(8, input.size()));
  if (count == 0 || (elements.size() >= 4 && registry.find(load_le<std::uint32_t>(elements.data()))))
    return vector_of(kind::boxed_vector, std::move(object));
  const bool ints = elements.size() == std::size_t{count} * 4;
  return vector_of(kind::boxed_vector, type_expression{ints ? kind::int_ : kind::long_, {}, {}});
}

}  // namespace tl_dump
