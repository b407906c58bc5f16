// tl-dump without --type: what the bytes look like. No registry entry describes a boxed Vector
// (a method result such as Vector<long> or Vector<User>), since its elements' type is not on the
// wire; it is guessed from them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>

#include <tlcodec/reader.hpp>
#include <tlcodec/registry.hpp>
#include <tlcodec/wire.hpp>

#include "type_expression.hpp"

namespace tl_dump {

// A boxed Vector if the input starts with its id, else one boxed value of any known constructor.
// A Vector holds boxed values if its first element starts with an id the registry knows (a
// later bad element is then reported where it is); else ints if exactly 4 bytes per element
// are left, else longs (the commonest scalar result: message and photo ids), so that a cut or
// padded Vector<long> is reported where it goes wrong.
inline type_expression guess_type(std::span<const std::byte> input, const tlcodec::object_registry& registry) {
  using kind = type_expression::kind;
  type_expression object{kind::named, "Object", {}};
  tlcodec::span_reader in(input);  // a read past the end gives 0
  if (tlcodec::read_u32(in) != tlcodec::vector_id) return object;
  // (a count cut short is an error that the decoder reports)
  const std::uint32_t count = tlcodec::read_u32(in);
  const std::size_t elements = in.remaining();
  if (count == 0 || (elements >= 4 && registry.find(tlcodec::read_u32(in))))
    return vector_of(kind::boxed_vector, std::move(object));
  const bool ints = elements == std::size_t{count} * 4;
  return vector_of(kind::boxed_vector, type_expression{ints ? kind::int_ : kind::long_, {}, {}});
}

}  // namespace tl_dump
