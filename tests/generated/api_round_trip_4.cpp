// Round trips of the api constructors, chunks 7 and 8 (see tlcodec/api/type_lists.hpp).
#include <tlcodec/api/type_lists.hpp>

#include "round_trip.hpp"

TEST_CASE("api constructors round-trip, chunks 7 and 8", "[generated][api]") {
  using namespace tlcodec::api;
  CHECK(test_support::round_trip_all(constructors_7{}) == constructors_7::size);
  CHECK(test_support::round_trip_all(constructors_8{}) == constructors_8::size);
}
