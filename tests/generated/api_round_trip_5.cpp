// Round trips of the api functions, chunks 1 and 2 (see tlcodec/api/type_lists.hpp).
#include <tlcodec/api/type_lists.hpp>

#include "round_trip.hpp"

TEST_CASE("api functions round-trip, chunks 1 and 2", "[generated][api]") {
  using namespace tlcodec::api;
  CHECK(test_support::round_trip_all(functions_1{}) == functions_1::size);
  CHECK(test_support::round_trip_all(functions_2{}) == functions_2::size);
}
