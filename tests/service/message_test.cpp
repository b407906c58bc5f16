// The MTProto message envelope (tlcodec/service/message.hpp, docs/tl-binary.md §8): a decrypted
// payload and an unencrypted message decoded and encoded, every malformed envelope an error with
// its place, padding given or asked for; and decode_object, whose constructor must be known.
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <sstream>
#include <vector>

#include <tlcodec/api/phone.hpp>
#include <tlcodec/mtproto/all.hpp>
#include <tlcodec/object_type.hpp>
#include <tlcodec/service/message.hpp>
#include <tlcodec/text.hpp>
#include <tlcodec/wire.hpp>

#include "hex.hpp"
#include "service_support.hpp"

using namespace service_support;
using tlcodec::errc;
using tlcodec::padding_rule;

namespace {

constexpr std::uint64_t salt = 0x1122334455667788;
constexpr std::uint64_t session_id = 42;
constexpr std::uint64_t msg_id = 0x6500000000000010;
constexpr std::uint32_t seq_no = 3;

byte_vector filler(std::size_t n, unsigned char first = 0x5a) {
  byte_vector out(n);
  for (std::size_t i = 0; i < n; ++i) out[i] = std::byte(first + i);
  return out;
}

// salt, session_id, msg_id, seq_no, length, body, padding: as a stack has it after decryption.
byte_vector decrypted_bytes(std::span<const std::byte> body, std::span<const std::byte> padding, std::uint32_t length) {
  return concat({le64(salt), le64(session_id), le64(msg_id), le32(seq_no), le32(length), body, padding});
}
byte_vector decrypted_bytes(std::span<const std::byte> body, std::span<const std::byte> padding) {
  return decrypted_bytes(body, padding, static_cast<std::uint32_t>(body.size()));
}

byte_vector unencrypted_bytes(std::span<const std::byte> body, std::uint32_t length) {
  return concat({le64(0), le64(msg_id), le32(length), body});
}
byte_vector unencrypted_bytes(std::span<const std::byte> body) {
  return unencrypted_bytes(body, static_cast<std::uint32_t>(body.size()));
}

const byte_vector ping7 = encoded(tlcodec::mtproto::ping{.ping_id = 7});  // 12 bytes

tlcodec::decrypted_message ping_message(tlcodec::bytes padding = {}) {
  return {.salt = static_cast<std::int64_t>(salt),
          .session_id = static_cast<std::int64_t>(session_id),
          .msg_id = static_cast<std::int64_t>(msg_id),
          .seq_no = static_cast<std::int32_t>(seq_no),
          .body = tlcodec::make_object(tlcodec::mtproto::ping{.ping_id = 7}),
          .padding = std::move(padding)};
}

}  // namespace

TEST_CASE("a decrypted payload: header, typed body, padding kept as read, and back", "[message]") {
  const auto padding = filler(20);  // 32 + 12 + 20 = 64: a multiple of 16
  const auto bytes = decrypted_bytes(ping7, padding);
  REQUIRE(bytes.size() == 64);

  const auto message = tlcodec::decode_message(bytes, with_registry());
  REQUIRE(message.has_value());
  CHECK(message->salt == static_cast<std::int64_t>(salt));
  CHECK(message->session_id == 42);
  CHECK(message->msg_id == static_cast<std::int64_t>(msg_id));
  CHECK(message->seq_no == 3);
  CHECK(message->message_data_length == 12);
  REQUIRE(message->body.holds<tlcodec::mtproto::ping>());
  CHECK(message->body.get_if<tlcodec::mtproto::ping>()->ping_id == 7);
  CHECK(message->padding == tlcodec::bytes(padding));

  const auto again = tlcodec::encode_message(*message);
  REQUIRE(again.has_value());
  CHECK(*again == bytes);
  tlcodec::decrypted_message built = ping_message(tlcodec::bytes(padding));
  built.message_data_length = 12;
  CHECK(*message == built);

  // _into reuses a value; without a registry the body is opaque, and re-encodes all the same.
  tlcodec::decrypted_message reused = built;
  CHECK_FALSE(tlcodec::decode_message_into(bytes, reused));
  CHECK(reused.body.is_opaque());
  CHECK(reused.body.constructor_id() == tlcodec::mtproto::ping::constructor_id);
  CHECK(*tlcodec::encode_message(reused) == bytes);
}

