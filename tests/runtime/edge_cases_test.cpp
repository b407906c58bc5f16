// Every decoder edge case of docs/tl-binary.md §10 that concerns the runtime (gzip and
// msg_container limits belong to the service layer). Each rejection is checked for its exact
// errc, offset (as documented next to each errc in tlcodec/error.hpp) and constructor id (the
// innermost constructor being decoded, 0 at top level), and for how much decoding allocated:
// at most input.size() + 64 bytes, and nothing at all where docs/tl-binary.md §10.4 says
// "before anything is allocated".
// The few cases whose valid prefix holds RichText values in memory (56 bytes each for a 4-byte
// id: a heap block per textBold level, a vector slot per textConcat element) state their own,
// larger bound next to the call. Allocation counts are exact with g++; clang may elide some
// std::allocator allocations, which only makes its counts smaller.
#include <catch2/catch.hpp>

#include <array>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <tlcodec/tlcodec.hpp>

#include "counting_allocator.hpp"
#include "error_printing.hpp"
#include "hex.hpp"
#include "seed_schema.hpp"
#include "wire_builder.hpp"

namespace {

using test_support::wire_builder;
using tlcodec::errc;
using tlcodec::error;

namespace ids {
constexpr std::uint32_t confirmCall = seed::phone::confirmCall::constructor_id;
constexpr std::uint32_t inputPhoneCall = seed::inputPhoneCall::constructor_id;
constexpr std::uint32_t phoneCallProtocol = seed::phoneCallProtocol::constructor_id;
constexpr std::uint32_t emojiStatus = seed::emojiStatus::constructor_id;
constexpr std::uint32_t codeSettings = seed::codeSettings::constructor_id;
constexpr std::uint32_t phoneConnection = seed::phoneConnection::constructor_id;
constexpr std::uint32_t textEmpty = seed::textEmpty::constructor_id;
constexpr std::uint32_t textPlain = seed::textPlain::constructor_id;
constexpr std::uint32_t textBold = seed::textBold::constructor_id;
constexpr std::uint32_t textUrl = seed::textUrl::constructor_id;
constexpr std::uint32_t textConcat = seed::textConcat::constructor_id;
constexpr std::uint32_t future_salts = seed::future_salts::constructor_id;
constexpr std::uint32_t rpc_error = seed::rpc_error::constructor_id;
constexpr std::uint32_t invokeWithLayer = 0xda9b0d0d;
constexpr std::uint32_t getConfig = seed::help::getConfig::constructor_id;
constexpr std::uint32_t vector = 0x1cb5c415;
constexpr std::uint32_t boolTrue = 0x997275b5;
constexpr std::uint32_t boolFalse = 0xbc799737;
}  // namespace ids

const tlcodec::decode_options strict{};
const tlcodec::decode_options lenient{.strict = false};

struct outcome {
  error err;
  std::size_t allocated_bytes = 0;
  std::size_t allocations = 0;
};

// Decodes input as one T (as tlcodec::decode does, building a fresh T) while counting allocations.
template <class T>
outcome decode_counting(const std::vector<std::byte>& input, const tlcodec::decode_options& options) {
  test_support::allocation_scope scope;
  const tlcodec::result<T> decoded = tlcodec::decode<T>(input, options);
  scope.stop();
  return {decoded.error(), scope.bytes(), scope.count()};
}

// What a default T allocates: decode builds one before reading (PhoneConnection's default
// alternative is heap-held), a constant that does not depend on the input.
template <class T>
std::size_t default_value_bytes() {
  test_support::allocation_scope scope;
  { [[maybe_unused]] const T value{}; }
  scope.stop();
  return scope.bytes();
}

// The default allocation bound for a rejected input: the input's size plus a little slack.
constexpr std::size_t input_bound = static_cast<std::size_t>(-1);

// Decoding input as T fails with exactly `expected` and allocates at most input.size() + 64
// bytes beyond a default T, or max_bytes where a case says why its valid prefix needs more (see
// the depth tests).
template <class T>
void check_rejected(std::string_view what, const std::vector<std::byte>& input, error expected,
                    const tlcodec::decode_options& options = strict, std::size_t max_bytes = input_bound) {
  INFO(what << (options.strict ? " (strict)" : " (lenient)") << " | input " << test_support::to_hex(input));
  const outcome got = decode_counting<T>(input, options);
  CHECK(got.err == expected);
  CHECK(got.allocated_bytes <= (max_bytes == input_bound ? input.size() + 64 + default_value_bytes<T>() : max_bytes));
}

// As check_rejected, and nothing at all was allocated (§10.4: "reject it before allocating").
template <class T>
void check_rejected_before_allocating(std::string_view what, const std::vector<std::byte>& input, error expected) {
  INFO(what << " | input " << test_support::to_hex(input));
  const outcome got = decode_counting<T>(input, strict);
  CHECK(got.err == expected);
  CHECK(got.allocations == 0);
  CHECK(got.allocated_bytes == 0);
}

// The same in strict and in lenient mode (rejections that no option relaxes).
template <class T>
void check_rejected_in_both_modes(std::string_view what, const std::vector<std::byte>& input, error expected,
                                  std::size_t max_bytes = input_bound) {
  check_rejected<T>(what, input, expected, strict, max_bytes);
  check_rejected<T>(what, input, expected, lenient, max_bytes);
}

// What a Vector<RichText> of n elements allocates when it is decoded from input that cannot
// back a larger reservation: it grows one element at a time (1, 2, 4, ... slots), since the
// decoder reserves no more slots than the remaining bytes could fill (detail/codec.hpp).
constexpr std::size_t grown_rich_text_vector(std::size_t n) {
  std::size_t total = 0;
  for (std::size_t capacity = 1; capacity < 2 * n; capacity *= 2) total += capacity * sizeof(seed::RichText);
  return total;
}

// rpc_error#2144ca19 error_code:int error_message:string, up to (not including) the string,
// which then starts at offset 8.
wire_builder rpc_error_head() { return std::move(wire_builder().id(ids::rpc_error).i32(420)); }

// phoneCallProtocol with min_layer 65 and max_layer 92, up to the library_versions vector
// (its id is at offset 16, its count at 20, its first element at 24).
wire_builder protocol_head() { return std::move(wire_builder().id(ids::phoneCallProtocol).u32(0).i32(65).i32(92)); }

// textBold × (levels - 1) around a textEmpty: `levels` constructors deep; the id of level k
// (1-based) is at offset 4 * (k - 1).
std::vector<std::byte> nested_bold(std::size_t levels) {
  wire_builder b;
  for (std::size_t i = 1; i < levels; ++i) b.id(ids::textBold);
  b.id(ids::textEmpty);
  return std::move(b).bytes();
}

// The same through textConcat's vector: each level is textConcat + vector id + count 1 (12
// bytes), the id of level k at offset 12 * (k - 1).
std::vector<std::byte> nested_concat(std::size_t levels) {
  wire_builder b;
  for (std::size_t i = 1; i < levels; ++i) b.id(ids::textConcat).id(ids::vector).i32(1);
  b.id(ids::textEmpty);
  return std::move(b).bytes();
}

// How many RichText constructors are nested in text (1 for a leaf), without recursion.
std::size_t depth_of(const seed::RichText& text) {
  std::size_t depth = 1;
  const seed::RichText* at = &text;
  for (;;) {
    if (const auto* bold = at->get_if<seed::textBold>()) {
      at = &*bold->text;
    } else if (const auto* concat = at->get_if<seed::textConcat>(); concat && !concat->texts.empty()) {
      at = &concat->texts.front();
    } else {
      return depth;
    }
    ++depth;
  }
}

// input decodes as a T that encodes back to exactly input; returns the T.
template <class T>
T check_reencodes(const std::vector<std::byte>& input) {
  INFO("input " << test_support::to_hex(input));
  const auto decoded = tlcodec::decode<T>(input);
  REQUIRE(decoded.has_value());
  const auto encoded = tlcodec::encode(*decoded);
  REQUIRE(encoded.has_value());
  CHECK(test_support::to_hex(*encoded) == test_support::to_hex(input));
  return *decoded;
}

}  // namespace

