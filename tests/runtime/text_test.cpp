// The TL text form: TL names, nesting, only present fields, bytes as (shortened) hex, escapes.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include <tlcodec/text.hpp>

#include "seed_schema.hpp"

TEST_CASE("text: a constructor with nested values, vectors and ?true flags", "[text]") {
  const seed::phone::confirmCall call{
      .peer = seed::inputPhoneCall{.id = -5, .access_hash = 7},
      .g_a = {0xab, 0x01},
      .key_fingerprint = 42,
      .protocol = {.udp_p2p = true, .min_layer = 65, .max_layer = 92, .library_versions = {"2.4.4", "11.0.0"}}};
  CHECK(tlcodec::to_text(call) ==
        "phone.confirmCall {\n"
        "  peer: inputPhoneCall {\n"
        "    id: -5\n"
        "    access_hash: 7\n"
        "  }\n"
        "  g_a: bytes[2] ab01\n"
        "  key_fingerprint: 42\n"
        "  protocol: phoneCallProtocol {\n"
        "    udp_p2p: true\n"
        "    min_layer: 65\n"
        "    max_layer: 92\n"
        "    library_versions: [\n"
        "      \"2.4.4\"\n"
        "      \"11.0.0\"\n"
        "    ]\n"
        "  }\n"
        "}");
}

TEST_CASE("text: only present optional fields; ?Bool shows its value; reserved flag bits", "[text]") {
  CHECK(tlcodec::to_text(seed::emojiStatus{.document_id = 1}) == "emojiStatus {\n  document_id: 1\n}");
  CHECK(tlcodec::to_text(seed::codeSettings{.token = "t", .app_sandbox = false}) ==
        "codeSettings {\n  token: \"t\"\n  app_sandbox: false\n}");
  seed::emojiStatus with_unknown_bits{.document_id = 1, .until = 2};
  with_unknown_bits.flags.bits = 0x80000000u;
  CHECK(tlcodec::to_text(with_unknown_bits) ==
        "emojiStatus {\n  flags: reserved bits 0x80000000\n  document_id: 1\n  until: 2\n}");
}

TEST_CASE("text: empty constructors, empty vectors, boxed values and recursion", "[text]") {
  CHECK(tlcodec::to_text(seed::RichText{}) == "textEmpty {}");
  CHECK(tlcodec::to_text(seed::textConcat{}) == "textConcat {\n  texts: []\n}");
  const seed::RichText bold = seed::textBold{.text = seed::RichText{seed::textPlain{.text = "hi"}}};
  CHECK(tlcodec::to_text(bold) == "textBold {\n  text: textPlain {\n    text: \"hi\"\n  }\n}");
}

TEST_CASE("text: bytes over 32 are shortened around an ellipsis, with their length", "[text]") {
  std::vector<std::byte> raw(40);
  for (std::size_t i = 0; i < raw.size(); ++i) raw[i] = std::byte(i);
  CHECK(tlcodec::to_text(tlcodec::bytes(raw)) ==
        "bytes[40] 000102030405060708090a0b0c0d0e0f\xe2\x80\xa6"
        "18191a1b1c1d1e1f2021222324252627");
  CHECK(tlcodec::to_text(tlcodec::bytes()) == "bytes[0]");
}

TEST_CASE("text: strings are quoted with C escapes, UTF-8 kept; scalars", "[text]") {
  CHECK(tlcodec::to_text(std::string("a\"b\\c\n\x01 \xc3\xa9")) == "\"a\\\"b\\\\c\\n\\x01 \xc3\xa9\"");
  CHECK(tlcodec::to_text(std::int64_t{-9223372036854775807 - 1}) == "-9223372036854775808");
  CHECK(tlcodec::to_text(0.1) == "0.10000000000000001");
  CHECK(tlcodec::to_text(std::vector<bool>{true, false}) == "[\n  true\n  false\n]");
}

TEST_CASE("text: stream output of generated types", "[text]") {
  std::ostringstream out;
  out << seed::rpc_error{.error_code = 420, .error_message = "FLOOD_WAIT_5"};
  CHECK(out.str() == "rpc_error {\n  error_code: 420\n  error_message: \"FLOOD_WAIT_5\"\n}");
}
