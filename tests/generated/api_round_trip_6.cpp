// Round trips of the api functions, chunks 3 and 4 and the generic ones (their Object an opaque
// boolTrue; see tlcodec/api/type_lists.hpp).
#include <tlcodec/api/type_lists.hpp>

#include "round_trip.hpp"

TEST_CASE("api functions round-trip, chunks 3 and 4, generic ones", "[generated][api]") {
  using namespace tlcodec::api;
  CHECK(test_support::round_trip_all(functions_3{}) == functions_3::size);
  CHECK(test_support::round_trip_all(functions_4{}) == functions_4::size);
  CHECK(test_support::round_trip_all(generic_functions{}) == generic_functions::size);
}