// ---- §10.1 truncation ----

TEST_CASE("§10.1 empty input is truncated at offset 0 for every kind of value", "[edge][truncation]") {
  const std::vector<std::byte> empty;
  const error expected{errc::truncated, 0, 0};
  check_rejected_in_both_modes<seed::phone::confirmCall>("constructor", empty, expected);
  check_rejected_in_both_modes<seed::RichText>("boxed type", empty, expected);
  check_rejected_in_both_modes<std::int32_t>("int", empty, expected);
  check_rejected_in_both_modes<std::int64_t>("long", empty, expected);
  check_rejected_in_both_modes<std::string>("string", empty, expected);
  check_rejected_in_both_modes<bool>("Bool", empty, expected);
  check_rejected_in_both_modes<std::vector<std::int64_t>>("Vector<long>", empty, expected);
}

TEST_CASE("§10.1 fewer than 4 bytes for a constructor id", "[edge][truncation]") {
  check_rejected_in_both_modes<seed::phone::confirmCall>("3 bytes of confirmCall's id",
                                                         test_support::from_hex("22 17 fe"), {errc::truncated, 0, 0});
  check_rejected_in_both_modes<seed::RichText>("3 bytes of textBold's id", test_support::from_hex("c4 ab 24"),
                                               {errc::truncated, 0, 0});
  check_rejected_in_both_modes<seed::phone::confirmCall>("3 bytes of the id of confirmCall.peer",
                                                         wire_builder().id(ids::confirmCall).hex("ed fd 36"),
                                                         {errc::truncated, 4, ids::confirmCall});
  check_rejected_in_both_modes<seed::RichText>("3 bytes of the id inside textBold",
                                               wire_builder().id(ids::textBold).hex("4f 82 3d"),
                                               {errc::truncated, 4, ids::textBold});
}

TEST_CASE("§10.1 an int or a long cut short inside a constructor", "[edge][truncation]") {
  check_rejected_in_both_modes<seed::rpc_error>("rpc_error.error_code: 2 of 4 bytes",
                                                wire_builder().id(ids::rpc_error).hex("a4 01"),
                                                {errc::truncated, 4, ids::rpc_error});
  // The innermost constructor names the error: inputPhoneCall, not confirmCall.
  check_rejected_in_both_modes<seed::phone::confirmCall>(
      "confirmCall.peer.id: 6 of 8 bytes",
      wire_builder().id(ids::confirmCall).id(ids::inputPhoneCall).hex("01 02 03 04 05 06"),
      {errc::truncated, 8, ids::inputPhoneCall});
  check_rejected_in_both_modes<seed::inputPhoneCall>(
      "inputPhoneCall.access_hash: 7 of 8 bytes",
      wire_builder().id(ids::inputPhoneCall).i64(1).hex("01 02 03 04 05 06 07"),
      {errc::truncated, 12, ids::inputPhoneCall});
  check_rejected_in_both_modes<seed::emojiStatus>("emojiStatus.until: flag bit set, field missing",
                                                  wire_builder().id(ids::emojiStatus).u32(1).i64(1),
                                                  {errc::truncated, 16, ids::emojiStatus});
  check_rejected_in_both_modes<seed::emojiStatus>("emojiStatus.until: 2 of 4 bytes",
                                                  wire_builder().id(ids::emojiStatus).u32(1).i64(1).hex("00 f1"),
                                                  {errc::truncated, 16, ids::emojiStatus});
  check_rejected_in_both_modes<seed::emojiStatus>("emojiStatus.flags: 1 of 4 bytes",
                                                  wire_builder().id(ids::emojiStatus).hex("01"),
                                                  {errc::truncated, 4, ids::emojiStatus});
}

