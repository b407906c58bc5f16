// The laws (decode(encode(x)) == x, encoded_size(x) == encode(x).size(), byte-exact re-encode)
// for a varied set of values of every seed type, and decode_into reusing an object that held
// other data giving exactly what a fresh decode gives.
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <vector>

#include <tlcodec/tlcodec.hpp>

#include "error_printing.hpp"
#include "laws.hpp"
#include "seed_schema.hpp"

using test_support::check_laws;

namespace {

// n bytes cycling through every byte value (NUL, 0xFE and 0xFF included), shifted by `salt`.
std::string text_of(std::size_t n, unsigned salt = 0) {
  std::string out(n, '\0');
  for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<char>((i * 7 + salt) & 0xff);
  return out;
}
tlcodec::bytes bytes_of(std::size_t n, unsigned salt = 0) { return tlcodec::bytes::from_chars(text_of(n, salt)); }

// The lengths around every boundary of the string encoding (§2): padding 0..3, the last short
// length (253), the first long ones (254, 255), a 16-bit length and more.
const std::size_t string_lengths[] = {0,   1,   2,   3,   4,   5,   7,    8,     15,    16,
                                      252, 253, 254, 255, 256, 257, 1000, 65535, 65536, 65537};

seed::RichText plain(std::string text) { return seed::textPlain{.text = std::move(text)}; }

seed::RichText bold(seed::RichText inner) { return seed::textBold{.text = std::move(inner)}; }

// textBold × (levels - 1) around a textPlain: `levels` constructors deep.
seed::RichText nested_bold(std::size_t levels) {
  seed::RichText text = plain("core");
  for (std::size_t i = 1; i < levels; ++i) text = bold(std::move(text));
  return text;
}

// A textConcat of n elements cycling through every RichText constructor.
seed::RichText mixed_concat(std::size_t n, unsigned salt = 0) {
  seed::textConcat concat;
  for (std::size_t i = 0; i < n; ++i) {
    switch ((i + salt) % 5) {
      case 0: concat.texts.push_back(seed::textEmpty{}); break;
      case 1: concat.texts.push_back(plain(text_of(i % 300, salt))); break;
      case 2: concat.texts.push_back(bold(plain("b" + std::to_string(i)))); break;
      case 3:
        concat.texts.push_back(seed::textUrl{.text = plain("link"),
                                             .url = "https://t.me/" + std::to_string(i),
                                             .webpage_id = static_cast<std::int64_t>(i) * -7919});
        break;
      default: concat.texts.push_back(seed::textConcat{.texts = {plain("x"), seed::textEmpty{}}}); break;
    }
  }
  return concat;
}

seed::phone::confirmCall full_call(std::size_t g_a_size, std::size_t versions) {
  seed::phone::confirmCall call{
      .peer = {.id = std::numeric_limits<std::int64_t>::max(), .access_hash = std::numeric_limits<std::int64_t>::min()},
      .g_a = bytes_of(g_a_size, 3),
      .key_fingerprint = -1,
      .protocol = {.flags = {0x80000004u}, .udp_p2p = true, .udp_reflector = true, .min_layer = 65, .max_layer = 92},
  };
  for (std::size_t i = 0; i < versions; ++i) call.protocol.library_versions.push_back(text_of(i % 260, 1));
  return call;
}

seed::codeSettings full_settings() {
  return {.flags = {0x0000000cu},
          .allow_flashcall = true,
          .current_number = true,
          .allow_app_hash = true,
          .allow_missed_call = true,
          .allow_firebase = true,
          .unknown_number = true,
          .logout_tokens = std::vector<tlcodec::bytes>{bytes_of(0), bytes_of(1), bytes_of(254), bytes_of(16, 9)},
          .token = text_of(300),
          .app_sandbox = true};
}

}  // namespace

TEST_CASE("laws: inputPhoneCall, including the extreme longs", "[laws]") {
  check_laws(seed::inputPhoneCall{});
  check_laws(seed::inputPhoneCall{.id = 1, .access_hash = -1});
  check_laws(seed::inputPhoneCall{.id = std::numeric_limits<std::int64_t>::min(),
                                  .access_hash = std::numeric_limits<std::int64_t>::max()});
}

