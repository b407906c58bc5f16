// msg_container (docs/tl-binary.md §8, §10.7): bare messages whose bodies are bounded by their `bytes`, at
// most 1024, no container inside; one unknown body does not stop the others.
#include <catch2/catch.hpp>

#include <tlcodec/mtproto/all.hpp>
#include <tlcodec/object_type.hpp>

#include "hex.hpp"
#include "service_support.hpp"

using namespace service_support;
using namespace tlcodec::mtproto;
using tlcodec::errc;

TEST_CASE("§8 the container with one ping: typed bodies, the length derived on encode", "[container]") {
  const auto spec = test_support::from_hex(
      "dc f8 f1 73 01 00 00 00 | 04 00 00 00 00 00 00 65 | 01 00 00 00 | 0c 00 00 00 | ec 77 be 7a 07 00 00 00 00 00 00 00");
  const msg_container built{
      .messages = {{.msg_id = 0x6500000000000004, .seqno = 1, .body = tlcodec::make_object(ping{.ping_id = 7})}}};
  CHECK(encoded(built) == spec);
  const auto decoded = tlcodec::decode<msg_container>(spec, with_registry());
  REQUIRE(decoded.has_value());
  REQUIRE(decoded->messages.size() == 1);
  CHECK(decoded->messages[0].body.get_if<ping>()->ping_id == 7);
  CHECK(*decoded == built);
  check_round_trip(built);
}

TEST_CASE("an unknown constructor inside a container stays opaque; the other messages decode", "[container]") {
  const auto first = encoded(pong{.msg_id = 10, .ping_id = 11});
  const auto unknown = concat({le32(0x0badf00d), le32(7), le64(8)});  // a constructor of a later layer
  const auto third = encoded(new_session_created{.first_msg_id = 1, .unique_id = 2, .server_salt = 3});
  const auto bytes =
      container_bytes({message_bytes(100, 1, first), message_bytes(104, 3, unknown), message_bytes(108, 5, third)});

  const auto decoded = tlcodec::decode<msg_container>(bytes, with_registry());
  REQUIRE(decoded.has_value());
  REQUIRE(decoded->messages.size() == 3);
  CHECK(decoded->messages[0].body.get_if<pong>()->ping_id == 11);
  CHECK(decoded->messages[1].body.is_opaque());
  CHECK(decoded->messages[1].body.constructor_id() == 0x0badf00d);
  CHECK(std::vector<std::byte>(decoded->messages[1].body.raw().begin(), decoded->messages[1].body.raw().end()) ==
        unknown);
  CHECK(decoded->messages[2].body.get_if<new_session_created>()->server_salt == 3);
  CHECK(decoded->messages[2].msg_id == 108);
  CHECK(encoded(*decoded) == bytes);  // byte for byte, the unknown body included

  // Without a registry every body is opaque, bounded by its length all the same.
  const auto opaque = tlcodec::decode<msg_container>(bytes);
  REQUIRE(opaque.has_value());
  CHECK(opaque->messages.size() == 3);
  CHECK(opaque->messages[0].body.is_opaque());
  CHECK(encoded(*opaque) == bytes);
}

TEST_CASE("a body length that differs from the body is an error at the right offset", "[container][errors]") {
  const auto body = encoded(ping{.ping_id = 7});  // 12 bytes
  // bytes = 16: the ping leaves 4 bytes of its window unread.
  auto longer = container_bytes({message_bytes(4, 1, concat({body, le32(0)}))});
  const auto too_long = tlcodec::decode<msg_container>(longer, with_registry());
  CHECK(too_long.error().code == errc::body_length_mismatch);
  CHECK(too_long.error().offset == 8 + 16 + 12);  // where the body ended, inside its window
  // bytes = 8: the ping runs out of its window while the input goes on.
  auto shorter = container_bytes({message_bytes(4, 1, body)});
  shorter[8 + 12] = std::byte{8};
  const auto too_short = tlcodec::decode<msg_container>(shorter, with_registry());
  CHECK(too_short.error().code == errc::body_length_mismatch);
  CHECK(too_short.error().offset == 8 + 16 + 4);  // the ping_id that does not fit
  CHECK(too_short.error().constructor_id == ping::constructor_id);
  // bytes = 6: not a multiple of 4 (everything in TL is 4-byte aligned).
  auto unaligned = container_bytes({message_bytes(4, 1, body)});
  unaligned[8 + 12] = std::byte{6};
  CHECK(tlcodec::decode<msg_container>(unaligned).error() ==
        tlcodec::error{errc::body_length_mismatch, 8 + 12, message::constructor_id});
  // bytes past the end of the input, and negative.
  auto past = container_bytes({message_bytes(4, 1, body)});
  past[8 + 12] = std::byte{0x40};
  CHECK(tlcodec::decode<msg_container>(past, with_registry()).error() ==
        tlcodec::error{errc::truncated, 8 + 12, message::constructor_id});
  auto negative = container_bytes({message_bytes(4, 1, body)});
  negative[8 + 15] = std::byte{0x80};
  CHECK(tlcodec::decode<msg_container>(negative, with_registry()).error().code == errc::body_length_mismatch);
}