TEST_CASE("§10.1 a string with no length byte", "[edge][truncation][string]") {
  check_rejected_in_both_modes<seed::rpc_error>("rpc_error ends before error_message", rpc_error_head(),
                                                {errc::truncated, 8, ids::rpc_error});
  check_rejected_in_both_modes<std::string>("top-level string", {}, {errc::truncated, 0, 0});
}

TEST_CASE("§10.1 an FE prefix without its 3 length bytes", "[edge][truncation][string]") {
  for (const char* tail : {"fe", "fe 00", "fe 00 01"}) {
    check_rejected_in_both_modes<seed::rpc_error>(tail, rpc_error_head().hex(tail),
                                                  {errc::truncated, 8, ids::rpc_error});
  }
}

TEST_CASE("§10.1 a declared string length past the end of the input", "[edge][truncation][string]") {
  check_rejected_in_both_modes<seed::rpc_error>(
      "short form: 5 declared, 3 present", rpc_error_head().hex("05 68 65 6c"), {errc::truncated, 8, ids::rpc_error});
  check_rejected_in_both_modes<seed::rpc_error>("long form: 256 declared, 100 present",
                                                rpc_error_head().hex("fe 00 01 00").zeros(100),
                                                {errc::truncated, 8, ids::rpc_error});
  // The largest length the prefix can declare must not allocate anything like it.
  check_rejected_in_both_modes<seed::rpc_error>("long form: 2^24-1 declared, 8 present",
                                                rpc_error_head().hex("fe ff ff ff").zeros(8),
                                                {errc::truncated, 8, ids::rpc_error});
}

TEST_CASE("§10.1 missing padding bytes", "[edge][truncation][string]") {
  check_rejected_in_both_modes<seed::rpc_error>("2 bytes of payload, padding missing", rpc_error_head().hex("02 61 62"),
                                                {errc::truncated, 8, ids::rpc_error});
  check_rejected_in_both_modes<seed::rpc_error>("5 bytes of payload, 1 of 2 padding bytes",
                                                rpc_error_head().hex("05 68 65 6c 6c 6f 00"),
                                                {errc::truncated, 8, ids::rpc_error});
  check_rejected_in_both_modes<seed::rpc_error>("5 bytes of payload, no padding",
                                                rpc_error_head().hex("05 68 65 6c 6c 6f"),
                                                {errc::truncated, 8, ids::rpc_error});
  check_rejected_in_both_modes<seed::rpc_error>("254 bytes of payload, no padding",
                                                rpc_error_head().hex("fe fe 00 00").fill(254, std::byte{'x'}),
                                                {errc::truncated, 8, ids::rpc_error});
}

TEST_CASE("§10.1 a truncated vector element", "[edge][truncation][vector]") {
  // library_versions:Vector<string> = ["a", <5 bytes declared, 3 present>]: the second
  // element starts at 28.
  check_rejected_in_both_modes<seed::phoneCallProtocol>(
      "Vector<string>, second element cut short", protocol_head().id(ids::vector).i32(2).str("a").hex("05 61 62 63"),
      {errc::truncated, 28, ids::phoneCallProtocol});
  // textConcat [textPlain "ab", textPlain <3 of 4 bytes>]: the second textPlain (at 20) holds
  // the string that starts at 24.
  check_rejected_in_both_modes<seed::RichText>("Vector<RichText>, second element cut short",
                                               wire_builder()
                                                   .id(ids::textConcat)
                                                   .id(ids::vector)
                                                   .i32(2)
                                                   .id(ids::textPlain)
                                                   .str("ab")
                                                   .id(ids::textPlain)
                                                   .hex("03 61 62"),
                                               {errc::truncated, 24, ids::textPlain}, grown_rich_text_vector(2) + 64);
  // Two elements need at least 8 bytes after the count: "ab" (8) + 2 bytes of an id.
  check_rejected_in_both_modes<seed::RichText>(
      "Vector<RichText>, second element's id cut short",
      wire_builder().id(ids::textConcat).id(ids::vector).i32(2).id(ids::textPlain).str("ab").hex("4f 82"),
      {errc::truncated, 20, ids::textConcat}, grown_rich_text_vector(2) + 64);
}

namespace test_types {
// Not in the seed: a constructor with a bare constructor as a field (`inner:%future_salt`), the
// only way a constructor can be decoded after an error without reading an id first.
struct outerWithBare {
  using tl_self = outerWithBare;
  static constexpr std::string_view tl_name = "outerWithBare";
  static constexpr std::string_view tl_signature = "outerWithBare x:int inner:future_salt = OuterWithBare";
  static constexpr std::uint32_t constructor_id = tlcodec::crc32(tl_signature);
  static constexpr std::array<std::string_view, 2> tl_field_names = {"x", "inner"};

