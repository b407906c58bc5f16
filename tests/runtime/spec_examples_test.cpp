// Every worked example of docs/tl-binary.md §2–§8, byte-exact in both directions.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <tlcodec/crc32.hpp>
#include <tlcodec/tlcodec.hpp>

#include "laws.hpp"
#include "seed_schema.hpp"

using test_support::check_bytes;
using test_support::from_hex;
using test_support::to_hex;

TEST_CASE("§2 int, long, double", "[spec]") {
  check_bytes(std::int32_t{5}, "05 00 00 00");
  check_bytes(std::int32_t{-2}, "fe ff ff ff");
  check_bytes(std::int64_t{0x0102030405060708}, "08 07 06 05 04 03 02 01");
  check_bytes(2.0, "00 00 00 00 00 00 00 40");
  check_bytes(-0.5, "00 00 00 00 00 00 e0 bf");
}

TEST_CASE("§2 int128 and int256 are copied in order", "[spec]") {
  tlcodec::int128 nonce;
  for (std::size_t i = 0; i < 16; ++i) nonce.bytes[i] = std::byte(i + 1);
  check_bytes(nonce, "01020304 05060708 090a0b0c 0d0e0f10");
  tlcodec::int256 wide;
  wide.bytes[0] = std::byte{0xaa};
  wide.bytes[31] = std::byte{0x55};
  check_bytes(wide, "aa" + std::string(60, '0') + "55");
}

TEST_CASE("§2 strings: short form, padding, long form", "[spec]") {
  check_bytes(std::string("ab"), "02 61 62 00");
  check_bytes(std::string("abc"), "03 61 62 63");
  check_bytes(std::string("abcd"), "04 61 62 63 64 00 00 00");
  check_bytes(std::string(), "00 00 00 00");

  const std::string s254(254, 'x');
  const auto e254 = *tlcodec::encode(s254);
  CHECK(e254.size() == 260);
  CHECK(to_hex(std::vector(e254.begin(), e254.begin() + 4)) == "fefe0000");
  CHECK(to_hex(std::vector(e254.end() - 2, e254.end())) == "0000");
  test_support::check_laws(s254);

  // A 256-byte DH value: fe 00 01 00 + 256 bytes, no padding. bytes and string are one wire form.
  std::vector<std::byte> raw(256);
  for (std::size_t i = 0; i < raw.size(); ++i) raw[i] = std::byte(i);
  const tlcodec::bytes dh(raw);
  const auto e256 = *tlcodec::encode(dh);
  CHECK(e256.size() == 260);
  CHECK(to_hex(std::vector(e256.begin(), e256.begin() + 4)) == "fe000100");
  CHECK(std::equal(raw.begin(), raw.end(), e256.begin() + 4));
  test_support::check_laws(dh);
  CHECK(*tlcodec::decode<std::string>(e256) == std::string(reinterpret_cast<const char*>(raw.data()), raw.size()));
}

TEST_CASE("§3 Bool is boxed", "[spec]") {
  check_bytes(true, "b5 75 72 99");
  check_bytes(false, "37 97 79 bc");
}

TEST_CASE("§4 vectors: boxed Vector<int>, bare vector<int>, nested", "[spec]") {
  check_bytes(std::vector<std::int32_t>{1, 2}, "15 c4 b5 1c 02 00 00 00 01 00 00 00 02 00 00 00");

  std::vector<std::byte> bare;
  tlcodec::vector_writer w(bare);
  tlcodec::detail::write_value(w, std::vector<std::int32_t>{1, 2}, tlcodec::wire::bare{});
  CHECK(to_hex(bare) == "020000000100000002000000");
  std::vector<std::int32_t> back;
  tlcodec::span_reader r(bare);
  tlcodec::detail::read_value(r, back, tlcodec::wire::bare{});
  CHECK_FALSE(r.failed());
  CHECK(back == std::vector<std::int32_t>{1, 2});

  check_bytes(std::vector<std::vector<std::int64_t>>{{7}, {}},
              "15c4b51c 02000000 15c4b51c 01000000 0700000000000000 15c4b51c 00000000");
  check_bytes(std::vector<bool>{true, false}, "15c4b51c 02000000 b5757299 379779bc");
}

TEST_CASE("§4 bare vector of bare constructors (future_salts)", "[spec]") {
  seed::future_salts salts{.req_msg_id = 1, .now = 2, .salts = {{.valid_since = 3, .valid_until = 4, .salt = 5}}};
  check_bytes(salts, "950850ae 0100000000000000 02000000 01000000 03000000 04000000 0500000000000000");
}

