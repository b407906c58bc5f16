// Helpers of the service-layer tests: building MTProto payloads byte by byte.
#pragma once

#include <catch2/catch.hpp>

#include <cstdint>
#include <initializer_list>
#include <span>
#include <vector>

#include <tlcodec/decode.hpp>
#include <tlcodec/encode.hpp>
#include <tlcodec/gzip.hpp>
#include <tlcodec/mtproto/all.hpp>
#include <tlcodec/registry.hpp>

namespace service_support {

using byte_vector = std::vector<std::byte>;

inline byte_vector concat(std::initializer_list<std::span<const std::byte>> parts) {
  byte_vector out;
  for (const auto part : parts) out.insert(out.end(), part.begin(), part.end());
  return out;
}

inline byte_vector le32(std::uint32_t value) {
  return {std::byte(value), std::byte(value >> 8), std::byte(value >> 16), std::byte(value >> 24)};
}
inline byte_vector le64(std::uint64_t value) {
  return concat({le32(static_cast<std::uint32_t>(value)), le32(static_cast<std::uint32_t>(value >> 32))});
}

// count copies of a 32-bit little-endian word.
inline byte_vector repeated(std::uint32_t word, std::size_t count) {
  byte_vector out;
  out.reserve(count * 4);
  for (std::size_t i = 0; i < count; ++i) {
    const auto bytes = le32(word);
    out.insert(out.end(), bytes.begin(), bytes.end());
  }
  return out;
}

template <class T>
byte_vector encoded(const T& value) {
  auto bytes = tlcodec::encode(value);
  return bytes.has_value() ? std::move(*bytes) : byte_vector{};
}

// gzip_packed#3072cfa1 with packed_data as given, gzip or not (encode would refuse what is not).
inline byte_vector gzip_packed_holding(const tlcodec::bytes& packed_data) {
  return concat({le32(tlcodec::gzip_packed_id), encoded(packed_data)});
}
// gzip_packed#3072cfa1 holding a gzip stream of content.
inline byte_vector gzip_packed_bytes(std::span<const std::byte> content) {
  return gzip_packed_holding(tlcodec::bytes(tlcodec::gzip(content)));
}

// A container message as on the wire: msg_id, seqno, the body's length, the body.
inline byte_vector message_bytes(std::uint64_t msg_id, std::uint32_t seqno, std::span<const std::byte> body) {
  return concat({le64(msg_id), le32(seqno), le32(static_cast<std::uint32_t>(body.size())), body});
}

inline byte_vector container_bytes(std::initializer_list<std::span<const std::byte>> messages) {
  byte_vector out = concat({le32(0x73f1f8dc), le32(static_cast<std::uint32_t>(messages.size()))});
  for (const auto m : messages) out.insert(out.end(), m.begin(), m.end());
  return out;
}

inline tlcodec::decode_options with_registry() {
  tlcodec::decode_options options;
  options.registry = &tlcodec::default_registry();
  return options;
}

// The laws with typed Objects: decoding needs the registry to give back typed values.
template <class T>
void check_round_trip(const T& value) {
  const auto bytes = encoded(value);
  REQUIRE_FALSE(bytes.empty());
  CHECK(tlcodec::encoded_size(value) == bytes.size());
  const auto decoded = tlcodec::decode<T>(bytes, with_registry());
  REQUIRE(decoded.has_value());
  CHECK(*decoded == value);
  CHECK(encoded(*decoded) == bytes);
}

}  // namespace service_support
