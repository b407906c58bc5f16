// Arbitrary values of the api constructors 1 to 4 (see tlcodec/api/type_lists.hpp).
#include <tlcodec/api/type_lists.hpp>

#include "generate.hpp"

void differential::write_api_constructors_1_to_4(generation& g) {
  write_all(tlcodec::api::constructors_1{}, g);
  write_all(tlcodec::api::constructors_2{}, g);
  write_all(tlcodec::api::constructors_3{}, g);
  write_all(tlcodec::api::constructors_4{}, g);
}