  std::int32_t x{};
  seed::future_salt inner{};

  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.x, ::tlcodec::wire::boxed{});
    visit(self.inner, ::tlcodec::wire::bare{});
  }
  friend bool operator==(const tl_self&, const tl_self&) = default;
};
}  // namespace test_types

// error.hpp: constructor_id is "the id of the innermost constructor being decoded when it
// happened". read_fields (detail/read.hpp) calls note_constructor() as each constructor ends,
// and the first call after the error wins; a bare constructor decoded after the error (its
// reads failing fast) ends first and takes the blame. Latent: the pinned schemas have no
// bare-constructor field outside a vector, but the codec is generic.
TEST_CASE("the constructor id names the constructor where the error happened, not a bare one decoded after it",
          "[edge][truncation][constructor]") {
  constexpr std::uint32_t outer_id = test_types::outerWithBare::constructor_id;
  check_rejected_in_both_modes<test_types::outerWithBare>(
      "outerWithBare.x: 2 of 4 bytes", wire_builder().id(outer_id).hex("01 02"), {errc::truncated, 4, outer_id});
  // An error inside the bare field names it.
  check_rejected_in_both_modes<test_types::outerWithBare>("outerWithBare.inner.salt: 4 of 8 bytes",
                                                          wire_builder().id(outer_id).i32(1).i32(2).i32(3).i32(4),
                                                          {errc::truncated, 16, seed::future_salt::constructor_id});
}

// ---- §10.2 length prefixes ----

TEST_CASE("§10.2 an FE prefix with a length below 254 is non-canonical: rejected strict, accepted lenient",
          "[edge][string][strict]") {
  struct example {
    const char* what;
    std::vector<std::byte> tail;
    std::string payload;
  };
  const example examples[] = {
      {"L = 5", test_support::from_hex("fe 05 00 00 68 65 6c 6c 6f 00 00 00"), "hello"},
      {"L = 0", test_support::from_hex("fe 00 00 00"), ""},
      {"L = 253", wire_builder().hex("fe fd 00 00").fill(253, std::byte{'y'}).zeros(3), std::string(253, 'y')},
  };
  for (const example& e : examples) {
    const std::vector<std::byte> input = rpc_error_head().append(e.tail);
    check_rejected<seed::rpc_error>(e.what, input, {errc::non_canonical_length, 8, ids::rpc_error}, strict);

    INFO(e.what);
    const auto decoded = tlcodec::decode<seed::rpc_error>(input, lenient);
    REQUIRE(decoded.has_value());
    CHECK(decoded->error_code == 420);
    CHECK(decoded->error_message == e.payload);
  }
}

TEST_CASE("§10.2 an FE prefix with length 254 is canonical", "[edge][string][strict]") {
  const std::vector<std::byte> input = rpc_error_head().hex("fe fe 00 00").fill(254, std::byte{'z'}).zeros(2);
  const auto decoded = tlcodec::decode<seed::rpc_error>(input, strict);
  REQUIRE(decoded.has_value());
  CHECK(decoded->error_message == std::string(254, 'z'));
}

TEST_CASE("§10.2 a first length byte FF is rejected in both modes", "[edge][string]") {
  check_rejected_in_both_modes<seed::rpc_error>("ff 00 00 00", rpc_error_head().hex("ff 00 00 00"),
                                                {errc::invalid_length_prefix, 8, ids::rpc_error});
  check_rejected_in_both_modes<seed::rpc_error>("ff + 3 bytes + more", rpc_error_head().hex("ff 01 00 00 61 00 00 00"),
                                                {errc::invalid_length_prefix, 8, ids::rpc_error});
  check_rejected_in_both_modes<seed::phoneCallProtocol>(
      "second element of a Vector<string>", protocol_head().id(ids::vector).i32(2).str("a").hex("ff 00 00 00"),
      {errc::invalid_length_prefix, 28, ids::phoneCallProtocol});
  check_rejected_in_both_modes<std::string>("top-level string", test_support::from_hex("ff 00 00 00"),
                                            {errc::invalid_length_prefix, 0, 0});
}

// ---- §10.3 padding ----

TEST_CASE("§10.3 non-zero padding: rejected strict at the first non-zero padding byte, accepted lenient",
          "[edge][string][strict]") {
  struct example {
    const char* what;
    std::vector<std::byte> tail;  // the string, starting at offset 8
    std::size_t bad_offset;
    std::string payload;
  };
  const example examples[] = {
      {"ab + 01", test_support::from_hex("02 61 62 01"), 11, "ab"},
      {"a + 00 07", test_support::from_hex("01 61 00 07"), 11, "a"},
      {"a + 07 00", test_support::from_hex("01 61 07 00"), 10, "a"},
      {"empty + 00 00 01", test_support::from_hex("00 00 00 01"), 11, ""},
      {"empty + 01 00 00", test_support::from_hex("00 01 00 00"), 9, ""},
      {"254 bytes + 00 01", wire_builder().hex("fe fe 00 00").fill(254, std::byte{'x'}).hex("00 01"), 8 + 4 + 254 + 1,
       std::string(254, 'x')},
      {"254 bytes + 01 00", wire_builder().hex("fe fe 00 00").fill(254, std::byte{'x'}).hex("01 00"), 8 + 4 + 254,
       std::string(254, 'x')},
  };
  for (const example& e : examples) {
    const std::vector<std::byte> input = rpc_error_head().append(e.tail);
    check_rejected<seed::rpc_error>(e.what, input, {errc::nonzero_padding, e.bad_offset, ids::rpc_error}, strict);

    INFO(e.what);
    const auto decoded = tlcodec::decode<seed::rpc_error>(input, lenient);
    REQUIRE(decoded.has_value());
    CHECK(decoded->error_message == e.payload);
  }
}

