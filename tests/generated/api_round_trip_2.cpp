// Round trips of the api constructors, chunks 3 and 4 (see tlcodec/api/type_lists.hpp).
#include <tlcodec/api/type_lists.hpp>

#include "round_trip.hpp"

TEST_CASE("api constructors round-trip, chunks 3 and 4", "[generated][api]") {
  using namespace tlcodec::api;
  CHECK(test_support::round_trip_all(constructors_3{}) == constructors_3::size);
  CHECK(test_support::round_trip_all(constructors_4{}) == constructors_4::size);
}
