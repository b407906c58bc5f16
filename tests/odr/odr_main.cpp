// The ODR test's program (see odr.hpp): what odr_a.cpp encodes, odr_b.cpp decodes to the same text.
#include <cstdio>

#include "odr.hpp"

int main() {
  int failures = 0;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const std::string expected = odr_test::text_in_a(seed);
    const std::string decoded = odr_test::text_in_b(odr_test::encode_in_a(seed));
    if (decoded != expected) {
      ++failures;
      std::printf("seed %llu: encoded\n%s\ndecoded\n%s\n", static_cast<unsigned long long>(seed), expected.c_str(),
                  decoded.c_str());
    }
  }
  std::printf("%d of 20 answers differ\n", failures);
  return failures == 0 ? 0 : 1;
}