TEST_CASE("laws: phoneCallProtocol with and without its ?true flags, unknown bits, versions", "[laws]") {
  check_laws(seed::phoneCallProtocol{});
  check_laws(seed::phoneCallProtocol{.udp_p2p = true});
  check_laws(seed::phoneCallProtocol{.udp_reflector = true});
  check_laws(seed::phoneCallProtocol{.flags = {0xfffffffcu},
                                     .udp_p2p = true,
                                     .udp_reflector = true,
                                     .min_layer = std::numeric_limits<std::int32_t>::min(),
                                     .max_layer = std::numeric_limits<std::int32_t>::max(),
                                     .library_versions = {"2.4.4", "11.0.0", "", text_of(254)}});
}

TEST_CASE("laws: phone.confirmCall, empty and full, g_a at every length boundary", "[laws]") {
  check_laws(seed::phone::confirmCall{});
  check_laws(full_call(256, 2));  // the real DH size: fe 00 01 00 + 256 bytes, no padding
  for (std::size_t size : string_lengths) {
    INFO("g_a of " << size << " bytes");
    check_laws(full_call(size, size % 4));
  }
  check_laws(full_call(0, 1000));  // a big Vector<string>
}

TEST_CASE("laws: strings and bytes at every length boundary (253, 254, 255, 65536...)", "[laws][string]") {
  for (std::size_t size : string_lengths) {
    INFO(size << " bytes");
    check_laws(text_of(size));
    check_laws(bytes_of(size));
    check_laws(seed::rpc_error{.error_code = static_cast<std::int32_t>(size), .error_message = text_of(size, 5)});
  }
  // The longest string the prefix can express, 2^24 - 1 bytes.
  check_laws(std::string((std::size_t{1} << 24) - 1, 'L'));
}

TEST_CASE("laws: emojiStatus with until absent, zero, negative, and unknown bits", "[laws][flags]") {
  check_laws(seed::emojiStatus{});
  check_laws(seed::emojiStatus{.document_id = 1, .until = 1700000000});
  check_laws(seed::emojiStatus{.document_id = -1, .until = 0});
  check_laws(seed::emojiStatus{.document_id = 5, .until = -1});
  check_laws(seed::emojiStatus{.flags = {0xfffffffeu}, .document_id = 5});
  check_laws(seed::emojiStatus{.flags = {0x80000000u}, .document_id = 5, .until = 7});
}

TEST_CASE("laws: codeSettings, empty, each flag alone, everything, an empty present vector", "[laws][flags]") {
  check_laws(seed::codeSettings{});
  check_laws(seed::codeSettings{.allow_flashcall = true});
  check_laws(seed::codeSettings{.current_number = true});
  check_laws(seed::codeSettings{.allow_app_hash = true});
  check_laws(seed::codeSettings{.allow_missed_call = true});
  check_laws(seed::codeSettings{.allow_firebase = true});
  check_laws(seed::codeSettings{.unknown_number = true});
  check_laws(seed::codeSettings{.logout_tokens = std::vector<tlcodec::bytes>{}});
  check_laws(seed::codeSettings{.token = "", .app_sandbox = false});
  check_laws(seed::codeSettings{.token = "t", .app_sandbox = true});
  check_laws(full_settings());
  check_laws(seed::codeSettings{.flags = {0x0000000cu}});
}

