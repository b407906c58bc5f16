// What encoding can report: inconsistent shared flag bits (every entry point), a fixed buffer
// that is too small (and nothing written past it), and encoded_size as a constant expression.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include <tlcodec/tlcodec.hpp>

#include "counting_allocator.hpp"
#include "error_printing.hpp"
#include "hex.hpp"
#include "seed_schema.hpp"

using tlcodec::errc;

namespace {

// The four ways to encode a value report the same error; encode_into() leaves no bytes behind
// (encode() has no value to look at).
template <class T>
void check_every_encoder_fails(const T& value, errc expected) {
  const auto encoded = tlcodec::encode(value);
  CHECK_FALSE(encoded.has_value());
  CHECK(encoded.error().code == expected);

  std::vector<std::byte> grown;
  tlcodec::vector_writer writer(grown);
  const tlcodec::error via_writer = tlcodec::encode_to(writer, value);
  CHECK(via_writer.code == expected);
  CHECK(writer.status() == via_writer);

  std::array<std::byte, 4096> buffer{};
  const auto via_span = tlcodec::encode_to(std::span<std::byte>(buffer), value);
  CHECK_FALSE(via_span.has_value());
  CHECK(via_span.error().code == expected);

  std::vector<std::byte> reused = test_support::from_hex("de ad be ef");
  const tlcodec::error via_into = tlcodec::encode_into(reused, value);
  CHECK(via_into.code == expected);
  CHECK(reused.empty());

  // All four name the same place.
  CHECK(via_writer == encoded.error());
  CHECK(via_span.error() == encoded.error());
  CHECK(via_into == encoded.error());
}

}  // namespace

TEST_CASE("fields sharing a flag bit must be all set or all unset: inconsistent_flags from every encoder",
          "[encode][flags]") {
  SECTION("token set, app_sandbox unset") {
    check_every_encoder_fails(seed::codeSettings{.token = "t"}, errc::inconsistent_flags);
  }
  SECTION("app_sandbox set, token unset") {
    check_every_encoder_fails(seed::codeSettings{.app_sandbox = true}, errc::inconsistent_flags);
    check_every_encoder_fails(seed::codeSettings{.app_sandbox = false}, errc::inconsistent_flags);
  }
  SECTION("inside an enclosing value") {
    check_every_encoder_fails(std::vector<seed::codeSettings>{{}, {.token = ""}}, errc::inconsistent_flags);
  }
  SECTION("both set or both unset is fine") {
    CHECK(tlcodec::encode(seed::codeSettings{.token = "t", .app_sandbox = true}).has_value());
    CHECK(tlcodec::encode(seed::codeSettings{.allow_flashcall = true}).has_value());
  }
}

TEST_CASE("encode_into clears a reused vector on error but keeps it on success", "[encode]") {
  std::vector<std::byte> out;
  REQUIRE_FALSE(tlcodec::encode_into(out, seed::rpc_error{.error_code = 1, .error_message = "x"}));
  CHECK(test_support::to_hex(out) ==
        "19ca4421010000000178"
        "0000");
  CHECK(tlcodec::encode_into(out, seed::codeSettings{.token = "t"}).code == errc::inconsistent_flags);
  CHECK(out.empty());
  REQUIRE_FALSE(tlcodec::encode_into(out, seed::textEmpty{}));
  CHECK(test_support::to_hex(out) == "4f823ddc");
}

// encode_into writes over the bytes the vector holds, then trims it; a value that does not fit
// is counted on that pass and written again into the vector resized to it.
TEST_CASE("encode_into gives encode()'s bytes whatever the vector held before", "[encode]") {
  const seed::rpc_error big{.error_code = 420, .error_message = std::string(300, 'w')};
  const seed::rpc_error small{.error_code = 1, .error_message = "FLOOD"};
  const auto big_bytes = tlcodec::encode(big).value();
  const auto small_bytes = tlcodec::encode(small).value();
  for (std::size_t held : {std::size_t{0}, std::size_t{3}, small_bytes.size() - 1, small_bytes.size(), std::size_t{17},
                           big_bytes.size() - 1, big_bytes.size(), std::size_t{4096}}) {
    INFO("the vector held " << held << " bytes");
    std::vector<std::byte> out(held, std::byte{0xa5});
    REQUIRE_FALSE(tlcodec::encode_into(out, big));
    CHECK(out == big_bytes);
    out.assign(held, std::byte{0xa5});
    REQUIRE_FALSE(tlcodec::encode_into(out, small));
    CHECK(out == small_bytes);
  }
}

