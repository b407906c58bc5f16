// arbitrary<T>: valid (the laws hold), reproducible, bounded, covering every constructor and
// both states of every optional field, shared flag bits consistent.
#include <catch2/catch.hpp>

#include <set>

#include <tlcodec/testing/arbitrary.hpp>
#include <tlcodec/text.hpp>

#include "laws.hpp"
#include "seed_schema.hpp"

using tlcodec::testing::arbitrary;
using tlcodec::testing::arbitrary_alternative;
using tlcodec::testing::arbitrary_options;
using tlcodec::testing::presence;
using tlcodec::testing::random_source;

TEST_CASE("arbitrary values obey the laws", "[arbitrary]") {
  random_source random(1);
  for (int i = 0; i < 300; ++i) {
    test_support::check_laws(arbitrary<seed::phone::confirmCall>(random));
    test_support::check_laws(arbitrary<seed::PhoneConnection>(random));
    test_support::check_laws(arbitrary<seed::RichText>(random));
    test_support::check_laws(arbitrary<seed::codeSettings>(random));
    test_support::check_laws(arbitrary<seed::future_salts>(random));
  }
}

TEST_CASE("the same seed gives the same value; another seed another one", "[arbitrary]") {
  random_source a(42), b(42), c(43);
  const auto first = arbitrary<seed::PhoneConnection>(a);
  CHECK(first == arbitrary<seed::PhoneConnection>(b));
  CHECK_FALSE(first == arbitrary<seed::PhoneConnection>(c));
  // The generator itself is fixed: the first splitmix64 output for seed 0.
  random_source zero(0);
  CHECK(zero.next() == 0xe220a8397b1dcdafULL);
}

TEST_CASE("every constructor of a boxed type, at random and by index", "[arbitrary]") {
  random_source random(7);
  std::set<std::size_t> seen;
  for (int i = 0; i < 200; ++i) seen.insert(arbitrary<seed::RichText>(random).index());
  CHECK(seen.size() == seed::RichText::alternative_count);
  for (std::size_t index = 0; index < seed::RichText::alternative_count; ++index) {
    const auto value = arbitrary_alternative<seed::RichText>(index, random);
    CHECK(value.index() == index);
    test_support::check_laws(value);
  }
}

TEST_CASE("optional fields: all present, none present, or both at random; shared bits agree", "[arbitrary]") {
  random_source random(3);
  arbitrary_options all;
  all.optional_fields = presence::all;
  const auto full = arbitrary<seed::codeSettings>(random, all);
  CHECK(full.allow_flashcall);
  CHECK(full.logout_tokens.has_value());
  CHECK(full.token.has_value());
  CHECK(full.app_sandbox.has_value());
  arbitrary_options none;
  none.optional_fields = presence::none;
  const auto empty = arbitrary<seed::codeSettings>(random, none);
  CHECK_FALSE(empty.allow_flashcall);
  CHECK_FALSE(empty.logout_tokens.has_value());
  CHECK_FALSE(empty.token.has_value());
  bool present = false, absent = false;
  for (int i = 0; i < 100; ++i) {
    const auto value = arbitrary<seed::codeSettings>(random);
    CHECK(value.token.has_value() == value.app_sandbox.has_value());  // they share flags.8
    (value.logout_tokens ? present : absent) = true;
    CHECK(tlcodec::encode(value).has_value());
  }
  CHECK(present);
  CHECK(absent);
}

TEST_CASE("size is bounded by depth, vector and string sizes", "[arbitrary]") {
  random_source random(11);
  arbitrary_options small;
  small.max_depth = 2;
  small.max_vector_size = 2;
  small.max_string_size = 4;
  for (int i = 0; i < 200; ++i) {
    const auto text = arbitrary<seed::RichText>(random, small);
    CHECK(tlcodec::encoded_size(text) <= 256);
    const auto call = arbitrary<seed::phone::confirmCall>(random, small);
    CHECK(call.g_a.size() <= 4);
    CHECK(call.protocol.library_versions.size() <= 2);
  }
  arbitrary_options flat;
  flat.max_depth = 0;  // everything at its plainest
  const auto plain = arbitrary<seed::RichText>(random, flat);
  CHECK(plain.index() == seed::RichText{}.index());
}

TEST_CASE("longs_fit_double keeps longs exact in a double, of both signs", "[arbitrary]") {
  random_source random(12);
  arbitrary_options options;
  options.longs_fit_double = true;
  constexpr std::int64_t double_exact = (std::int64_t{1} << 53) - 1;
  bool negative = false, beyond_32_bits = false;
  for (int i = 0; i < 500; ++i) {
    const auto call = arbitrary<seed::phone::confirmCall>(random, options);
    CHECK(call.key_fingerprint >= -double_exact);
    CHECK(call.key_fingerprint <= double_exact);
    negative |= call.key_fingerprint < 0;
    beyond_32_bits |= call.key_fingerprint > (std::int64_t{1} << 32);
  }
  CHECK(negative);
  CHECK(beyond_32_bits);
}

TEST_CASE("empty_optional_vectors = false: a present optional vector is never empty", "[arbitrary]") {
  random_source random(13);
  arbitrary_options options;
  options.empty_optional_vectors = false;
  options.optional_fields = presence::all;
  for (const std::uint32_t depth : {0u, 1u, 4u}) {  // also where vectors are otherwise empty
    options.max_depth = depth;
    for (int i = 0; i < 50; ++i) {
      const auto settings = arbitrary<seed::codeSettings>(random, options);
      if (settings.logout_tokens) CHECK_FALSE(settings.logout_tokens->empty());
      test_support::check_laws(settings);
    }
  }
  options.max_depth = 4;
  options.empty_optional_vectors = true;
  options.max_vector_size = 0;
  CHECK(arbitrary<seed::codeSettings>(random, options).logout_tokens->empty());
}
