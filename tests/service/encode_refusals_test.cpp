// What the decoder rejects with default options, the encoder refuses: each case fails to
// encode with the errc the decoder gives its bytes, and the value just inside the limit encodes
// and decodes.
#include <catch2/catch.hpp>

#include <tlcodec/object_type.hpp>
#include <tlcodec/views.hpp>

#include "service_support.hpp"

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
// gzip_packed again is refused. (A typed gzip_packed value is written as it is: its packed_data
// is only inflated where an Object is decoded, and decode<gzip_packed> reads it as bytes.)
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
