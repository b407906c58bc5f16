// The laws every TL value obeys, checked generically; and byte-exact checks against hex.
#pragma once

#include <catch2/catch.hpp>

#include <tlcodec/decode.hpp>
#include <tlcodec/encode.hpp>

#include "hex.hpp"

namespace test_support {

// decode(encode(x)) == x, encoded_size(x) == encode(x).size(), and the bytes re-encode equal.
template <class T>
void check_laws(const T& value) {
  const auto encoded = tlcodec::encode(value);
  REQUIRE(encoded.has_value());
  CHECK(tlcodec::encoded_size(value) == encoded->size());
  tlcodec::size_counter counter;  // the public writer that only counts agrees
  CHECK_FALSE(tlcodec::encode_to(counter, value));
  CHECK(counter.size() == encoded->size());
  CHECK(encoded->size() % 4 == 0);
  const auto decoded = tlcodec::decode<T>(*encoded);
  REQUIRE(decoded.has_value());
  CHECK(*decoded == value);
  CHECK(*tlcodec::encode(*decoded) == *encoded);
}

// value encodes to exactly hex, hex decodes to exactly value, and the laws hold.
template <class T>
void check_bytes(const T& value, std::string_view hex) {
  const auto expected = from_hex(hex);
  const auto encoded = tlcodec::encode(value);
  REQUIRE(encoded.has_value());
  CHECK(to_hex(*encoded) == to_hex(expected));
  const auto decoded = tlcodec::decode<T>(expected);
  INFO(tlcodec::describe(decoded.error().code) << " at " << decoded.error().offset);
  REQUIRE(decoded.has_value());
  CHECK(*decoded == value);
  check_laws(value);
}

}  // namespace test_support