TEST_CASE("a decrypted payload whose body is docs/tl-binary.md §8's container", "[message]") {
  const auto container = test_support::from_hex(
      "dc f8 f1 73 | 02 00 00 00"
      "0c 00 00 00 00 00 00 65 | 01 00 00 00 | 14 00 00 00 | 59 b4 d6 62 15 c4 b5 1c 01 00 00 00 04 00 00 00 00 00 00 65"
      "10 00 00 00 00 00 00 65 | 03 00 00 00 | 0c 00 00 00 | ec 77 be 7a 2a 00 00 00 00 00 00 00");
  const auto bytes = decrypted_bytes(container, filler(24));  // 32 + 72 + 24 = 128
  const auto message = tlcodec::decode_message(bytes, with_registry());
  REQUIRE(message.has_value());
  const auto* messages = message->body.get_if<tlcodec::mtproto::msg_container>();
  REQUIRE(messages != nullptr);
  REQUIRE(messages->messages.size() == 2);
  CHECK(messages->messages[0].body.holds<tlcodec::mtproto::msgs_ack>());
  CHECK(messages->messages[1].body.get_if<tlcodec::mtproto::ping>()->ping_id == 42);
  CHECK(*tlcodec::encode_message(*message) == bytes);
}

TEST_CASE("an unencrypted message: auth_key_id 0, msg_id, length, body, and back", "[message]") {
  // req_pq_multi#be7e8ef1 nonce:int128: the length is 20 (docs/tl-binary.md §8).
  tlcodec::int128 nonce;
  for (std::size_t i = 0; i < nonce.bytes.size(); ++i) nonce.bytes[i] = std::byte(0xa0 + i);
  const auto body = encoded(tlcodec::mtproto::req_pq_multi{.nonce = nonce});
  const auto bytes = unencrypted_bytes(body);
  CHECK(test_support::to_hex(std::span(bytes).subspan(16, 4)) == "14000000");

  const auto message = tlcodec::decode_unencrypted_message(bytes, with_registry());
  REQUIRE(message.has_value());
  CHECK(message->msg_id == static_cast<std::int64_t>(msg_id));
  CHECK(message->message_data_length == 20);
  REQUIRE(message->body.holds<tlcodec::mtproto::req_pq_multi>());
  CHECK(message->body.get_if<tlcodec::mtproto::req_pq_multi>()->nonce == nonce);
  CHECK(*tlcodec::encode_unencrypted_message(*message) == bytes);

  const tlcodec::unencrypted_message built{
      .msg_id = static_cast<std::int64_t>(msg_id),
      .body = tlcodec::make_object(tlcodec::mtproto::req_pq_multi{.nonce = nonce})};
  CHECK(*tlcodec::encode_unencrypted_message(built) == bytes);
  tlcodec::unencrypted_message reused = built;
  CHECK_FALSE(tlcodec::decode_unencrypted_message_into(bytes, reused, with_registry()));
  CHECK(reused.message_data_length == 20);
  CHECK(reused.body == built.body);
}