TEST_CASE("§10.3 non-zero padding inside a vector element reports the absolute offset", "[edge][string][strict]") {
  // library_versions = ["a", "bc" + padding 05]: the second string starts at 28, its padding at 31.
  const std::vector<std::byte> input = protocol_head().id(ids::vector).i32(2).str("a").hex("02 62 63 05");
  check_rejected<seed::phoneCallProtocol>("Vector<string>", input, {errc::nonzero_padding, 31, ids::phoneCallProtocol});
  const auto decoded = tlcodec::decode<seed::phoneCallProtocol>(input, lenient);
  REQUIRE(decoded.has_value());
  CHECK(decoded->library_versions == std::vector<std::string>{"a", "bc"});
}

// ---- §10.4 vector counts ----

namespace {
// The counts that must be rejected when `elements_present` elements follow the count.
std::vector<std::int32_t> bad_counts(std::int32_t elements_present) {
  return {-1, -2, INT32_MIN, INT32_MAX, elements_present + 1, elements_present + 1000};
}
}  // namespace

TEST_CASE("§10.4 Vector<long>: bad counts are rejected before allocating", "[edge][vector][allocation]") {
  for (std::int32_t count : bad_counts(3)) {
    const std::vector<std::byte> input = wire_builder().id(ids::vector).i32(count).i64(1).i64(2).i64(3);
    check_rejected_before_allocating<std::vector<std::int64_t>>("count " + std::to_string(count), input,
                                                                {errc::invalid_count, 4, 0});
  }
  // 28 bytes left: room for 3 longs, not 4.
  check_rejected_before_allocating<std::vector<std::int64_t>>(
      "count 4 with 28 bytes left", wire_builder().id(ids::vector).i32(4).i64(1).i64(2).i64(3).u32(0),
      {errc::invalid_count, 4, 0});
  // The exact count is fine.
  const auto exact =
      tlcodec::decode<std::vector<std::int64_t>>(wire_builder().id(ids::vector).i32(3).i64(1).i64(2).i64(3).bytes());
  REQUIRE(exact.has_value());
  CHECK(*exact == std::vector<std::int64_t>{1, 2, 3});
}

TEST_CASE("§10.4 Vector<string>: bad counts are rejected before allocating", "[edge][vector][allocation]") {
  for (std::int32_t count : bad_counts(3)) {
    const std::vector<std::byte> input = protocol_head().id(ids::vector).i32(count).str("a").str("b").str("c");
    check_rejected_before_allocating<seed::phoneCallProtocol>("count " + std::to_string(count), input,
                                                              {errc::invalid_count, 20, ids::phoneCallProtocol});
    const std::vector<std::byte> top = wire_builder().id(ids::vector).i32(count).str("a").str("b").str("c");
    check_rejected_before_allocating<std::vector<std::string>>("top level, count " + std::to_string(count), top,
                                                               {errc::invalid_count, 4, 0});
  }
  const auto exact = tlcodec::decode<seed::phoneCallProtocol>(
      protocol_head().id(ids::vector).i32(3).str("a").str("b").str("c").bytes());
  REQUIRE(exact.has_value());
  CHECK(exact->library_versions == std::vector<std::string>{"a", "b", "c"});
}

TEST_CASE("§10.4 Vector<RichText>: bad counts are rejected before allocating", "[edge][vector][allocation]") {
  for (std::int32_t count : bad_counts(3)) {
    const std::vector<std::byte> input = wire_builder()
                                             .id(ids::textConcat)
                                             .id(ids::vector)
                                             .i32(count)
                                             .id(ids::textEmpty)
                                             .id(ids::textEmpty)
                                             .id(ids::textEmpty);
    check_rejected_before_allocating<seed::RichText>("count " + std::to_string(count), input,
                                                     {errc::invalid_count, 8, ids::textConcat});
  }
  const auto exact = tlcodec::decode<seed::RichText>(wire_builder()
                                                         .id(ids::textConcat)
                                                         .id(ids::vector)
                                                         .i32(3)
                                                         .id(ids::textEmpty)
                                                         .id(ids::textEmpty)
                                                         .id(ids::textEmpty)
                                                         .bytes());
  REQUIRE(exact.has_value());
  REQUIRE(exact->holds<seed::textConcat>());
  CHECK(exact->get_if<seed::textConcat>()->texts.size() == 3);
}

TEST_CASE("§10.4 bare vector<future_salt>: bad counts are rejected before allocating", "[edge][vector][allocation]") {
  // future_salts#ae500895 req_msg_id:long now:int salts:vector<future_salt>: the count is at 16,
  // and each bare future_salt (int, int, long) takes 16 bytes, so 2 elements leave no room for 3.
  const auto salts = [](std::int32_t count) {
    return wire_builder().id(ids::future_salts).i64(1).i32(2).i32(count).i32(3).i32(4).i64(5).i32(6).i32(7).i64(8);
  };
  for (std::int32_t count : bad_counts(2)) {
    check_rejected_before_allocating<seed::future_salts>("count " + std::to_string(count), salts(count),
                                                         {errc::invalid_count, 16, ids::future_salts});
  }
  const auto exact = tlcodec::decode<seed::future_salts>(salts(2).bytes());
  REQUIRE(exact.has_value());
  REQUIRE(exact->salts.size() == 2);
  CHECK(exact->salts[1].salt == 8);
}

