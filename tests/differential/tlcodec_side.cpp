// tlcodec's side of the differential tests against mtcute (run_differential.py drives both):
//   tlcodec-side generate SEED PER_ENTRY   every api and mtproto constructor and function,
//                                          PER_ENTRY arbitrary values each: "<name> <hex>" lines
//   tlcodec-side reencode                  reads "<name> <hex>" lines, decodes each as a typed
//                                          Object (default registry) and writes it back:
//                                          "<name> <hex>", or "<name> ! <error>"
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>

#include <tlcodec/api/help.hpp>
#include <tlcodec/api/root.hpp>
#include <tlcodec/api/users.hpp>
#include <tlcodec/decode.hpp>
#include <tlcodec/format_error.hpp>
#include <tlcodec/mtproto/type_lists.hpp>
#include <tlcodec/object_type.hpp>
#include <tlcodec/registry.hpp>

#include "generate.hpp"

namespace differential {

tlcodec::testing::arbitrary_options options_for(unsigned k) {
  tlcodec::testing::arbitrary_options options;
  options.max_depth = 3;
  options.max_vector_size = 3;
  options.max_string_size = k % 4 == 3 ? 300 : 24;
  options.optional_fields = k == 0   ? tlcodec::testing::presence::none
                            : k == 1 ? tlcodec::testing::presence::all
                                     : tlcodec::testing::presence::random;
  // What mtcute can hold: ids (int53) as JS numbers, and no empty optional vector (it writes
  // those as absent).
  options.longs_fit_double = true;
  options.empty_optional_vectors = false;
  // The query of invokeWithLayer and its kin: a function (mtcute reads those only through its
  // writer's schema) or a constructor, under the same constraints.
  options.any_object = [query_options = options](tlcodec::testing::random_source& random) {
    using namespace tlcodec::testing;
    switch (random.below(3)) {
      case 0: return tlcodec::make_object(arbitrary<tlcodec::api::users::getUsers>(random, query_options));
      case 1: return tlcodec::make_object(tlcodec::api::help::getConfig{});
      default: return tlcodec::make_object(arbitrary<tlcodec::api::InputPeer>(random, query_options));
    }
  };
  return options;
}

void write_mtproto(generation& g) {
  write_all(tlcodec::mtproto::all_constructors{}, g);
  write_all(tlcodec::mtproto::all_functions{}, g);
}

namespace {

std::string reencode(const std::string& hex) {
  const auto bytes = test_support::from_hex(hex);
  tlcodec::decode_options options;
  options.registry = &tlcodec::default_registry();
  const auto decoded = tlcodec::decode<tlcodec::object>(bytes, options);
  if (!decoded) {
    const std::string report = tlcodec::format_error(decoded.error(), bytes);
    return "! " + report.substr(0, report.find('\n'));  // its first line; tl-dump shows the rest
  }
  if (decoded->type() == nullptr) return "! not typed: an id the registry does not know";
  const auto encoded = tlcodec::encode(*decoded);
  if (!encoded) return "! re-encoding failed: " + std::string(tlcodec::describe(encoded.error().code));
  return test_support::to_hex(*encoded);
}

int reencode_lines() {
  std::string line;
  while (std::getline(std::cin, line)) {
    std::istringstream fields(line);
    std::string name, hex;
    fields >> name >> hex;
    std::string answer;
    try {
      answer = reencode(hex);
    } catch (const std::exception& e) {  // malformed hex
      answer = std::string("! ") + e.what();
    }
    std::cout << name << ' ' << answer << '\n';
  }
  return 0;
}

int generate(std::uint64_t seed, unsigned per_entry) {
  generation g{seed, per_entry, std::cout};
  write_api_constructors_1_to_4(g);
  write_api_constructors_5_to_8(g);
  write_api_functions(g);
  write_mtproto(g);
  if (g.failed) std::cerr << "tlcodec-side: an arbitrary value did not encode\n";
  return g.failed ? 1 : 0;
}

}  // namespace
}  // namespace differential

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::string command = argc > 1 ? argv[1] : "";
  if (command == "generate" && argc == 4)
    return differential::generate(std::strtoull(argv[2], nullptr, 10), static_cast<unsigned>(std::atoi(argv[3])));
  if (command == "reencode" && argc == 2) return differential::reencode_lines();
  std::cerr << "usage: tlcodec-side generate SEED PER_ENTRY | tlcodec-side reencode\n";
  return 2;
}
