// Inputs nested as deep as one asks, for the tests of max_depth: typed values (RichText) and
// Objects in Objects (invokeWithLayer), byte by byte and as values.
#pragma once

#include <cstddef>

#include <tlcodec/api/functions/invokeWithLayer.hpp>
#include <tlcodec/api/types/RichText.hpp>
#include <tlcodec/object_type.hpp>

#include "service_support.hpp"

namespace service_support {

inline constexpr std::int32_t any_layer = 223;

// textBold{textBold{… textEmpty}}: `depth` constructors.
inline byte_vector rich_text_bytes(std::size_t depth) {
  return concat(
      {repeated(tlcodec::api::textBold::constructor_id, depth - 1), le32(tlcodec::api::textEmpty::constructor_id)});
}
inline tlcodec::api::RichText rich_text(std::size_t depth) {
  tlcodec::api::RichText value = tlcodec::api::textEmpty{};
  for (std::size_t i = 1; i < depth; ++i) value = tlcodec::api::textBold{.text = std::move(value)};
  return value;
}

// invokeWithLayer{layer, query: …} `depth` times around `inner`: Objects in Objects.
inline byte_vector invoke_with_layers_bytes(std::size_t depth, const byte_vector& inner) {
  byte_vector out;
  for (std::size_t i = 0; i < depth; ++i) {
    const auto level = concat({le32(tlcodec::api::invokeWithLayer<tlcodec::object>::constructor_id), le32(any_layer)});
    out.insert(out.end(), level.begin(), level.end());
  }
  out.insert(out.end(), inner.begin(), inner.end());
  return out;
}
inline tlcodec::object invoke_with_layers(std::size_t depth, tlcodec::object inner) {
  for (std::size_t i = 0; i < depth; ++i)
    inner = tlcodec::make_object(tlcodec::api::invokeWithLayer<tlcodec::object>{.layer = any_layer, .query = inner});
  return inner;
}

inline byte_vector rpc_result_bytes(const byte_vector& result) {
  return concat({le32(tlcodec::mtproto::rpc_result::constructor_id), le64(1), result});
}

}  // namespace service_support
