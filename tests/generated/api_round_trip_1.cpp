// Round trips of the api constructors, chunks 1 and 2 (see tlcodec/api/type_lists.hpp).
#include <tlcodec/api/type_lists.hpp>

#include "round_trip.hpp"

TEST_CASE("api constructors round-trip, chunks 1 and 2", "[generated][api]") {
  using namespace tlcodec::api;
  CHECK(test_support::round_trip_all(constructors_1{}) == constructors_1::size);
  CHECK(test_support::round_trip_all(constructors_2{}) == constructors_2::size);
}
