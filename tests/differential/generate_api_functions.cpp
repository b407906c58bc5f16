// Arbitrary values of the api functions, generic ones included (see tlcodec/api/type_lists.hpp).
#include <tlcodec/api/type_lists.hpp>

#include "generate.hpp"

void differential::write_api_functions(generation& g) {
  write_all(tlcodec::api::functions_1{}, g);
  write_all(tlcodec::api::functions_2{}, g);
  write_all(tlcodec::api::functions_3{}, g);
  write_all(tlcodec::api::functions_4{}, g);
  write_all(tlcodec::api::generic_functions{}, g);
}
