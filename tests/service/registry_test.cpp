// The default registry: every constructor and function of both schemas, found by id and name,
// and Object values decoded through it (typed), or kept opaque without it.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <string>

#include <tlcodec/api/help.hpp>
#include <tlcodec/api/phone.hpp>
#include <tlcodec/api/registry.hpp>
#include <tlcodec/api/root.hpp>
#include <tlcodec/api/type_lists.hpp>
#include <tlcodec/mtproto/registry.hpp>
#include <tlcodec/mtproto/type_lists.hpp>
#include <tlcodec/object_type.hpp>
#include <tlcodec/testing/arbitrary.hpp>

#include "hex.hpp"
#include "json.hpp"
#include "service_support.hpp"

using namespace service_support;
using tlcodec::errc;

namespace {

std::string corpus_file(const std::string& name) {
  return test_support::read_file(std::string(TLCODEC_CORPUS_DIR) + "/" + name);
}

template <class... Ts>
void check_listed(tlcodec::detail::type_list<Ts...>, const tlcodec::object_registry& registry) {
  const auto check = [&]<class T>() {
    const tlcodec::object_type* type = registry.find(T::constructor_id);
    INFO(T::tl_name);
    REQUIRE(type != nullptr);
    CHECK(type->name == T::tl_name);
    CHECK(type->type == T::tl_type);
    // (by name: the first of that name; api and mtproto both have a `message`)
    CHECK(registry.find(T::tl_name)->name == T::tl_name);
  };
  (check.template operator()<Ts>(), ...);
}

}  // namespace

TEST_CASE("the default registry lists every api and mtproto constructor and function once", "[registry]") {
  const auto& registry = tlcodec::default_registry();
  // 1545 + 766 api, 54 + 10 mtproto, boolTrue and boolFalse; no id shared between the schemas.
  CHECK(tlcodec::api::object_types().size() == 1545 + 766);
  CHECK(tlcodec::mtproto::object_types().size() == 54 + 10);
  CHECK(registry.types().size() == 1545 + 766 + 54 + 10 + 2);
  std::set<std::uint32_t> ids;
  for (const auto* type : registry.types()) ids.insert(type->id);
  CHECK(ids.size() == registry.types().size());

  check_listed(tlcodec::api::constructors_1{}, registry);
  check_listed(tlcodec::api::constructors_8{}, registry);
  check_listed(tlcodec::api::functions_4{}, registry);
  check_listed(tlcodec::mtproto::all_constructors{}, registry);
  check_listed(tlcodec::mtproto::all_functions{}, registry);

  const auto* confirm = registry.find("phone.confirmCall");
  REQUIRE(confirm != nullptr);
  CHECK(confirm->id == 0x2efe1722);
  CHECK(confirm->is_function);
  CHECK(confirm->type == "phone.PhoneCall");
  CHECK(registry.find(0x997275b5)->name == "boolTrue");
  CHECK(registry.find(0xdeadbeef) == nullptr);
  CHECK(registry.find("noSuchThing") == nullptr);
}

TEST_CASE("a corpus object decodes as Object through the registry and re-encodes byte for byte", "[registry][object]") {
  const auto bytes = test_support::from_hex(corpus_file("phone_phoneCall.hex"));
  const auto object = tlcodec::decode<tlcodec::object>(bytes, with_registry());
  REQUIRE(object.has_value());
  REQUIRE(object->type() != nullptr);
  CHECK(object->type()->name == "phone.phoneCall");
  CHECK_FALSE(object->is_opaque());
  const auto* call = object->get_if<tlcodec::api::phone::phoneCall>();
  REQUIRE(call != nullptr);
  CHECK(*call == *tlcodec::decode<tlcodec::api::phone::phoneCall>(bytes));
  CHECK(object->get_if<tlcodec::api::phone::confirmCall>() == nullptr);
  CHECK(*tlcodec::encode(*object) == bytes);
  CHECK(tlcodec::encoded_size(*object) == bytes.size());
  CHECK(tlcodec::to_text(*object) == tlcodec::to_text(*call));
}