TEST_CASE("a malformed length: not a multiple of 4, negative, past the input", "[message][errors]") {
  const auto padding = filler(20);
  auto check_length = [&](std::uint32_t length, tlcodec::error expected) {
    INFO("length " << static_cast<std::int32_t>(length));
    CHECK(tlcodec::decode_message(decrypted_bytes(ping7, padding, length), with_registry()).error() == expected);
    CHECK(tlcodec::decode_unencrypted_message(unencrypted_bytes(ping7, length), with_registry()).error() ==
          tlcodec::error{expected.code, expected.offset - 12, 0});
  };
  check_length(10, {errc::body_length_mismatch, 28, 0});
  check_length(0xfffffff4, {errc::body_length_mismatch, 28, 0});  // -12
  check_length(0x80000000, {errc::body_length_mismatch, 28, 0});  // the most negative
  check_length(12 + 20 + 4, {errc::truncated, 28, 0});            // past the end
  // (for the unencrypted message, 12 + 4 is past its end too, which check_length does not say)
  CHECK(tlcodec::decode_unencrypted_message(unencrypted_bytes(ping7, 16)).error() ==
        tlcodec::error{errc::truncated, 16, 0});
}

TEST_CASE("a body shorter or longer than its length", "[message][errors]") {
  using tlcodec::mtproto::ping;
  // 16: the ping leaves 4 bytes of its length unread.
  const auto padded_body = concat({ping7, le32(0)});
  CHECK(tlcodec::decode_message(decrypted_bytes(padded_body, filler(16)), with_registry()).error() ==
        tlcodec::error{errc::body_length_mismatch, 32 + 12, 0});
  CHECK(tlcodec::decode_unencrypted_message(unencrypted_bytes(padded_body), with_registry()).error() ==
        tlcodec::error{errc::body_length_mismatch, 20 + 12, 0});
  // 8: the ping's ping_id runs past its length, while the input goes on.
  const auto long_body = decrypted_bytes(ping7, filler(24), 8);
  CHECK(tlcodec::decode_message(long_body, with_registry()).error() ==
        tlcodec::error{errc::body_length_mismatch, 32 + 4, ping::constructor_id});
  // ... and when the length ends the input, the body is cut: truncated.
  const auto cut_body = decrypted_bytes(std::span(ping7).first(8), {}, 8);
  CHECK(tlcodec::decode_message(cut_body, with_registry(), padding_rule::any).error() ==
        tlcodec::error{errc::truncated, 32 + 4, ping::constructor_id});
  // A body of an unknown constructor fills its length as opaque, whatever it holds.
  const auto unknown = concat({le32(0x0badf00d), le32(1), le32(2)});
  const auto opaque = tlcodec::decode_message(decrypted_bytes(unknown, filler(20)), with_registry());
  REQUIRE(opaque.has_value());
  CHECK(opaque->body.is_opaque());
  CHECK(opaque->body.constructor_id() == 0x0badf00d);
}

TEST_CASE("a cut header is truncated at the field cut", "[message][errors]") {
  const auto bytes = decrypted_bytes(ping7, filler(20));
  CHECK(tlcodec::decode_message(std::span(bytes).first(0)).error() == tlcodec::error{errc::truncated, 0, 0});
  CHECK(tlcodec::decode_message(std::span(bytes).first(10)).error() == tlcodec::error{errc::truncated, 8, 0});
  CHECK(tlcodec::decode_message(std::span(bytes).first(26)).error() == tlcodec::error{errc::truncated, 24, 0});
  CHECK(tlcodec::decode_message(std::span(bytes).first(30)).error() == tlcodec::error{errc::truncated, 28, 0});
  const auto plain = unencrypted_bytes(ping7);
  CHECK(tlcodec::decode_unencrypted_message(std::span(plain).first(4)).error() ==
        tlcodec::error{errc::truncated, 0, 0});
  CHECK(tlcodec::decode_unencrypted_message(std::span(plain).first(18)).error() ==
        tlcodec::error{errc::truncated, 16, 0});
}