TEST_CASE("encode_into into a vector that held a larger encoding allocates nothing", "[encode][allocation]") {
  const seed::rpc_error big{.error_code = 420, .error_message = std::string(300, 'w')};
  const seed::rpc_error small{.error_code = 1, .error_message = "FLOOD"};
  std::vector<std::byte> out;
  REQUIRE_FALSE(tlcodec::encode_into(out, big));
  REQUIRE_FALSE(tlcodec::encode_into(out, small));
  test_support::allocation_scope scope;
  const tlcodec::error again_small = tlcodec::encode_into(out, small);
  scope.stop();
  CHECK_FALSE(again_small);
  CHECK(scope.count() == 0);
  CHECK(out == tlcodec::encode(small).value());
}

namespace {
constexpr std::byte canary{0xa5};

// Encodes value into the first `room` bytes of a bigger buffer filled with a canary.
struct span_outcome {
  tlcodec::result<std::size_t> result;
  std::vector<std::byte> buffer;  // room bytes + 16 canary bytes past the span
};
template <class T>
span_outcome encode_into_span(const T& value, std::size_t room) {
  span_outcome out{{}, std::vector<std::byte>(room + 16, canary)};
  out.result = tlcodec::encode_to(std::span<std::byte>(out.buffer.data(), room), value);
  return out;
}
}  // namespace

TEST_CASE("a span too small gives buffer_overflow, offset = bytes written, nothing past the span", "[encode][span]") {
  const seed::phone::confirmCall call{
      .peer = {.id = 1, .access_hash = 2},
      .g_a = tlcodec::bytes::from_chars(std::string(256, 'g')),
      .key_fingerprint = 3,
      .protocol = {.udp_p2p = true, .min_layer = 65, .max_layer = 92, .library_versions = {"2.4.4", "11.0.0"}},
  };
  const std::vector<std::byte> expected = *tlcodec::encode(call);
  REQUIRE(expected.size() == tlcodec::encoded_size(call));

  for (std::size_t room = 0; room < expected.size(); ++room) {
    INFO("room for " << room << " of " << expected.size() << " bytes");
    const span_outcome out = encode_into_span(call, room);
    REQUIRE_FALSE(out.result.has_value());
    CHECK(out.result.error().code == errc::buffer_overflow);
    CHECK(out.result.error().constructor_id == 0);
    const std::size_t written = out.result.error().offset;
    CHECK(written <= room);
    // What was written is the start of the encoding; the rest of the span and everything past
    // it are untouched.
    CHECK(std::equal(out.buffer.begin(), out.buffer.begin() + static_cast<std::ptrdiff_t>(written), expected.begin()));
    CHECK(std::all_of(out.buffer.begin() + static_cast<std::ptrdiff_t>(written), out.buffer.end(),
                      [](std::byte b) { return b == canary; }));
  }
}

TEST_CASE("buffer_overflow offsets at known write boundaries", "[encode][span]") {
  // rpc_error 420 "FLOOD_WAIT_5": id (4) code (4) length (1) payload (12) padding (3) = 24.
  const seed::rpc_error value{.error_code = 420, .error_message = "FLOOD_WAIT_5"};
  CHECK(encode_into_span(value, 0).result.error() == tlcodec::error{errc::buffer_overflow, 0, 0});
  CHECK(encode_into_span(value, 3).result.error() == tlcodec::error{errc::buffer_overflow, 0, 0});
  CHECK(encode_into_span(value, 4).result.error() == tlcodec::error{errc::buffer_overflow, 4, 0});
  CHECK(encode_into_span(value, 8).result.error() == tlcodec::error{errc::buffer_overflow, 8, 0});
  // The string (length, payload, padding: 16 bytes) is written whole or not at all.
  CHECK(encode_into_span(value, 9).result.error() == tlcodec::error{errc::buffer_overflow, 8, 0});
  CHECK(encode_into_span(value, 23).result.error() == tlcodec::error{errc::buffer_overflow, 8, 0});
}

TEST_CASE("a span of exactly encoded_size() bytes succeeds, and a bigger one is filled only so far", "[encode][span]") {
  const seed::rpc_error value{.error_code = 420, .error_message = "FLOOD_WAIT_5"};
  const std::vector<std::byte> expected =
      test_support::from_hex("19 ca 44 21 a4 01 00 00 0c 46 4c 4f 4f 44 5f 57 41 49 54 5f 35 00 00 00");
  REQUIRE(tlcodec::encoded_size(value) == expected.size());

  const span_outcome exact = encode_into_span(value, expected.size());
  REQUIRE(exact.result.has_value());
  CHECK(*exact.result == expected.size());
  CHECK(std::equal(expected.begin(), expected.end(), exact.buffer.begin()));
  CHECK(std::all_of(exact.buffer.begin() + 24, exact.buffer.end(), [](std::byte b) { return b == canary; }));

  const span_outcome roomy = encode_into_span(value, 100);
  REQUIRE(roomy.result.has_value());
  CHECK(*roomy.result == expected.size());
  CHECK(std::equal(expected.begin(), expected.end(), roomy.buffer.begin()));
  CHECK(std::all_of(roomy.buffer.begin() + 24, roomy.buffer.end(), [](std::byte b) { return b == canary; }));
}