// A strict decode takes a typed Object's size from the bytes it read (no encoding pass): they
// are canonical, and the value encodes to them again.
TEST_CASE("a decoded Object's size is the size it encodes to", "[registry][object]") {
  tlcodec::testing::random_source random(7);
  std::size_t checked = 0;
  const auto check = [&]<class T>() {
    for (int i = 0; i < 4; ++i) {
      const auto bytes = tlcodec::encode(tlcodec::testing::arbitrary<T>(random));
      if (!bytes) continue;  // e.g. an empty Object field
      const auto object = tlcodec::decode<tlcodec::object>(*bytes, with_registry());
      INFO(T::tl_name);
      REQUIRE(object.has_value());
      CHECK(object->encoded_size() == bytes->size());
      CHECK(*tlcodec::encode(*object) == *bytes);
      ++checked;
    }
  };
  [&]<class... Ts>(tlcodec::detail::type_list<Ts...>) {
    (check.template operator()<Ts>(), ...);
  }(tlcodec::api::constructors_1{});
  CHECK(checked > 500);
  // A lenient decode may read a non-canonical length prefix (0xfe and three bytes for 2): the
  // Object's size is that of its canonical encoding, which is what it writes.
  const auto bytes = concat(
      {le32(tlcodec::mtproto::rpc_error::constructor_id), le32(400), test_support::from_hex("fe0200004f4b0000")});
  tlcodec::decode_options lenient = with_registry();
  lenient.strict = false;
  const auto object = tlcodec::decode<tlcodec::object>(bytes, lenient);
  REQUIRE(object.has_value());
  CHECK(object->encoded_size() == 12);
  CHECK(*tlcodec::encode(*object) ==
        concat({le32(tlcodec::mtproto::rpc_error::constructor_id), le32(400), test_support::from_hex("024f4b00")}));
}

TEST_CASE("without a registry an Object is opaque: its id and raw bytes, re-encoded exactly", "[registry][object]") {
  const auto bytes = test_support::from_hex(corpus_file("phone_confirmCall.hex"));
  const auto object = tlcodec::decode<tlcodec::object>(bytes);
  REQUIRE(object.has_value());
  CHECK(object->is_opaque());
  CHECK(object->constructor_id() == 0x2efe1722);
  CHECK(object->type() == nullptr);
  CHECK(object->get_if<tlcodec::api::phone::confirmCall>() == nullptr);
  CHECK(*tlcodec::encode(*object) == bytes);
  CHECK(tlcodec::to_text(*object).starts_with("opaque#2efe1722 bytes[" + std::to_string(bytes.size() - 4) + "] "));
}

TEST_CASE("rpc_result: the result typed through the registry; opaque for an unknown id", "[registry][rpc_result]") {
  using namespace tlcodec::mtproto;
  // docs/tl-binary.md §8: rpc_error 420 FLOOD_WAIT_5 as the result of request 5.
  const auto bytes =
      concat({le32(0xf35c6d01), le64(5),
              test_support::from_hex("19 ca 44 21 a4 01 00 00 0c 46 4c 4f 4f 44 5f 57 41 49 54 5f 35 00 00 00")});
  const auto typed = tlcodec::decode<rpc_result>(bytes, with_registry());
  REQUIRE(typed.has_value());
  CHECK(typed->req_msg_id == 5);
  const auto* error = typed->result.get_if<rpc_error>();
  REQUIRE(error != nullptr);
  CHECK(error->error_code == 420);
  CHECK(error->error_message == "FLOOD_WAIT_5");
  CHECK(*tlcodec::encode(*typed) == bytes);
  CHECK(
      tlcodec::to_text(*typed) ==
      "rpc_result {\n  req_msg_id: 5\n  result: rpc_error {\n    error_code: 420\n    error_message: \"FLOOD_WAIT_5\"\n  }\n}");

  const auto opaque = tlcodec::decode<rpc_result>(bytes);
  REQUIRE(opaque.has_value());
  CHECK(opaque->result.is_opaque());
  CHECK(*tlcodec::encode(*opaque) == bytes);

  // A constructor of a later layer: kept, and printed, as opaque.
  const auto unknown = concat({le32(0xf35c6d01), le64(6), le32(0x12345678), le32(1), le32(2)});
  const auto kept = tlcodec::decode<rpc_result>(unknown, with_registry());
  REQUIRE(kept.has_value());
  CHECK(kept->result.is_opaque());
  CHECK(kept->result.constructor_id() == 0x12345678);
  CHECK(*tlcodec::encode(*kept) == unknown);
  CHECK(tlcodec::to_text(kept->result) == "opaque#12345678 bytes[8] 0100000002000000");
  std::ostringstream streamed;
  streamed << kept->result;
  CHECK(streamed.str() == tlcodec::to_text(kept->result));
}

