// Every constructor and function of a generated schema round-trips (an arbitrary value with its
// optional fields all absent, then all present, every vector holding one element): encode -> decode -> encode gives the
// same bytes, and encoded_size() is their size; moved from, it stays valid. Checked over a slice [Begin, End) of a type
// list, so that the work can be spread over several translation units. (operator== is left out on purpose: its
// instantiation over the whole api would cost more than the codecs themselves; the runtime and corpus tests check
// decode(encode(x)) == x.)
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

inline void check_moved_from(std::string_view name, const tlcodec::result<std::vector<std::byte>>& moved_from,
                             const tlcodec::result<std::vector<std::byte>>& copy,
                             const tlcodec::result<std::vector<std::byte>>& assigned,
                             const tlcodec::error& decode_into_moved_from) {
  INFO(name << ": a moved-from value, its copy and a value assigned from it encode alike");
  CHECK(moved_from.has_value() == copy.has_value());
  CHECK(moved_from.has_value() == assigned.has_value());
  if (moved_from && copy && assigned) {
    CHECK(*moved_from == *copy);
    CHECK(*moved_from == *assigned);
  } else {
    // Only an indirect<T> left valueless, an Object left empty, or a gzip_packed whose
    // packed_data was moved out (no gzip stream then) is refused (a variant falls back to its
    // default alternative).
    const auto refused = [](tlcodec::errc code) {
      return code == tlcodec::errc::moved_from_value || code == tlcodec::errc::empty_object ||
             code == tlcodec::errc::invalid_gzip;
    };
    CHECK(refused(moved_from.error().code));
    CHECK(moved_from.error().code == copy.error().code);
  }
  CHECK(!decode_into_moved_from);
}

// Moved-from values are valid but unspecified, as for std types: they copy, assign, encode
// (bytes, or errc::moved_from_value for an emptied indirect<T>, errc::empty_object for an
// emptied Object, errc::invalid_gzip for an emptied gzip_packed), decode into and destroy.
template <class T>
void moved_from_stays_valid(const T& value) {
  T source = value;
  const T taken = std::move(source);
  const T copy = source;
  T assigned = value;
  assigned = source;
  const auto encoded = tlcodec::encode(taken);
  const auto moved_from = tlcodec::encode(source);
  check_moved_from(T::tl_name, moved_from, tlcodec::encode(copy), tlcodec::encode(assigned),
                   tlcodec::decode_into(encoded ? *encoded : std::vector<std::byte>{}, source));
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
  if (optional_present) moved_from_stays_valid(value);
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