TEST_CASE("laws: each PhoneConnection alternative", "[laws][variant]") {
  check_laws(seed::PhoneConnection{});
  check_laws(seed::PhoneConnection{seed::phoneConnection{}});
  check_laws(seed::PhoneConnection{seed::phoneConnectionWebrtc{}});
  check_laws(seed::PhoneConnection{seed::phoneConnection{.tcp = true,
                                                         .id = 42,
                                                         .ip = "149.154.167.51",
                                                         .ipv6 = "2001:67c:4e8:f004::a",
                                                         .port = 443,
                                                         .peer_tag = bytes_of(16)}});
  check_laws(seed::PhoneConnection{seed::phoneConnectionWebrtc{.flags = {0x40000000u},
                                                               .turn = true,
                                                               .stun = true,
                                                               .id = -3,
                                                               .ip = text_of(255),
                                                               .ipv6 = "",
                                                               .port = 3478,
                                                               .username = text_of(254),
                                                               .password = text_of(253)}});
  check_laws(seed::PhoneConnection{seed::phoneConnectionWebrtc{.stun = true}});
  // The constructors themselves, boxed on their own.
  check_laws(seed::phoneConnection{.port = 1});
  check_laws(seed::phoneConnectionWebrtc{.turn = true});
}

TEST_CASE("laws: RichText, every constructor, big and deep", "[laws][variant][recursive]") {
  check_laws(seed::RichText{});
  check_laws(seed::RichText{seed::textEmpty{}});
  check_laws(plain(""));
  check_laws(plain(text_of(65536)));
  check_laws(bold(seed::textEmpty{}));
  check_laws(seed::RichText{seed::textUrl{.text = bold(plain("a")), .url = "https://example.org", .webpage_id = 1}});
  check_laws(seed::RichText{seed::textConcat{}});
  check_laws(mixed_concat(10));
  check_laws(mixed_concat(5000, 2));
  // As deep as default decode_options allow (64 constructors), and a mix of recursive edges.
  check_laws(nested_bold(64));
  seed::RichText mixed = plain("leaf");
  for (int i = 0; i < 20; ++i) {
    mixed = i % 3 == 0   ? bold(std::move(mixed))
            : i % 3 == 1 ? seed::RichText{seed::textConcat{.texts = {seed::textEmpty{}, std::move(mixed), plain("z")}}}
                         : seed::RichText{seed::textUrl{.text = std::move(mixed), .url = "u", .webpage_id = i}};
  }
  check_laws(mixed);
  // The constructors themselves, boxed on their own.
  check_laws(seed::textEmpty{});
  check_laws(seed::textBold{.text = mixed_concat(3)});
  check_laws(seed::textConcat{.texts = {plain("a"), plain("b")}});
}

TEST_CASE("laws: future_salts (a bare vector of bare constructors) and future_salt", "[laws][vector]") {
  check_laws(seed::future_salts{});
  check_laws(
      seed::future_salts{.req_msg_id = -1, .now = 2, .salts = {{.valid_since = 1, .valid_until = 2, .salt = 3}}});
  seed::future_salts many{.req_msg_id = 7, .now = 8};
  for (std::int32_t i = 0; i < 10000; ++i)
    many.salts.push_back({.valid_since = i, .valid_until = -i, .salt = i * 1000003LL});
  check_laws(many);
  check_laws(seed::future_salt{.valid_since = 1, .valid_until = 2, .salt = 3});
}

TEST_CASE("laws: rpc_error", "[laws]") {
  check_laws(seed::rpc_error{});
  check_laws(seed::rpc_error{.error_code = 420, .error_message = "FLOOD_WAIT_5"});
  check_laws(seed::rpc_error{.error_code = -503, .error_message = "Timeout"});
}

TEST_CASE("laws: invokeWithLayer around confirmCall, getConfig and itself", "[laws][generic]") {
  check_laws(seed::invokeWithLayer<seed::phone::confirmCall>{});
  check_laws(seed::invokeWithLayer<seed::phone::confirmCall>{.layer = 223, .query = full_call(256, 2)});
  check_laws(seed::invokeWithLayer<seed::help::getConfig>{.layer = 198});
  check_laws(seed::invokeWithLayer<seed::invokeWithLayer<seed::help::getConfig>>{.layer = 1, .query = {.layer = 2}});
}