// ---- §10.5 vector and Bool ids ----

TEST_CASE("§10.5 a boxed vector whose id is not 15 c4 b5 1c", "[edge][vector]") {
  check_rejected_in_both_modes<std::vector<std::int64_t>>("top-level Vector<long>, id off by one",
                                                          wire_builder().id(ids::vector + 1).i32(0),
                                                          {errc::invalid_vector_id, 0, 0});
  check_rejected_in_both_modes<std::vector<std::int64_t>>("top-level Vector<long>, boolTrue's id",
                                                          wire_builder().id(ids::boolTrue).i32(0),
                                                          {errc::invalid_vector_id, 0, 0});
  check_rejected_in_both_modes<seed::phoneCallProtocol>("phoneCallProtocol.library_versions",
                                                        protocol_head().id(ids::textEmpty).i32(0),
                                                        {errc::invalid_vector_id, 16, ids::phoneCallProtocol});
  check_rejected_in_both_modes<seed::RichText>("textConcat.texts",
                                               wire_builder().id(ids::textConcat).id(ids::textEmpty).i32(0),
                                               {errc::invalid_vector_id, 4, ids::textConcat});
  check_rejected_in_both_modes<seed::codeSettings>("codeSettings.logout_tokens (flags.6)",
                                                   wire_builder().id(ids::codeSettings).u32(1u << 6).id(0).i32(0),
                                                   {errc::invalid_vector_id, 8, ids::codeSettings});
}

TEST_CASE("§10.5 a Bool whose id is neither boolTrue nor boolFalse", "[edge][bool]") {
  for (std::uint32_t id : {0u, ids::boolTrue + 1, ids::boolFalse - 1, ids::vector, 0xffffffffu}) {
    check_rejected_in_both_modes<bool>("top-level Bool", wire_builder().id(id), {errc::invalid_bool_id, 0, 0});
    // codeSettings with bit 8: token "" (8..12), app_sandbox (12).
    check_rejected_in_both_modes<seed::codeSettings>("codeSettings.app_sandbox",
                                                     wire_builder().id(ids::codeSettings).u32(1u << 8).str("").id(id),
                                                     {errc::invalid_bool_id, 12, ids::codeSettings});
    check_rejected_in_both_modes<std::vector<bool>>("second element of a Vector<Bool>",
                                                    wire_builder().id(ids::vector).i32(2).id(ids::boolTrue).id(id),
                                                    {errc::invalid_bool_id, 12, 0});
  }
}

// ---- §10.6 unknown constructors ----

TEST_CASE("§10.6 an id that is not a constructor of the expected boxed type", "[edge][constructor]") {
  check_rejected_in_both_modes<seed::RichText>("top-level RichText holding phoneConnection's id",
                                               wire_builder().id(ids::phoneConnection).u32(0).i64(1),
                                               {errc::unexpected_constructor, 0, 0});
  check_rejected_in_both_modes<seed::PhoneConnection>("top-level PhoneConnection holding textEmpty's id",
                                                      wire_builder().id(ids::textEmpty),
                                                      {errc::unexpected_constructor, 0, 0});
  check_rejected_in_both_modes<seed::RichText>("textBold.text holding phoneConnection's id",
                                               wire_builder().id(ids::textBold).id(ids::phoneConnection).u32(0),
                                               {errc::unexpected_constructor, 4, ids::textBold});
  check_rejected_in_both_modes<seed::RichText>("textUrl.text holding confirmCall's id",
                                               wire_builder().id(ids::textUrl).id(ids::confirmCall).str("u").i64(1),
                                               {errc::unexpected_constructor, 4, ids::textUrl});
  check_rejected_in_both_modes<seed::RichText>(
      "second element of textConcat.texts holding phoneConnection's id",
      wire_builder().id(ids::textConcat).id(ids::vector).i32(2).id(ids::textEmpty).id(ids::phoneConnection).u32(0),
      {errc::unexpected_constructor, 16, ids::textConcat}, grown_rich_text_vector(2) + 64);
}

TEST_CASE("§10.6 a wrong id for a field whose type has a single constructor", "[edge][constructor]") {
  check_rejected_in_both_modes<seed::phone::confirmCall>(
      "confirmCall.peer holding phoneConnection's id",
      wire_builder().id(ids::confirmCall).id(ids::phoneConnection).i64(1).i64(2),
      {errc::unexpected_constructor, 4, ids::confirmCall});
  // peer 4..24 (id, id:long, access_hash:long), g_a "" 24..28, key_fingerprint 28..36,
  // protocol's id at 36.
  check_rejected_in_both_modes<seed::phone::confirmCall>("confirmCall.protocol holding inputPhoneCall's id",
                                                         wire_builder()
                                                             .id(ids::confirmCall)
                                                             .id(ids::inputPhoneCall)
                                                             .i64(1)
                                                             .i64(2)
                                                             .str("")
                                                             .i64(3)
                                                             .id(ids::inputPhoneCall)
                                                             .u32(0),
                                                         {errc::unexpected_constructor, 36, ids::confirmCall});
  check_rejected_in_both_modes<seed::phone::confirmCall>("a top-level confirmCall that starts with another id",
                                                         wire_builder().id(ids::inputPhoneCall).i64(1).i64(2),
                                                         {errc::unexpected_constructor, 0, 0});
  check_rejected_in_both_modes<seed::invokeWithLayer<seed::phone::confirmCall>>(
      "invokeWithLayer<confirmCall>.query holding help.getConfig's id",
      wire_builder().id(ids::invokeWithLayer).i32(198).id(ids::getConfig),
      {errc::unexpected_constructor, 8, ids::invokeWithLayer});
}

