// The inputs of the amplification search (amplification_test.cpp, amplification_cost.cpp): for
// a boxed type, a Vector of about `size` bytes of its default value (its smallest constructor
// that does not recurse, with empty fields), and the same with one more element of as many
// 0xff bytes, rejected at its id after all the others were decoded.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <vector>

#include <tlcodec/detail/type_list.hpp>

#include "service_support.hpp"

namespace service_support {

struct amplification_inputs {
  std::size_t element_size;
  byte_vector accepted;
  byte_vector rejected;
};

// Nothing for a type with no default encoding (e.g. a default Object field, empty).
template <class T>
std::optional<amplification_inputs> amplification_inputs_of(std::size_t size) {
  const auto element = tlcodec::encode(T{});
  if (!element) return std::nullopt;
  const std::size_t count = size / element->size();
  const auto vector_of = [&](std::size_t n) {
    byte_vector input = concat({le32(0x1cb5c415), le32(static_cast<std::uint32_t>(n))});
    for (std::size_t i = 0; i < count; ++i) input.insert(input.end(), element->begin(), element->end());
    return input;
  };
  amplification_inputs inputs{element->size(), vector_of(count), vector_of(count + 1)};
  inputs.rejected.resize(inputs.rejected.size() + element->size(), std::byte{0xff});
  return inputs;
}

// Up to 1,024 of the same values (about `size` bytes) as the bodies of a msg_container,
// decoded as Objects through the registry; and the same cut short by its last byte.
struct container_inputs {
  byte_vector accepted;
  byte_vector cut;
};

template <class T>
std::optional<container_inputs> container_inputs_of(std::size_t size) {
  const auto element = tlcodec::encode(T{});
  if (!element) return std::nullopt;
  const std::size_t messages = std::min<std::size_t>(1024, size / (16 + element->size()));
  byte_vector container =
      concat({le32(tlcodec::mtproto::msg_container::constructor_id), le32(static_cast<std::uint32_t>(messages))});
  for (std::size_t i = 0; i < messages; ++i) {
    const auto message = message_bytes(2 * (i + 1), 1, *element);
    container.insert(container.end(), message.begin(), message.end());
  }
  byte_vector cut(container.begin(), container.end() - 1);
  return container_inputs{std::move(container), std::move(cut)};
}

// Calls visit.template operator()<T>() for every type of the chunks (tlgen's boxed_type_chunks).
template <class... Chunks, class Visit>
void for_each_type(tlcodec::detail::type_list<Chunks...>, Visit&& visit) {
  ([&]<class... Ts>(tlcodec::detail::type_list<Ts...>) { (visit.template operator()<Ts>(), ...); }(Chunks{}), ...);
}

}  // namespace service_support
