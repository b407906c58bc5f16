// The tlcodec side of the differential tests: arbitrary values of every constructor and function
// of a schema, encoded, one line each: "<tl name> <hex>".
#pragma once

#include <cstdint>
#include <ostream>

#include <tlcodec/detail/type_list.hpp>
#include <tlcodec/encode.hpp>
#include <tlcodec/testing/arbitrary.hpp>

#include "hex.hpp"

namespace differential {

struct generation {
  std::uint64_t seed;
  unsigned per_entry;  // values of each constructor and function
  std::ostream& out;
  bool failed = false;  // a value that did not encode (reported on stderr)
};

// The options of value number k of a type: optional fields none, all, then at random; every
// fourth value with strings and bytes long enough for the 4-byte length prefix.
tlcodec::testing::arbitrary_options options_for(unsigned k);

template <class T>
[[gnu::noinline]] void write_arbitrary(generation& g) {
  // Seeded by type, so that a type's values do not depend on which others are written.
  tlcodec::testing::random_source random(g.seed ^ (std::uint64_t{T::constructor_id} << 20));
  for (unsigned k = 0; k < g.per_entry; ++k) {
    const auto encoded = tlcodec::encode(tlcodec::testing::arbitrary<T>(random, options_for(k)));
    if (!encoded) {
      g.failed = true;
      continue;
    }
    g.out << T::tl_name << ' ' << test_support::to_hex(*encoded) << '\n';
  }
}

template <class... Ts>
void write_all(tlcodec::detail::type_list<Ts...>, generation& g) {
  (write_arbitrary<Ts>(g), ...);
}

// One per translation unit (generate_api_*.cpp), to spread the instantiations.
void write_api_constructors_1_to_4(generation& g);
void write_api_constructors_5_to_8(generation& g);
void write_api_functions(generation& g);
void write_mtproto(generation& g);

}  // namespace differential