TEST_CASE("containers do not nest, at any depth of a message body", "[container][errors]") {
  const auto inner = container_bytes({message_bytes(1, 1, encoded(ping{.ping_id = 1}))});
  const auto outer = container_bytes({message_bytes(2, 1, encoded(ping{.ping_id = 2})), message_bytes(3, 3, inner)});
  const auto nested = tlcodec::decode<msg_container>(outer, with_registry());
  CHECK(nested.error().code == errc::nested_container);
  CHECK(nested.error().offset == 8 + 28 + 16);  // the inner container's id
  // Without a registry too: the rule does not depend on knowing the body.
  CHECK(tlcodec::decode<msg_container>(outer).error().code == errc::nested_container);
  // A container alone, as an Object, is fine; and empty containers are allowed.
  CHECK(tlcodec::decode<tlcodec::object>(inner, with_registry()).has_value());
  CHECK(tlcodec::decode<msg_container>(container_bytes({}), with_registry())->messages.empty());
}

TEST_CASE("at most 1024 messages in a container", "[container][errors]") {
  const auto body = encoded(ping{.ping_id = 1});
  const auto one = message_bytes(8, 1, body);
  const auto make = [&](std::uint32_t count) {
    std::vector<std::byte> out = concat({le32(msg_container::constructor_id), le32(count)});
    for (std::uint32_t i = 0; i < count; ++i) out.insert(out.end(), one.begin(), one.end());
    return out;
  };
  const auto full = tlcodec::decode<msg_container>(make(1024), with_registry());
  REQUIRE(full.has_value());
  CHECK(full->messages.size() == 1024);
  CHECK(tlcodec::decode<msg_container>(make(1025), with_registry()).error() ==
        tlcodec::error{errc::too_many_messages, 4, msg_container::constructor_id});
}

TEST_CASE("a constructor of a newer layer deep inside a known body: that body opaque, the rest typed", "[container]") {
  // rpc_result { updateShort { update: <unknown>, date } }: known ids outside, unknown inside.
  const auto deep =
      concat({le32(rpc_result::constructor_id), le64(5), le32(0x78d4dec1), le32(0x0badf00d), le32(1), le32(2)});
  const auto bytes = container_bytes({message_bytes(1, 1, encoded(ping{.ping_id = 1})), message_bytes(2, 3, deep)});
  const auto decoded = tlcodec::decode<msg_container>(bytes, with_registry());
  REQUIRE(decoded.has_value());
  CHECK(decoded->messages[0].body.holds<ping>());
  // The rpc_result is typed; its result, whose length is the rest of the body, is kept opaque.
  const auto* answer = decoded->messages[1].body.get_if<rpc_result>();
  REQUIRE(answer != nullptr);
  CHECK(answer->req_msg_id == 5);
  CHECK(answer->result.is_opaque());
  CHECK(answer->result.constructor_id() == 0x78d4dec1);
  CHECK(encoded(*decoded) == bytes);
  // Corruption that is not an unknown constructor is still an error: msgs_ack with a bad vector id.
  const auto bad_ack = concat({le32(msgs_ack::constructor_id), le32(0xdeadbeef), le32(0)});
  CHECK(tlcodec::decode<msg_container>(container_bytes({message_bytes(1, 1, bad_ack)}), with_registry()).error() ==
        tlcodec::error{errc::invalid_vector_id, 8 + 16 + 4, msgs_ack::constructor_id});
}

TEST_CASE("message bodies nest through msg_copy and message: encoding and == stay linear", "[container]") {
  // 60 levels of message { body: message { body: … ping } } (with msg_copy and ping, 62
  // constructor levels: as deep as a default decode goes) would cost 2^60 if each level
  // measured its body by encoding it.
  tlcodec::object body = tlcodec::make_object(ping{.ping_id = 1});
  for (int level = 0; level < 60; ++level)
    body = tlcodec::make_object(message{.msg_id = level, .seqno = 1, .body = body});
  const auto bytes = encoded(msg_copy{.orig_message = *body.get_if<message>()});
  CHECK(bytes.size() == 4 + 60 * 20 + 12);  // each level: id, msg_id, seqno, bytes
  const auto decoded = tlcodec::decode<msg_copy>(bytes, with_registry());
  REQUIRE(decoded.has_value());
  CHECK(decoded->orig_message == *body.get_if<message>());
  CHECK(encoded(*decoded) == bytes);
}