TEST_CASE("§5 flags: emojiStatus with and without the conditional field", "[spec]") {
  check_bytes(seed::emojiStatus{.document_id = 1, .until = 1700000000},
              "8a 06 ff e7 | 01 00 00 00 | 01 00 00 00 00 00 00 00 | 00 f1 53 65");
  check_bytes(seed::emojiStatus{.document_id = 1}, "8a 06 ff e7 | 00 00 00 00 | 01 00 00 00 00 00 00 00");
}

TEST_CASE("§5 flags: ?true takes no bytes, ?Bool has three states, one bit for two fields", "[spec]") {
  check_bytes(seed::codeSettings{.allow_flashcall = true, .unknown_number = true}, "783d25ad 01020000");
  check_bytes(seed::codeSettings{.token = "t", .app_sandbox = false}, "783d25ad 00010000 01740000 379779bc");
  check_bytes(seed::codeSettings{.token = "", .app_sandbox = true}, "783d25ad 00010000 00000000 b5757299");
  check_bytes(seed::codeSettings{.logout_tokens = std::vector<tlcodec::bytes>{{0xab}}},
              "783d25ad 40000000 15c4b51c 01000000 01ab0000");
}

TEST_CASE("§5 unknown flag bits are kept for byte-exact re-encoding (§10.9)", "[spec]") {
  const auto input = from_hex("8a 06 ff e7 | 01 00 00 80 | 01 00 00 00 00 00 00 00 | 00 f1 53 65");
  const auto decoded = tlcodec::decode<seed::emojiStatus>(input);
  REQUIRE(decoded.has_value());
  CHECK(decoded->flags.bits == 0x80000000u);
  CHECK(decoded->until == 1700000000);
  CHECK(*tlcodec::encode(*decoded) == input);
}

TEST_CASE("§6 invokeWithLayer wraps a whole boxed call; its result is the call's", "[spec]") {
  using wrapped = seed::invokeWithLayer<seed::help::getConfig>;
  static_assert(std::is_same_v<wrapped::result_type, seed::help::getConfig::result_type>);
  check_bytes(wrapped{.layer = 198, .query = {}}, "0d 0d 9b da c6 00 00 00 6b 18 f9 c4");
}

TEST_CASE("§7 constructor ids are the CRC32 of the normalized declaration", "[spec]") {
  STATIC_REQUIRE(tlcodec::crc32("phone.confirmCall peer:InputPhoneCall g_a:string key_fingerprint:long "
                                "protocol:PhoneCallProtocol = phone.PhoneCall") == 0x2efe1722);
  STATIC_REQUIRE(tlcodec::crc32("phone.confirmCall peer:InputPhoneCall g_a:bytes key_fingerprint:long "
                                "protocol:PhoneCallProtocol = phone.PhoneCall") == 0x173ec690);
  STATIC_REQUIRE(tlcodec::crc32("phone.phoneCall phone_call:PhoneCall users:Vector User = phone.PhoneCall") ==
                 0xec82e140);
  STATIC_REQUIRE(tlcodec::crc32("phone.phoneCall phone_call:PhoneCall users:Vector<User> = phone.PhoneCall") ==
                 0xf3e281d2);
  STATIC_REQUIRE(tlcodec::crc32("phoneCallProtocol flags:# min_layer:int max_layer:int library_versions:Vector "
                                "string = PhoneCallProtocol") == 0xfc878fc8);
  STATIC_REQUIRE(tlcodec::crc32("vector t:Type # [ t ] = Vector t") == 0x1cb5c415);
  STATIC_REQUIRE(tlcodec::crc32("invokeWithLayer X:Type layer:int query:!X = X") == 0xda9b0d0d);
  // Every struct checks its own id when its codec is instantiated:
  STATIC_REQUIRE(tlcodec::detail::id_matches_signature<seed::phone::confirmCall>());
  STATIC_REQUIRE(tlcodec::detail::id_matches_signature<seed::codeSettings>());
}

TEST_CASE("§8 rpc_error", "[spec]") {
  check_bytes(seed::rpc_error{.error_code = 420, .error_message = "FLOOD_WAIT_5"},
              "19 ca 44 21 a4 01 00 00 0c 46 4c 4f 4f 44 5f 57 41 49 54 5f 35 00 00 00");
}