TEST_CASE("laws: big vectors of scalars, Bools, strings and vectors", "[laws][vector]") {
  std::vector<std::int64_t> longs(100000);
  for (std::size_t i = 0; i < longs.size(); ++i) longs[i] = static_cast<std::int64_t>(i * 0x9e3779b97f4a7c15ULL);
  check_laws(longs);
  std::vector<std::int32_t> ints(70000, -1);
  check_laws(ints);
  check_laws(std::vector<double>{0.0, -0.0, 1.5, -1e308, std::numeric_limits<double>::infinity(),
                                 std::numeric_limits<double>::denorm_min()});
  std::vector<bool> bools(1001);
  for (std::size_t i = 0; i < bools.size(); ++i) bools[i] = i % 3 == 0;
  check_laws(bools);
  std::vector<std::string> strings;
  for (std::size_t i = 0; i < 3000; ++i) strings.push_back(text_of(i % 520, static_cast<unsigned>(i)));
  check_laws(strings);
  check_laws(std::vector<std::vector<std::int32_t>>{{}, {1}, {1, 2, 3}, std::vector<std::int32_t>(1000, 4)});
  check_laws(std::vector<std::int64_t>{});
}

TEST_CASE("laws: int128 and int256", "[laws]") {
  tlcodec::int128 nonce;
  for (std::size_t i = 0; i < nonce.bytes.size(); ++i) nonce.bytes[i] = std::byte(0xff - i);
  check_laws(nonce);
  check_laws(tlcodec::int256{});
}

TEST_CASE("a NaN double re-encodes to the same bytes", "[laws]") {
  const auto input = test_support::from_hex("01 00 00 00 00 00 f8 7f");
  const auto decoded = tlcodec::decode<double>(input);
  REQUIRE(decoded.has_value());
  CHECK(*decoded != *decoded);
  CHECK(*tlcodec::encode(*decoded) == input);
}

// ---- decode_into reuses storage but never leaks the old value ----

namespace {
// decode_into(encode(value), stale) succeeds and leaves stale exactly equal to a fresh decode.
template <class T>
void check_decode_into_replaces(T stale, const T& value) {
  const auto encoded = tlcodec::encode(value);
  REQUIRE(encoded.has_value());
  const auto fresh = tlcodec::decode<T>(*encoded);
  REQUIRE(fresh.has_value());
  const tlcodec::error err = tlcodec::decode_into(*encoded, stale);
  CHECK(err == tlcodec::error{});
  CHECK(stale == *fresh);
  CHECK(stale == value);
  CHECK(*tlcodec::encode(stale) == *encoded);
}
}  // namespace

TEST_CASE("decode_into: a RichText that held another alternative, longer strings or vectors", "[laws][decode_into]") {
  check_decode_into_replaces(
      seed::RichText{seed::textUrl{.text = plain(text_of(500)), .url = text_of(300), .webpage_id = 9}}, plain("short"));
  check_decode_into_replaces(plain(text_of(1000)), plain("short"));
  check_decode_into_replaces(plain("x"), seed::RichText{seed::textEmpty{}});
  check_decode_into_replaces(mixed_concat(10), mixed_concat(2, 1));
  check_decode_into_replaces(mixed_concat(3, 4), mixed_concat(25, 1));  // the same positions hold other alternatives
  check_decode_into_replaces(mixed_concat(25, 1), mixed_concat(25, 3));
  check_decode_into_replaces(nested_bold(60), nested_bold(3));
  check_decode_into_replaces(nested_bold(3), nested_bold(60));
  check_decode_into_replaces(bold(mixed_concat(7)), bold(plain("")));
}

TEST_CASE("decode_into: PhoneConnection switching alternatives both ways", "[laws][decode_into]") {
  const seed::PhoneConnection webrtc = seed::phoneConnectionWebrtc{.turn = true,
                                                                   .stun = true,
                                                                   .id = 1,
                                                                   .ip = text_of(40),
                                                                   .ipv6 = text_of(50),
                                                                   .port = 2,
                                                                   .username = "u",
                                                                   .password = "p"};
  const seed::PhoneConnection classic = seed::phoneConnection{.tcp = true, .id = 3, .ip = "1.1.1.1", .port = 4};
  check_decode_into_replaces(webrtc, classic);
  check_decode_into_replaces(classic, webrtc);
  check_decode_into_replaces(classic, seed::PhoneConnection{seed::phoneConnection{}});
}

