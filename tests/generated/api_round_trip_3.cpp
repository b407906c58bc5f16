// Round trips of the api constructors, chunks 5 and 6 (see tlcodec/api/type_lists.hpp).
#include <tlcodec/api/type_lists.hpp>

#include "round_trip.hpp"

TEST_CASE("api constructors round-trip, chunks 5 and 6", "[generated][api]") {
  using namespace tlcodec::api;
  CHECK(test_support::round_trip_all(constructors_5{}) == constructors_5::size);
  CHECK(test_support::round_trip_all(constructors_6{}) == constructors_6::size);
}