TEST_CASE("make_object: typed values as Object encode like the values themselves", "[registry][object]") {
  using namespace tlcodec::mtproto;
  const auto pong_object = tlcodec::make_object(pong{.msg_id = 1, .ping_id = 2});
  CHECK(pong_object.holds<pong>());
  CHECK(*tlcodec::encode(pong_object) == encoded(pong{.msg_id = 1, .ping_id = 2}));
  CHECK(pong_object == tlcodec::make_object(pong{.msg_id = 1, .ping_id = 2}));
  CHECK_FALSE(pong_object == tlcodec::make_object(pong{.msg_id = 1, .ping_id = 3}));
  CHECK_FALSE(pong_object == tlcodec::object::opaque(encoded(pong{.msg_id = 1, .ping_id = 2})));
  // A boxed value becomes the object of the constructor it holds.
  const tlcodec::api::InputPeer peer = tlcodec::api::inputPeerChat{.chat_id = 42};
  const auto peer_object = tlcodec::make_object(peer);
  CHECK(peer_object.holds<tlcodec::api::inputPeerChat>());
  CHECK(peer_object.get_if<tlcodec::api::inputPeerChat>()->chat_id == 42);

  // An empty object has no encoding.
  const rpc_result empty{.req_msg_id = 1, .result = {}};
  CHECK(tlcodec::encode(empty).error().code == errc::empty_object);
  check_round_trip(rpc_result{.req_msg_id = 9, .result = pong_object});
}

TEST_CASE("invokeWithLayer(198, help.getConfig) as Object: the query typed through the registry",
          "[registry][object]") {
  const auto bytes = test_support::from_hex("0d 0d 9b da c6 00 00 00 6b 18 f9 c4");
  const auto object = tlcodec::decode<tlcodec::object>(bytes, with_registry());
  REQUIRE(object.has_value());
  const auto* invoke = object->get_if<tlcodec::api::invokeWithLayer<tlcodec::object>>();
  REQUIRE(invoke != nullptr);
  CHECK(invoke->layer == 198);
  CHECK(invoke->query.holds<tlcodec::api::help::getConfig>());
  CHECK(*tlcodec::encode(*object) == bytes);
  CHECK(tlcodec::to_text(*object) == "invokeWithLayer {\n  layer: 198\n  query: help.getConfig {}\n}");
}

TEST_CASE("arbitrary Object fields: made by any_object, typed through the registry on decode", "[registry][object]") {
  tlcodec::testing::random_source random(3);
  tlcodec::testing::arbitrary_options options;
  options.any_object = [](tlcodec::testing::random_source& source) {
    return tlcodec::make_object(tlcodec::testing::arbitrary<tlcodec::api::InputPeer>(source));
  };
  const auto invoke = tlcodec::testing::arbitrary<tlcodec::api::invokeWithLayer<tlcodec::object>>(random, options);
  REQUIRE(invoke.query.type() != nullptr);
  CHECK(invoke.query.type()->type == "InputPeer");
  const auto decoded = tlcodec::decode<tlcodec::object>(*tlcodec::encode(invoke), with_registry());
  REQUIRE(decoded.has_value());
  CHECK(decoded->get_if<tlcodec::api::invokeWithLayer<tlcodec::object>>()->query == invoke.query);
}

TEST_CASE("decoding an Object: errors keep their offset and constructor id", "[registry][errors]") {
  // phone.phoneCall cut inside: truncated, in the innermost constructor, at the right offset.
  const auto bytes = test_support::from_hex(corpus_file("phone_phoneCall.hex"));
  const std::vector<std::byte> cut(bytes.begin(), bytes.begin() + 40);
  const auto typed = tlcodec::decode<tlcodec::api::phone::phoneCall>(cut);
  const auto object = tlcodec::decode<tlcodec::object>(cut, with_registry());
  CHECK(object.error() == typed.error());
  CHECK(object.error().code == errc::truncated);
  // Fewer than 4 bytes: no id to read.
  CHECK(tlcodec::decode<tlcodec::object>(test_support::from_hex("01 02"), with_registry()).error() ==
        tlcodec::error{errc::truncated, 0, 0});
}
