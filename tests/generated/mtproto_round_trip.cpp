// Round trips of every mtproto constructor and function.
#include <tlcodec/mtproto/type_lists.hpp>

#include "round_trip.hpp"

TEST_CASE("mtproto constructors and functions round-trip", "[generated][mtproto]") {
  using namespace test_support;
  CHECK(round_trip_all(tlcodec::mtproto::constructors_1{}) == 54);
  CHECK(round_trip_all(tlcodec::mtproto::functions_1{}) == 10);
}
