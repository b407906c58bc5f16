// Arbitrary values of the api constructors 5 to 8 (see tlcodec/api/type_lists.hpp).
#include <tlcodec/api/type_lists.hpp>

#include "generate.hpp"

void differential::write_api_constructors_5_to_8(generation& g) {
  write_all(tlcodec::api::constructors_5{}, g);
  write_all(tlcodec::api::constructors_6{}, g);
  write_all(tlcodec::api::constructors_7{}, g);
  write_all(tlcodec::api::constructors_8{}, g);
}