// ---- §10.7 depth ----

TEST_CASE("§10.7 RichText 64 constructors deep decodes with the default max_depth", "[edge][depth]") {
  REQUIRE(tlcodec::decode_options{}.max_depth == 64);
  const auto decoded = tlcodec::decode<seed::RichText>(nested_bold(64));
  REQUIRE(decoded.has_value());
  CHECK(depth_of(*decoded) == 64);
  CHECK(*tlcodec::encode(*decoded) == nested_bold(64));
}

TEST_CASE("§10.7 RichText 65 deep fails with depth_exceeded at the id that went too deep", "[edge][depth]") {
  // Level 65 (the textEmpty) starts at 64 * 4; the innermost constructor being decoded is the
  // 64th textBold.
  const std::vector<std::byte> input = nested_bold(65);
  const outcome got = decode_counting<seed::RichText>(input, strict);
  CHECK(got.err == error{errc::depth_exceeded, 256, ids::textBold});
  // Each accepted level holds its child in memory: an indirect (textBold) or a one-element
  // vector (textConcat), one RichText each. That is more than input.size() + 64 (sizeof(RichText)
  // is 56 bytes for a 4-byte id), but bounded by the depth limit, whatever the input's size.
  CHECK(got.allocated_bytes <= 64 * sizeof(seed::RichText) + 64);
  check_rejected_in_both_modes<seed::RichText>("through textConcat's vector", nested_concat(65),
                                               {errc::depth_exceeded, 12 * 64, ids::textConcat},
                                               64 * sizeof(seed::RichText) + 64);
}

TEST_CASE("§10.7 a custom max_depth is honoured both ways", "[edge][depth]") {
  const tlcodec::decode_options three{.max_depth = 3};
  CHECK(tlcodec::decode<seed::RichText>(nested_bold(3), three).has_value());
  check_rejected<seed::RichText>("4 levels, max_depth 3", nested_bold(4), {errc::depth_exceeded, 12, ids::textBold},
                                 three, 3 * sizeof(seed::RichText) + 64);

  const tlcodec::decode_options one{.max_depth = 1};
  CHECK(tlcodec::decode<seed::RichText>(nested_bold(1), one).has_value());
  check_rejected<seed::RichText>("2 levels, max_depth 1", nested_bold(2), {errc::depth_exceeded, 4, ids::textBold},
                                 one);
  // Every constructor counts, not only those of recursive types.
  check_rejected<seed::phone::confirmCall>("confirmCall.peer, max_depth 1",
                                           wire_builder().id(ids::confirmCall).id(ids::inputPhoneCall).i64(1).i64(2),
                                           {errc::depth_exceeded, 4, ids::confirmCall}, one);

  const tlcodec::decode_options deep{.max_depth = 200};
  const auto decoded = tlcodec::decode<seed::RichText>(nested_bold(150), deep);
  REQUIRE(decoded.has_value());
  CHECK(depth_of(*decoded) == 150);
  check_rejected<seed::RichText>("201 levels, max_depth 200", nested_bold(201),
                                 {errc::depth_exceeded, 800, ids::textBold}, deep, 200 * sizeof(seed::RichText) + 64);
}

TEST_CASE("§10.7 100000 levels of nesting fail cleanly, without recursing that deep", "[edge][depth][allocation]") {
  // Built as bytes: an object this deep could not even be destroyed without recursing.
  check_rejected_in_both_modes<seed::RichText>("textBold", nested_bold(100000),
                                               {errc::depth_exceeded, 256, ids::textBold});
  check_rejected_in_both_modes<seed::RichText>("textConcat", nested_concat(100000),
                                               {errc::depth_exceeded, 12 * 64, ids::textConcat});
}

// ---- §10.8 trailing bytes ----

TEST_CASE("§10.8 bytes after a top-level object: rejected strict at the first extra byte, accepted lenient",
          "[edge][strict]") {
  const seed::rpc_error value{.error_code = 420, .error_message = "FLOOD_WAIT_5"};
  const std::vector<std::byte> encoded = *tlcodec::encode(value);
  REQUIRE(encoded.size() == 24);
  for (const char* extra : {"00", "00 00 00 00", "01 02 03 04 05 06 07 08 09"}) {
    const std::vector<std::byte> input = wire_builder().append(encoded).hex(extra);
    check_rejected<seed::rpc_error>(extra, input, {errc::trailing_bytes, 24, 0}, strict);

    INFO(extra);
    const auto decoded = tlcodec::decode<seed::rpc_error>(input, lenient);
    REQUIRE(decoded.has_value());
    CHECK(*decoded == value);
  }
  check_rejected<std::vector<std::int64_t>>("after a Vector<long>", wire_builder().id(ids::vector).i32(1).i64(7).i64(8),
                                            {errc::trailing_bytes, 16, 0});
  check_rejected<seed::RichText>("after a RichText", wire_builder().id(ids::textEmpty).id(ids::textEmpty),
                                 {errc::trailing_bytes, 4, 0});
}