TEST_CASE("padding_rule::mtproto2: 12 to 1024 bytes, the payload a multiple of 16", "[message][errors]") {
  const auto with_padding = [](std::size_t n) { return decrypted_bytes(ping7, filler(n)); };
  for (const std::size_t good : {std::size_t{20}, std::size_t{20 + 16}, std::size_t{1012}}) {
    INFO("padding " << good);
    CHECK(tlcodec::decode_message(with_padding(good)).has_value());
  }
  for (const std::size_t bad : {std::size_t{0}, std::size_t{4}, std::size_t{19}, std::size_t{21}, std::size_t{1028}}) {
    INFO("padding " << bad);
    CHECK(tlcodec::decode_message(with_padding(bad)).error() == tlcodec::error{errc::invalid_message_padding, 44, 0});
    const auto any = tlcodec::decode_message(with_padding(bad), {}, padding_rule::any);
    REQUIRE(any.has_value());
    CHECK(any->padding.size() == bad);
    CHECK(*tlcodec::encode_message(*any, padding_rule::any) == with_padding(bad));
    CHECK(tlcodec::encode_message(*any).error() == tlcodec::error{errc::invalid_message_padding, 44, 0});
  }
  // The body's errors come first: a bad body with bad padding is the body's error.
  CHECK(tlcodec::decode_message(decrypted_bytes(ping7, filler(4), 10)).error().code == errc::body_length_mismatch);
}

TEST_CASE("an unencrypted message: auth_key_id must be 0, nothing may follow the body", "[message][errors]") {
  auto keyed = unencrypted_bytes(ping7);
  keyed[7] = std::byte{1};
  CHECK(tlcodec::decode_unencrypted_message(keyed).error() == tlcodec::error{errc::nonzero_auth_key_id, 0, 0});

  const auto extra = concat({unencrypted_bytes(ping7), le32(0)});
  CHECK(tlcodec::decode_unencrypted_message(extra, with_registry()).error() ==
        tlcodec::error{errc::trailing_bytes, 20 + 12, 0});
  tlcodec::decode_options lenient = with_registry();
  lenient.strict = false;
  const auto accepted = tlcodec::decode_unencrypted_message(extra, lenient);
  REQUIRE(accepted.has_value());
  CHECK(accepted->message_data_length == 12);
  CHECK(accepted->body.holds<tlcodec::mtproto::ping>());
}

TEST_CASE("lenient decoding: the length as it is on the wire, the body as it re-encodes", "[message]") {
  // rpc_result holding an rpc_error whose string has a 0xFE prefix for 5 bytes: 32 bytes on the
  // wire, 28 re-encoded.
  const auto flood =
      concat({le32(0x2144ca19), le32(420), test_support::from_hex("fe 05 00 00 46 4c 4f 4f 44 00 00 00")});
  const auto rpc = concat({le32(0xf35c6d01), le64(5), flood});
  REQUIRE(rpc.size() == 32);
  const auto bytes = decrypted_bytes(rpc, filler(16));
  CHECK(tlcodec::decode_message(bytes, with_registry()).error().code == errc::non_canonical_length);
  tlcodec::decode_options lenient = with_registry();
  lenient.strict = false;
  const auto message = tlcodec::decode_message(bytes, lenient);
  REQUIRE(message.has_value());
  CHECK(message->message_data_length == 32);
  CHECK(message->body.encoded_size() == 28);
  // Encoding writes the body's own length, 28, and pads to a multiple of 16 again.
  const auto again = tlcodec::encode_message(*message, tlcodec::pad_to{}, filler(64));
  REQUIRE(again.has_value());
  CHECK(again->size() == 32 + 28 + 20);
  CHECK(test_support::to_hex(std::span(*again).subspan(28, 4)) == "1c000000");
}