TEST_CASE("inconsistent flags in a span encode is reported even when the span is big enough", "[encode][span]") {
  const span_outcome out = encode_into_span(seed::codeSettings{.token = "t"}, 64);
  REQUIRE_FALSE(out.result.has_value());
  CHECK(out.result.error().code == errc::inconsistent_flags);
  // The first error wins: a span that is also too small reports whichever came first.
  const span_outcome tiny = encode_into_span(seed::codeSettings{.token = "t"}, 2);
  CHECK(tiny.result.error() == tlcodec::error{errc::buffer_overflow, 0, 0});
}

TEST_CASE("encoded_size is a constant expression for fixed-size values", "[encode][constexpr]") {
  // Fixed-size: scalars, and constructors whose generated tl_fixed_size says so.
  STATIC_REQUIRE(tlcodec::encoded_size(seed::inputPhoneCall{}) == 4 + 8 + 8);
  STATIC_REQUIRE(tlcodec::encoded_size(seed::inputPhoneCall{.id = -1, .access_hash = 7}) == 20);
  STATIC_REQUIRE(tlcodec::encoded_size(seed::future_salt{}) == 4 + 16);
  STATIC_REQUIRE(tlcodec::encoded_size(std::int32_t{5}) == 4);
  STATIC_REQUIRE(tlcodec::encoded_size(std::int64_t{5}) == 8);
  STATIC_REQUIRE(tlcodec::encoded_size(2.0) == 8);
  STATIC_REQUIRE(tlcodec::encoded_size(true) == 4);
  STATIC_REQUIRE(tlcodec::encoded_size(tlcodec::int128{}) == 16);
  STATIC_REQUIRE(tlcodec::encoded_size(tlcodec::int256{}) == 32);
  // And the constant is the size encode() really produces.
  CHECK(tlcodec::encode(seed::inputPhoneCall{.id = 1})->size() == tlcodec::encoded_size(seed::inputPhoneCall{}));
  CHECK(tlcodec::encode(seed::future_salt{})->size() == tlcodec::encoded_size(seed::future_salt{}));

  // rpc_error holds a std::string, so it is not fixed-size: its size is only known at run time.
  CHECK(tlcodec::encoded_size(seed::rpc_error{.error_code = 420, .error_message = "FLOOD_WAIT_5"}) == 24);
  CHECK(tlcodec::encoded_size(seed::rpc_error{}) == 12);
  // Flags make the size depend on the value.
  CHECK(tlcodec::encoded_size(seed::emojiStatus{.document_id = 1}) == 16);
  CHECK(tlcodec::encoded_size(seed::emojiStatus{.document_id = 1, .until = 2}) == 20);
  CHECK(tlcodec::encoded_size(seed::textEmpty{}) == 4);
  CHECK(tlcodec::encoded_size(seed::invokeWithLayer<seed::help::getConfig>{.layer = 198}) == 12);
}

TEST_CASE("strings longer than 2^24-1 bytes cannot be encoded: an error, not a corrupt length", "[encode][string]") {
  // §2: the maximum L is 2^24-1; the 3-byte length cannot say more. An encoder that wraps the
  // length writes bytes that decode to something else (or not at all).
  const std::string too_long(std::size_t{1} << 24, 'x');
  const auto encoded = tlcodec::encode(too_long);
  if (encoded.has_value()) {
    INFO("encoded to " << encoded->size() << " bytes starting "
                       << test_support::to_hex(std::vector(encoded->begin(), encoded->begin() + 4)));
    CHECK_FALSE(encoded.has_value());
    // Whatever it wrote does not even decode back to the string.
    const auto decoded = tlcodec::decode<std::string>(*encoded, {.strict = false});
    CHECK((decoded.has_value() && *decoded == too_long));
  }
  const std::string longest((std::size_t{1} << 24) - 1, 'x');
  const auto ok = tlcodec::encode(longest);
  REQUIRE(ok.has_value());
  CHECK(test_support::to_hex(std::vector(ok->begin(), ok->begin() + 4)) == "feffffff");
}