TEST_CASE("§10.8 decode_from reads one object and leaves the reader after it", "[edge][strict]") {
  const std::vector<std::byte> input = wire_builder().id(ids::textEmpty).id(ids::textPlain).str("hi");
  const tlcodec::decode_options options;  // an lvalue: see the next test
  tlcodec::span_reader reader(input, options);
  seed::RichText first, second;
  tlcodec::decode_from(reader, first);
  CHECK(reader.offset() == 4);
  tlcodec::decode_from(reader, second);
  CHECK_FALSE(reader.failed());
  CHECK(reader.remaining() == 0);
  CHECK(first.holds<seed::textEmpty>());
  REQUIRE(second.holds<seed::textPlain>());
  CHECK(second.get_if<seed::textPlain>()->text == "hi");
}

namespace {
// A reader made the way `tlcodec::span_reader reader(input);` makes one: with the default
// argument of its options parameter. Not inlined, so that its frame is really gone on return.
[[gnu::noinline]] tlcodec::span_reader reader_with_default_options(std::span<const std::byte> input) {
  return tlcodec::span_reader(input);
}
// Reuses the stack where the frame above was, as any later call would.
[[gnu::noinline]] std::uint32_t use_the_stack(std::byte fill) {
  volatile std::byte scratch[512];
  for (auto& b : scratch) b = fill;
  return std::to_integer<std::uint32_t>(scratch[fill == std::byte{0} ? 1 : 2]);
}
}  // namespace

// span_reader's constructor takes `const decode_options& options = {}` and keeps &options: with
// the default argument, that is the address of a temporary destroyed at the end of the
// declaration, so options(), enter() (max_depth) and the strict checks read a dead object
// (ASan: stack-use-after-scope in span_reader::enter()). A reader built without options must
// behave as with decode_options{}.
TEST_CASE("a span_reader built without options uses the default options", "[edge][reader]") {
  const std::vector<std::byte> input = nested_bold(3);
  tlcodec::span_reader reader = reader_with_default_options(input);
  CHECK(use_the_stack(std::byte{0xab}) == 0xab);
  CHECK(reader.options().max_depth == 64);
  seed::RichText text;
  tlcodec::decode_from(reader, text);
  CHECK_FALSE(reader.failed());
  CHECK(depth_of(text) == 3);
}

// ---- §10.9 flags ----

TEST_CASE("§10.9 unknown flag bits are accepted and kept: decode -> encode is byte-exact", "[edge][flags]") {
  // codeSettings uses bits 0, 1, 4..9: bits 2, 3 and 31 are nobody's.
  const std::vector<std::byte> settings_input = wire_builder().id(ids::codeSettings).u32(0x8000000du);
  const auto settings = check_reencodes<seed::codeSettings>(settings_input);
  CHECK(settings.allow_flashcall);
  CHECK_FALSE(settings.current_number);
  CHECK(settings.flags.bits == 0x8000000cu);

  const std::vector<std::byte> connection_input =
      wire_builder().id(ids::phoneConnection).u32(0xfffffffeu).i64(1).str("1.2.3.4").str("").i32(443).str("tag");
  const auto connection = check_reencodes<seed::PhoneConnection>(connection_input);
  REQUIRE(connection.holds<seed::phoneConnection>());
  CHECK_FALSE(connection.get_if<seed::phoneConnection>()->tcp);
  CHECK(connection.get_if<seed::phoneConnection>()->flags.bits == 0xfffffffeu);

  const std::vector<std::byte> status_input = wire_builder().id(ids::emojiStatus).u32(1u << 30).i64(5);
  const auto status = check_reencodes<seed::emojiStatus>(status_input);
  CHECK_FALSE(status.until.has_value());
  CHECK(status.flags.bits == 1u << 30);

  // A nested constructor keeps its own unknown bits.
  const std::vector<std::byte> call_input = wire_builder()
                                                .id(ids::confirmCall)
                                                .id(ids::inputPhoneCall)
                                                .i64(1)
                                                .i64(2)
                                                .str("ga")
                                                .i64(3)
                                                .id(ids::phoneCallProtocol)
                                                .u32(0x5u)
                                                .i32(65)
                                                .i32(92)
                                                .id(ids::vector)
                                                .i32(0);
  const auto call = check_reencodes<seed::phone::confirmCall>(call_input);
  CHECK(call.protocol.udp_p2p);
  CHECK_FALSE(call.protocol.udp_reflector);
  CHECK(call.protocol.flags.bits == 0x4u);
}

TEST_CASE("§5/§10.9 one flag bit shared by two fields: bit 8 of codeSettings decodes token and app_sandbox",
          "[edge][flags]") {
  const std::vector<std::byte> input = wire_builder().id(ids::codeSettings).u32(1u << 8).str("ok").id(ids::boolTrue);
  const auto decoded = tlcodec::decode<seed::codeSettings>(input);
  REQUIRE(decoded.has_value());
  CHECK(decoded->token == "ok");
  CHECK(decoded->app_sandbox == true);
  CHECK(decoded->flags.bits == 0);
  CHECK(*tlcodec::encode(*decoded) == input);

  // With unknown bits around it too.
  const std::vector<std::byte> with_unknown =
      wire_builder().id(ids::codeSettings).u32((1u << 8) | (1u << 20)).str("").id(ids::boolFalse);
  const auto other = tlcodec::decode<seed::codeSettings>(with_unknown);
  REQUIRE(other.has_value());
  CHECK(other->token == "");
  CHECK(other->app_sandbox == false);
  CHECK(other->flags.bits == 1u << 20);
  CHECK(*tlcodec::encode(*other) == with_unknown);
}