TEST_CASE("encode_message with the padding given, or asked for with random bytes", "[message][encode]") {
  // Given: exactly those bytes after the body.
  const auto given = tlcodec::encode_message(ping_message(tlcodec::bytes(filler(20))));
  REQUIRE(given.has_value());
  CHECK(*given == decrypted_bytes(ping7, filler(20)));
  CHECK(tlcodec::encode_message(ping_message(tlcodec::bytes(filler(12)))).error() ==
        tlcodec::error{errc::invalid_message_padding, 44, 0});
  CHECK(*tlcodec::encode_message(ping_message(), padding_rule::any) == decrypted_bytes(ping7, {}));

  // Asked for: the fewest bytes, at least 12, to a multiple of 16; the callback fills them once.
  int calls = 0;
  std::size_t asked = 0;
  const auto random = [&](std::span<std::byte> out) {
    ++calls;
    asked = out.size();
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = std::byte(0xc0 + i);
  };
  const auto padded = tlcodec::encode_message(ping_message(tlcodec::bytes(filler(3))), tlcodec::pad_to{}, random);
  REQUIRE(padded.has_value());
  CHECK(calls == 1);
  CHECK(asked == 20);
  CHECK(*padded == decrypted_bytes(ping7, filler(20, 0xc0)));  // message.padding is not used
  const auto back = tlcodec::decode_message(*padded, with_registry());
  REQUIRE(back.has_value());
  CHECK(back->padding == tlcodec::bytes(filler(20, 0xc0)));

  // Every body size gets 12 to 27 bytes and a multiple of 16.
  for (std::size_t n = 0; n < 16; n += 4) {
    const tlcodec::decrypted_message m{.body = tlcodec::object::opaque(concat({le32(0x0badf00d), byte_vector(n)}))};
    const auto out = tlcodec::encode_message(m, tlcodec::pad_to{}, random);
    REQUIRE(out.has_value());
    CHECK(out->size() % 16 == 0);
    CHECK(asked >= 12);
    CHECK(asked <= 27);
    CHECK(tlcodec::decode_message(*out).has_value());
  }

  // A total length (more padding hides the message's length), and totals that cannot be met.
  const auto to_total = tlcodec::encode_message(ping_message(), tlcodec::pad_to{.total = 256}, random);
  REQUIRE(to_total.has_value());
  CHECK(to_total->size() == 256);
  CHECK(asked == 256 - 44);
  CHECK(tlcodec::encode_message(ping_message(), tlcodec::pad_to{.total = 250}, random).error() ==
        tlcodec::error{errc::invalid_message_padding, 44, 0});  // not a multiple of 16
  CHECK(tlcodec::encode_message(ping_message(), tlcodec::pad_to{.total = 48}, random).error() ==
        tlcodec::error{errc::invalid_message_padding, 44, 0});  // 4 bytes: fewer than 12
  CHECK(tlcodec::encode_message(ping_message(), tlcodec::pad_to{.total = 2048}, random).error() ==
        tlcodec::error{errc::invalid_message_padding, 44, 0});  // 2004 bytes: past 1024
  CHECK(tlcodec::encode_message(ping_message(), tlcodec::pad_to{.total = 2048}, random, padding_rule::any)->size() ==
        2048);
  // Another multiple, padding_rule::any: MTProto 1.0's 0 to 15 bytes.
  const auto old_style = tlcodec::encode_message(ping_message(), tlcodec::pad_to{.multiple = 16, .min_padding = 0},
                                                 random, padding_rule::any);
  CHECK(old_style->size() == 48);

  // Random bytes as a span: the first ones are used; too few is an error.
  const auto from_span = tlcodec::encode_message(ping_message(), tlcodec::pad_to{}, filler(100, 0x10));
  CHECK(*from_span == decrypted_bytes(ping7, filler(20, 0x10)));
  CHECK(tlcodec::encode_message(ping_message(), tlcodec::pad_to{}, filler(19)).error() ==
        tlcodec::error{errc::invalid_message_padding, 44, 0});

  // Calls == 1 before: no failed encode called random.
  calls = 0;
  CHECK_FALSE(tlcodec::encode_message(ping_message(), tlcodec::pad_to{.total = 250}, random).has_value());
  CHECK(calls == 0);
}

