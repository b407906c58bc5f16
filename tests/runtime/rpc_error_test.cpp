// rpc_error messages: name and number, and the check against a function's documented errors.
#include <catch2/catch.hpp>

#include <tlcodec/documented_error.hpp>
#include <tlcodec/rpc_error.hpp>

#include "seed_schema.hpp"

TEST_CASE("rpc_error: a trailing number is split off (docs/tl-binary.md §8: FLOOD_WAIT_5)", "[rpc_error]") {
  const auto e = tlcodec::split_rpc_error("FLOOD_WAIT_5");
  CHECK(e.name == "FLOOD_WAIT");
  CHECK(e.number == 5);
  CHECK(e.pattern == "FLOOD_WAIT_%d");
  CHECK(tlcodec::split_rpc_error("PHONE_MIGRATE_4").name == "PHONE_MIGRATE");
  CHECK(tlcodec::split_rpc_error("2FA_CONFIRM_WAIT_3600").number == 3600);
  CHECK(tlcodec::split_rpc_error("2FA_CONFIRM_WAIT_3600").name == "2FA_CONFIRM_WAIT");
}

TEST_CASE("rpc_error: a number inside the message, or glued to a unit", "[rpc_error]") {
  const auto middle = tlcodec::split_rpc_error("FILE_REFERENCE_2_EXPIRED");
  CHECK(middle.name == "FILE_REFERENCE_EXPIRED");
  CHECK(middle.number == 2);
  CHECK(middle.pattern == "FILE_REFERENCE_%d_EXPIRED");
  const auto unit = tlcodec::split_rpc_error("PREVIOUS_CHAT_IMPORT_ACTIVE_WAIT_5MIN");
  CHECK(unit.name == "PREVIOUS_CHAT_IMPORT_ACTIVE_WAIT_MIN");
  CHECK(unit.number == 5);
  CHECK(unit.pattern == "PREVIOUS_CHAT_IMPORT_ACTIVE_WAIT_%dMIN");
}

TEST_CASE("rpc_error: names without a number compare directly (the seed's errors)", "[rpc_error]") {
  for (const char* message : {"CALL_ALREADY_DECLINED", "CALL_PEER_INVALID", "2FA_CONFIRM_WAIT", "SHA256_HASH_INVALID",
                              "", "TOO_LONG_99999999999999999999999"}) {
    const auto e = tlcodec::split_rpc_error(message);
    CHECK(e.name == message);
    CHECK_FALSE(e.number.has_value());
  }
}

TEST_CASE("rpc_error: checked against the function's documented errors", "[rpc_error]") {
  using call = seed::phone::confirmCall;
  CHECK(tlcodec::is_documented_error<call>(400, "CALL_ALREADY_DECLINED"));
  CHECK(tlcodec::is_documented_error<call>(400, "CALL_PEER_INVALID"));
  CHECK_FALSE(tlcodec::is_documented_error<call>(403, "CALL_PEER_INVALID"));  // the code matters too
  CHECK_FALSE(tlcodec::is_documented_error<call>(420, "FLOOD_WAIT_5"));
  CHECK_FALSE(tlcodec::is_documented_error<seed::help::getConfig>(400, "CALL_PEER_INVALID"));
}
