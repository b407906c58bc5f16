// What the decoder rejects with default options, the encoder refuses: each case fails to
// encode with the errc the decoder gives its bytes, and the value just inside the limit encodes
// and decodes.
#include <catch2/catch.hpp>

#include <tlcodec/object_type.hpp>
#include <tlcodec/views.hpp>

#include "nesting_support.hpp"

using namespace service_support;
using tlcodec::errc;
using tlcodec::mtproto::message;
using tlcodec::mtproto::msg_container;

namespace {

msg_container container_of(std::size_t count, const tlcodec::object& body) {
  msg_container container;
  for (std::size_t i = 0; i < count; ++i)
    container.messages.push_back(message{.msg_id = 4 * (std::int64_t(i) + 1), .seqno = 1, .body = body});
  return container;
}

const tlcodec::object ping = tlcodec::make_object(tlcodec::mtproto::ping{.ping_id = 1});

errc encode_code(const auto& value) { return tlcodec::encode(value).error().code; }

}  // namespace

TEST_CASE("encode refuses a container of more than 1024 messages", "[encode][container]") {
  CHECK(encode_code(container_of(1025, ping)) == errc::too_many_messages);
  const auto fits = tlcodec::encode(container_of(1024, ping));
  REQUIRE(fits.has_value());
  CHECK(tlcodec::decode<msg_container>(*fits, with_registry()).has_value());
}

TEST_CASE("encode refuses a container in a container's message, also gzip_packed", "[encode][container]") {
  const tlcodec::object inner = tlcodec::make_object(container_of(1, ping));
  const auto nested = container_of(1, inner);
  CHECK(encode_code(nested) == errc::nested_container);
  // What the decoder says of such bytes (written by hand, since encode refuses them).
  const auto bytes = container_bytes({message_bytes(4, 1, encoded(container_of(1, ping)))});
  CHECK(tlcodec::decode<msg_container>(bytes, with_registry()).error().code == errc::nested_container);

  const auto gzip_bytes = gzip_packed_bytes(encoded(container_of(1, ping)));
  const tlcodec::object packed = tlcodec::object::gzip(gzip_bytes, inner);
  CHECK(encode_code(container_of(1, packed)) == errc::nested_container);
}

TEST_CASE("encode refuses a message body that is not a multiple of 4 bytes", "[encode][container]") {
  const std::vector<std::byte> odd = concat({le32(0x12345678), std::vector<std::byte>(2)});
  CHECK(encode_code(container_of(1, tlcodec::object::opaque(odd))) == errc::body_length_mismatch);
  const std::vector<std::byte> even = concat({le32(0x12345678), le32(0)});
  CHECK(encode_code(container_of(1, tlcodec::object::opaque(even))) == errc::ok);
}

// gzip_packed as an Object decoded from the wire holds what it unpacked to: one whose content is
// gzip_packed again is refused.
TEST_CASE("encode refuses gzip_packed holding gzip_packed", "[encode][gzip]") {
  const auto ping_bytes = encoded(tlcodec::mtproto::ping{.ping_id = 1});
  const tlcodec::object once = tlcodec::object::gzip(gzip_packed_bytes(ping_bytes), ping);
  CHECK(encode_code(tlcodec::mtproto::rpc_result{.req_msg_id = 1, .result = once}) == errc::ok);
  const tlcodec::object twice = tlcodec::object::gzip(gzip_packed_bytes(gzip_packed_bytes(ping_bytes)), once);
  CHECK(encode_code(tlcodec::mtproto::rpc_result{.req_msg_id = 1, .result = twice}) == errc::nested_gzip);
}

// 2^31 ints, a view over a few bytes: counting their size reads none of them.
TEST_CASE("encode refuses a vector of 2^31 elements", "[encode]") {
  const std::byte few[8] = {};
  const tlcodec::scalars_view<std::int32_t> huge(few, std::size_t{1} << 31);
  tlcodec::size_counter counter;
  CHECK(tlcodec::encode_to(counter, huge).code == errc::invalid_count);
  const tlcodec::scalars_view<std::int32_t> fits(few, 2);
  tlcodec::size_counter fits_counter;
  CHECK(tlcodec::encode_to(fits_counter, fits).code == errc::ok);
}

// A typed gzip_packed is not unpacked (an Object decode does that): its packed_data must at
// least begin as a gzip stream, both ways.
TEST_CASE("encode refuses a typed gzip_packed whose data is not gzip, as decode does", "[encode][gzip]") {
  const auto ping_bytes = encoded(tlcodec::mtproto::ping{.ping_id = 1});
  for (const auto& data : {tlcodec::bytes(), tlcodec::bytes(ping_bytes), tlcodec::bytes(byte_vector(300))}) {
    INFO(data.size() << " bytes of packed_data");
    CHECK(encode_code(tlcodec::mtproto::gzip_packed{.packed_data = data}) == errc::invalid_gzip);
    const auto bytes = gzip_packed_holding(data);
    const auto decoded = tlcodec::decode<tlcodec::mtproto::gzip_packed>(bytes);
    CHECK(decoded.error().code == errc::invalid_gzip);
    CHECK(decoded.error().offset == 4);
    CHECK(decoded.error().constructor_id == tlcodec::gzip_packed_id);
    CHECK(encode_code(tlcodec::make_object(tlcodec::mtproto::gzip_packed{.packed_data = data})) == errc::invalid_gzip);
  }
  // A real stream, short (a length byte) or long (0xfe and three): both ways.
  for (const std::size_t size : {4, 4000}) {
    const tlcodec::mtproto::gzip_packed packed{.packed_data = tlcodec::bytes(tlcodec::gzip(byte_vector(size)))};
    INFO(packed.packed_data.size() << " bytes of packed_data");
    check_round_trip(packed);
  }
}

// Each constructor is a level (an Object's is its own): for every depth around the default
// max_depth, the value encodes if and only if its bytes decode, and then to those bytes.
TEST_CASE("encode refuses nesting past the default max_depth, as decode does", "[encode][depth]") {
  const auto agree = [](const byte_vector& bytes, const auto& value, auto decode) {
    const errc decoded = decode(bytes);
    const auto encoding = tlcodec::encode(value);
    CHECK((decoded == errc::ok) == encoding.has_value());
    if (encoding.has_value()) CHECK(*encoding == bytes);
    if (decoded != errc::ok) {
      CHECK(decoded == errc::depth_exceeded);
      CHECK(encoding.error().code == errc::depth_exceeded);
    }
    return decoded == errc::ok;
  };
  std::size_t typed_accepted = 0;
  std::size_t objects_accepted = 0;
  for (std::size_t depth = 60; depth <= 68; ++depth) {
    INFO("depth " << depth);
    typed_accepted += agree(rich_text_bytes(depth), rich_text(depth), [](const byte_vector& bytes) {
      return tlcodec::decode<tlcodec::api::RichText>(bytes).error().code;
    });
    const tlcodec::object inner = tlcodec::make_object(tlcodec::mtproto::ping{.ping_id = 1});
    objects_accepted +=
        agree(rpc_result_bytes(invoke_with_layers_bytes(depth, encoded(inner))),
              tlcodec::mtproto::rpc_result{.req_msg_id = 1, .result = invoke_with_layers(depth, inner)},
              [](const byte_vector& bytes) {
                return tlcodec::decode<tlcodec::mtproto::rpc_result>(bytes, with_registry()).error().code;
              });
  }
  CHECK(typed_accepted == tlcodec::default_max_depth - 59);  // depths 60..64
  CHECK(objects_accepted > 0);
  CHECK(objects_accepted < 9);
}