TEST_CASE("encoding an envelope whose body holds nothing is errc::empty_object", "[message][encode][errors]") {
  CHECK(tlcodec::encode_message(tlcodec::decrypted_message{.padding = tlcodec::bytes(filler(20))}).error() ==
        tlcodec::error{errc::empty_object, 32, 0});
  CHECK(tlcodec::encode_unencrypted_message(tlcodec::unencrypted_message{}).error() ==
        tlcodec::error{errc::empty_object, 20, 0});
}

TEST_CASE("decode_object: a top-level Object whose constructor must be known", "[message][object]") {
  namespace api = tlcodec::api;
  const api::phone::confirmCall call{.peer = api::inputPhoneCall{.id = 1, .access_hash = 2}, .key_fingerprint = 3};
  const auto bytes = encoded(call);
  const auto known = tlcodec::decode_object(bytes, with_registry());
  REQUIRE(known.has_value());
  CHECK(*known->get_if<api::phone::confirmCall>() == call);

  // An unknown id: decode<object> keeps the rest of the input opaque, decode_object refuses it.
  const auto unknown = concat({le32(0x0badf00d), le32(1)});
  CHECK(tlcodec::decode<tlcodec::object>(unknown, with_registry())->is_opaque());
  CHECK(tlcodec::decode_object(unknown, with_registry()).error() == tlcodec::error{errc::unexpected_constructor, 0, 0});
  CHECK(tlcodec::decode_object(bytes).error() == tlcodec::error{errc::unexpected_constructor, 0, 0});  // no registry
  // ... and so an unknown constructor inside a known one.
  auto inner = bytes;
  inner[4] = std::byte{0xff};  // the peer's id
  CHECK(tlcodec::decode<tlcodec::object>(inner, with_registry())->is_opaque());
  CHECK(tlcodec::decode_object(inner, with_registry()).error() ==
        tlcodec::error{errc::unexpected_constructor, 4, api::phone::confirmCall::constructor_id});
  // Cut, and followed by more bytes (strict).
  CHECK(tlcodec::decode_object(std::span(bytes).first(3), with_registry()).error() ==
        tlcodec::error{errc::truncated, 0, 0});
  const auto extra = concat({bytes, le32(0)});
  CHECK(tlcodec::decode_object(extra, with_registry()).error() ==
        tlcodec::error{errc::trailing_bytes, bytes.size(), 0});

  // decode_object_from: one value in the middle of a stream, the reader left after it.
  const auto two = concat({ping7, bytes});
  const tlcodec::decode_options options = with_registry();
  tlcodec::span_reader in(two, options);
  tlcodec::object first, second;
  tlcodec::decode_object_from(in, first);
  CHECK(in.offset() == 12);
  tlcodec::decode_object_from(in, second);
  CHECK_FALSE(in.failed());
  CHECK(in.remaining() == 0);
  CHECK(first.get_if<tlcodec::mtproto::ping>()->ping_id == 7);
  CHECK(second.holds<api::phone::confirmCall>());
}

TEST_CASE("what tools print an envelope with is public: text_writer, vector_id", "[message][text]") {
  STATIC_REQUIRE(tlcodec::vector_id == 0x1cb5c415);
  const auto message = tlcodec::decode_message(decrypted_bytes(ping7, filler(20)), with_registry());
  REQUIRE(message.has_value());
  std::ostringstream text;
  tlcodec::text_writer out(text);
  out.record("decrypted_message", [&] {
    out.field("msg_id", [&] { out.value(message->msg_id); });
    out.field("body", [&] { out.value(message->body); });
    out.field("sizes", [&] {
      out.list(2, [&, i = 0]() mutable { out.value(std::int64_t{i++ == 0 ? message->message_data_length : 20}); });
    });
  });
  CHECK(text.str() ==
        "decrypted_message {\n"
        "  msg_id: 7277816997830721552\n"
        "  body: ping {\n"
        "    ping_id: 7\n"
        "  }\n"
        "  sizes: [\n"
        "    12\n"
        "    20\n"
        "  ]\n"
        "}");
}
