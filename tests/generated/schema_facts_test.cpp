// Facts of the generated api that users rely on: names, ids, result types, documented errors.
#include <catch2/catch.hpp>

#include <type_traits>

#include <tlcodec/api/phone.hpp>
#include <tlcodec/api/type_lists.hpp>
#include <tlcodec/mtproto/type_lists.hpp>

#include "laws.hpp"

TEST_CASE("the seed request and its answer are generated with their TL names and ids", "[generated]") {
  using tlcodec::api::phone::confirmCall;
  STATIC_REQUIRE(confirmCall::constructor_id == 0x2efe1722);
  STATIC_REQUIRE(confirmCall::tl_name == "phone.confirmCall");
  STATIC_REQUIRE(std::is_same_v<confirmCall::result_type, tlcodec::api::phone::PhoneCall>);
  STATIC_REQUIRE(std::is_same_v<tlcodec::api::phone::PhoneCall, tlcodec::api::phone::phoneCall>);
  STATIC_REQUIRE(tlcodec::api::phone::phoneCall::constructor_id == 0xec82e140);
  STATIC_REQUIRE(tlcodec::api::layer == 223);
}

TEST_CASE("phone.confirmCall carries its documented errors from schema/errors.tsv", "[generated]") {
  using tlcodec::api::phone::confirmCall;
  REQUIRE(confirmCall::tl_errors.size() == 2);
  CHECK(confirmCall::tl_errors[0] == tlcodec::documented_error{400, "CALL_ALREADY_DECLINED"});
  CHECK(confirmCall::tl_errors[1] == tlcodec::documented_error{400, "CALL_PEER_INVALID"});
}

TEST_CASE("the whole layer is generated: 1545 + 766 api, 54 + 10 mtproto", "[generated]") {
  // 11 api functions are generic (invokeWithLayer, …): templates, not in all_functions.
  STATIC_REQUIRE(tlcodec::api::all_constructors::size == 1545);
  STATIC_REQUIRE(tlcodec::api::all_functions::size == 766 - 11);
  STATIC_REQUIRE(tlcodec::mtproto::all_constructors::size == 54);
  STATIC_REQUIRE(tlcodec::mtproto::all_functions::size == 10);
  // The chunks the exhaustive tests walk cover every type: 8 + 4 api chunks, 1 + 1 mtproto.
  using namespace tlcodec::api;
  STATIC_REQUIRE(constructor_chunks::size == 8 && function_chunks::size == 4);
  STATIC_REQUIRE(constructors_1::size + constructors_2::size + constructors_3::size + constructors_4::size +
                     constructors_5::size + constructors_6::size + constructors_7::size + constructors_8::size ==
                 all_constructors::size);
  STATIC_REQUIRE(functions_1::size + functions_2::size + functions_3::size + functions_4::size == all_functions::size);
}

TEST_CASE("a C++ keyword or a namespace name used as a TL name gets one trailing underscore", "[generated]") {
  STATIC_REQUIRE(tlcodec::api::updates_::tl_name == "updates");  // also the namespace updates::
  STATIC_REQUIRE(tlcodec::api::updates::getState::tl_name == "updates.getState");
}

TEST_CASE("generic wrappers take the wrapped query's result type", "[generated]") {
  using wrapped = tlcodec::api::invokeWithLayer<tlcodec::api::phone::confirmCall>;
  STATIC_REQUIRE(std::is_same_v<wrapped::result_type, tlcodec::api::phone::PhoneCall>);
  test_support::check_laws(wrapped{.layer = tlcodec::api::layer, .query = {}});
}

TEST_CASE("a moved-from api::PhoneCall that held a heap-held alternative holds the default one",
          "[generated][variant]") {
  using namespace tlcodec::api;
  const std::byte g_b[16] = {std::byte{7}};
  PhoneCall source = phoneCallAccepted{.id = 1, .access_hash = 2, .g_b = tlcodec::bytes(g_b, sizeof g_b)};
  const PhoneCall taken = std::move(source);
  REQUIRE(taken.holds<phoneCallAccepted>());
  CHECK(source.holds<phoneCallEmpty>());  // not phoneCallAccepted with nothing behind it
  CHECK_FALSE(source.valueless_after_move());
  const PhoneCall copy = source;  // crashed when the moved-from value still claimed phoneCallAccepted
  CHECK(copy == source);
  CHECK(tlcodec::encode(source).value() == tlcodec::encode(PhoneCall{}).value());
}
