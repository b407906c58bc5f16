// The worked examples of docs/tl-binary.md §6 and §8, byte-exact both ways, with the generated types.
#include <catch2/catch.hpp>

#include <tlcodec/api/help.hpp>
#include <tlcodec/api/root.hpp>
#include <tlcodec/mtproto/all.hpp>

#include "laws.hpp"

TEST_CASE("§6 invokeWithLayer(198, help.getConfig) with the generated api", "[spec][generated]") {
  using namespace tlcodec::api;
  test_support::check_bytes(invokeWithLayer<help::getConfig>{.layer = 198, .query = {}},
                            "0d 0d 9b da c6 00 00 00 6b 18 f9 c4");
}

TEST_CASE("§8 a container with one ping (bare messages, body length in bytes)", "[spec][generated]") {
  using namespace tlcodec::mtproto;
  const auto ping_body = tlcodec::encode(ping{.ping_id = 7});
  REQUIRE(ping_body.has_value());
  const msg_container container{
      .messages = {{.msg_id = 0x6500000000000004, .seqno = 1, .body = tlcodec::object::opaque(*ping_body)}}};
  test_support::check_bytes(container,
                            "dc f8 f1 73 01 00 00 00 | 04 00 00 00 00 00 00 65 | 01 00 00 00 | "
                            "0c 00 00 00 | ec 77 be 7a 07 00 00 00 00 00 00 00");
  CHECK(container.messages[0].body.constructor_id() == ping::constructor_id);
}

TEST_CASE("§8 rpc_error FLOOD_WAIT_5 with the generated mtproto schema", "[spec][generated]") {
  test_support::check_bytes(tlcodec::mtproto::rpc_error{.error_code = 420, .error_message = "FLOOD_WAIT_5"},
                            "19 ca 44 21 a4 01 00 00 0c 46 4c 4f 4f 44 5f 57 41 49 54 5f 35 00 00 00");
}
