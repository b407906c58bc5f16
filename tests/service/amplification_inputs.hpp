// The inputs of the amplification search (amplification_part.cpp, amplification_cost.cpp): for
// a boxed type, a Vector of about `size` bytes of its default value (its smallest constructor
// that does not recurse, with empty fields), and the same with one more element of as many
// 0xff bytes, rejected at its id after all the others were decoded; the same values wrapped as
// MTProto delivers them (gzip_packed in an rpc_result, msg_container bodies).
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include <tlcodec/detail/type_list.hpp>

#include "service_support.hpp"

namespace service_support {

struct amplification_inputs {
  std::size_t element_size;
  byte_vector accepted;
  byte_vector rejected;
};

// An id and a count, then the bytes item(i) gives for each i < items (a Vector's elements, a
// msg_container's messages).
template <class Item>
byte_vector counted(std::uint32_t id, std::size_t count, std::size_t items, Item&& item) {
  byte_vector out = concat({le32(id), le32(static_cast<std::uint32_t>(count))});
  for (std::size_t i = 0; i < items; ++i) {
    const auto bytes = item(i);
    out.insert(out.end(), bytes.begin(), bytes.end());
  }
  return out;
}

// Nothing for a type with no default encoding (e.g. a default Object field, empty).
template <class T>
std::optional<amplification_inputs> amplification_inputs_of(std::size_t size) {
  const auto element = tlcodec::encode(T{});
  if (!element) return std::nullopt;
  const std::size_t count = size / element->size();
  const auto vector_of = [&](std::size_t n) {
    return counted(0x1cb5c415, n, count, [&](std::size_t) { return std::span<const std::byte>(*element); });
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
  byte_vector container = counted(tlcodec::mtproto::msg_container::constructor_id, messages, messages,
                                  [&](std::size_t i) { return message_bytes(2 * (i + 1), 1, *element); });
  byte_vector cut(container.begin(), container.end() - 1);
  return container_inputs{std::move(container), std::move(cut)};
}

// The answer to a call (req_msg_id 1) that returns what `content` encodes, gzip_packed in an
// rpc_result, as servers send large answers; decode_rpc_answer<returning_vector_of<T>> decodes
// it when content is a Vector<T>.
inline byte_vector gzip_answer_bytes(std::span<const std::byte> content) {
  return concat({le32(tlcodec::mtproto::rpc_result::constructor_id), le64(1), gzip_packed_bytes(content)});
}

template <class T>
struct returning_vector_of {
  using result_type = std::vector<T>;
};

// Calls visit.template operator()<T>() for every type of the chunks (tlgen's boxed_type_chunks),
// or, of Parts parts, for those of part Part: the types whose index in their chunk is Part
// modulo Parts (the others are not instantiated, so that each part can be a unit of its own).
template <std::size_t Part = 0, std::size_t Parts = 1, class... Chunks, class Visit>
void for_each_type(tlcodec::detail::type_list<Chunks...>, Visit&& visit) {
  (
      [&]<class... Ts>(tlcodec::detail::type_list<Ts...>) {
        [&]<std::size_t... I>(std::index_sequence<I...>) {
          (
              [&] {
                if constexpr (I % Parts == Part) visit.template operator()<Ts>();
              }(),
              ...);
        }
        (std::index_sequence_for<Ts...>{});
      }(Chunks{}),
      ...);
}

}  // namespace service_support