TEST_CASE("decode_into: constructors whose flags, optionals and vectors were all set", "[laws][decode_into]") {
  check_decode_into_replaces(full_call(65536, 40), seed::phone::confirmCall{});
  check_decode_into_replaces(seed::phone::confirmCall{}, full_call(300, 3));
  check_decode_into_replaces(full_call(300, 30), full_call(20, 2));
  check_decode_into_replaces(full_settings(), seed::codeSettings{});
  check_decode_into_replaces(seed::codeSettings{}, full_settings());
  check_decode_into_replaces(full_settings(),
                             seed::codeSettings{.logout_tokens = std::vector<tlcodec::bytes>{bytes_of(2)}});
  check_decode_into_replaces(seed::emojiStatus{.flags = {0x40000000u}, .document_id = 1, .until = 2},
                             seed::emojiStatus{.document_id = 3});
  seed::future_salts many{.req_msg_id = 1, .now = 2};
  many.salts.resize(100, {.valid_since = 9, .valid_until = 9, .salt = 9});
  check_decode_into_replaces(many, seed::future_salts{.salts = {{.valid_since = 1}, {.valid_until = 2}, {.salt = 3}}});
  check_decode_into_replaces(seed::invokeWithLayer<seed::phone::confirmCall>{.layer = 1, .query = full_call(1000, 10)},
                             seed::invokeWithLayer<seed::phone::confirmCall>{.layer = 2});
}

TEST_CASE("decode_into: plain vectors that were longer or held longer elements", "[laws][decode_into]") {
  check_decode_into_replaces(std::vector<std::int64_t>(1000, 5), std::vector<std::int64_t>{1, 2});
  check_decode_into_replaces(std::vector<bool>(100, true), std::vector<bool>{false, true, false});
  check_decode_into_replaces(std::vector<std::string>{text_of(1000), text_of(2000), "c"},
                             std::vector<std::string>{"a", ""});
  check_decode_into_replaces(std::vector<std::string>{"a"}, std::vector<std::string>{text_of(300), "b", "c"});
  check_decode_into_replaces(std::vector<std::vector<std::int32_t>>{{1, 2, 3}, {4}},
                             std::vector<std::vector<std::int32_t>>{{}, {5, 6}});
}

// ---- decode's buffer overloads ----

namespace {
template <class Buffer>
concept decodable_from = requires(const Buffer& buffer) {
  tlcodec::decode<seed::rpc_error>(buffer);
};

template <class Buffer>
void check_decodes_from(const Buffer& buffer, const seed::rpc_error& expected, const char* what) {
  INFO(what);
  if constexpr (decodable_from<Buffer>) {
    const auto decoded = tlcodec::decode<seed::rpc_error>(buffer);
    REQUIRE(decoded.has_value());
    CHECK(*decoded == expected);
  } else {
    FAIL_CHECK("tlcodec::decode<T>(buffer) does not compile for this buffer type");
  }
}
}  // namespace

// decode.hpp: "Overloads for buffers of unsigned char / char (std::vector<std::uint8_t>,
// std::string, ...)". The overload takes std::span<Byte> with Byte deduced, and deduction never
// sees through the conversion from a container to a span, so only an explicit span works.
TEST_CASE("decode takes the unsigned char and char buffers decode.hpp names", "[laws][decode]") {
  const seed::rpc_error value{.error_code = 420, .error_message = "FLOOD_WAIT_5"};
  const std::vector<std::byte> encoded = *tlcodec::encode(value);
  const auto* first = reinterpret_cast<const unsigned char*>(encoded.data());
  const std::vector<std::uint8_t> u8(first, first + encoded.size());
  const std::string chars(reinterpret_cast<const char*>(encoded.data()), encoded.size());

  check_decodes_from(encoded, value, "std::vector<std::byte>");
  check_decodes_from(std::span<const std::uint8_t>(u8), value, "std::span<const std::uint8_t>");
  check_decodes_from(std::span<const char>(chars), value, "std::span<const char>");
  check_decodes_from(u8, value, "std::vector<std::uint8_t>");
  check_decodes_from(chars, value, "std::string");
}
