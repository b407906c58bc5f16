// Every constructor and function of a generated schema round-trips (an arbitrary value with its
// optional fields all absent, then all present, every vector holding one element): encode -> decode -> encode gives the
// same bytes, and encoded_size() is their size. Checked over a slice [Begin, End) of a type list, so that the work can
// be spread over several translation units. (operator== is left out on purpose: its instantiation over the whole api
// would cost more than the codecs themselves; the runtime and corpus tests check decode(encode(x)) == x.)
#pragma once

#include <catch2/catch.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

#include <tlcodec/decode.hpp>
#include <tlcodec/encode.hpp>
#include <tlcodec/testing/arbitrary.hpp>

namespace test_support {

// The assertions live in one non-template function: Catch2's macros are heavy, and expanded in
// every instantiation they would dominate the compile time of these translation units.
inline void check_byte_round_trip(std::string_view name, const tlcodec::result<std::vector<std::byte>>& encoded,
                                  std::size_t encoded_size, const tlcodec::error& decode_error,
                                  const tlcodec::result<std::vector<std::byte>>& re_encoded) {
  INFO(name);
  REQUIRE(encoded.has_value());
  CHECK(encoded_size == encoded->size());
  INFO(tlcodec::describe(decode_error.code) << " at offset " << decode_error.offset);
  REQUIRE(!decode_error);
  REQUIRE(re_encoded.has_value());
  CHECK(*re_encoded == *encoded);
}

template <class T>
void round_trip(bool optional_present) {
  tlcodec::testing::random_source random(T::constructor_id);
  tlcodec::testing::arbitrary_options options;
  options.max_depth = 3;
  options.min_vector_size = options.max_vector_size = 1;
  options.optional_fields = optional_present ? tlcodec::testing::presence::all : tlcodec::testing::presence::none;
  const T value = tlcodec::testing::arbitrary<T>(random, options);
  const auto encoded = tlcodec::encode(value);
  const auto decoded = tlcodec::decode<T>(encoded ? *encoded : std::vector<std::byte>{});
  check_byte_round_trip(T::tl_name, encoded, tlcodec::encoded_size(value), decoded.error(), tlcodec::encode(*decoded));
}

template <class T>
void round_trip_both_ways() {
  round_trip<T>(false);
  round_trip<T>(true);
}

// Round-trips every type of a list; returns how many. Lists are the generated chunks of at most
// 200 types (g++ is slow to expand lambdas over a pack of the whole schema).
template <class... Ts>
std::size_t round_trip_all(tlcodec::detail::type_list<Ts...>) {
  (round_trip_both_ways<Ts>(), ...);
  return sizeof...(Ts);
}

}  // namespace test_support
