// A search for amplification over every boxed type of both schemas (amplification_inputs.hpp):
// a Vector of ~64 KiB of the type's smallest value, accepted, and rejected at its last element;
// the same gzip_packed in an rpc_result; up to 1,024 of the values as msg_container bodies.
// What each decode requests from the allocator (the test allocator counts it) is held under a
// bound per input byte, and the worst types are printed. The decodes run in the parts of
// amplification_search.hpp; their instructions per input byte: amplification_cost.cpp.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "amplification_search.hpp"

using namespace service_support;

namespace {

// The bound, in bytes requested per input byte, that README states for owning values: what the
// elements take in memory (sizeof, and a constructor held on the heap) against their minimum
// size on the wire (4 bytes: an id and nothing else), as for api::Update (144 bytes in a
// variant, 4 on the wire: 36x).
constexpr double bound_per_input_byte = 64;

// Every part's findings, searched once for the test cases below.
const amplification_findings& findings() {
  static const amplification_findings all = [] {
    amplification_findings out;
    [&]<int... Part>(std::integer_sequence<int, Part...>) { (search_amplification<Part>(out), ...); }
    (std::make_integer_sequence<int, amplification_parts_searched>{});
    if (amplification_parts_searched < amplification_parts)
      std::printf("amplification: a sample, %d of the search's %d parts (the rest in the plain build)\n",
                  amplification_parts_searched, amplification_parts);
    return out;
  }();
  return all;
}

// Prints the worst `count` of the findings by `ratio` (highest first) and returns the worst.
template <class Finding, class Ratio>
double print_worst(const char* what, std::vector<Finding> found, Ratio&& ratio, std::size_t count) {
  std::sort(found.begin(), found.end(), [&](const Finding& a, const Finding& b) { return ratio(a) > ratio(b); });
  std::printf("amplification, %s: bytes requested per input byte, the worst of %zu boxed types:\n", what, found.size());
  for (std::size_t i = 0; i < std::min(count, found.size()); ++i)
    std::printf("  %6.2f  %s\n", ratio(found[i]), found[i].type.c_str());
  return found.empty() ? 0 : ratio(found.front());
}

}  // namespace

TEST_CASE("no boxed type amplifies a vector of its smallest value past the bound", "[amplification]") {
  const auto& found = findings();
  using finding = amplification_findings::vector_finding;
  const double worst = print_worst(
      "a Vector of the smallest value (accepted, rejected at its end)", found.vectors,
      [](const finding& f) { return std::max(f.accepted, f.rejected); }, 8);
  std::printf("  (%zu types without a default encoding)\n", found.unencodable);
  REQUIRE_FALSE(found.vectors.empty());
  CHECK(found.vectors_wrong == 0);
  CHECK(found.unencodable < found.vectors.size() / 20);
  CHECK(worst <= bound_per_input_byte);
  CHECK(found.over_budget == 0);
}

TEST_CASE("no boxed type amplifies past the bound gzip_packed in an rpc_result", "[amplification]") {
  const auto& found = findings();
  using finding = amplification_findings::wrapped_finding;
  const double worst = print_worst(
      "the Vector gzip_packed in an rpc_result (per unpacked byte)", found.gzip_answers,
      [](const finding& f) { return f.ratio; }, 5);
  REQUIRE(found.gzip_answers.size() == found.vectors.size());
  CHECK(found.answers_wrong == 0);
  // The unpacked bytes are requested too: one buffer, while their content is decoded.
  CHECK(worst <= bound_per_input_byte + 1);
}

TEST_CASE("no boxed type amplifies past the bound as the bodies of a msg_container", "[amplification]") {
  const auto& found = findings();
  using finding = amplification_findings::wrapped_finding;
  const double worst = print_worst(
      "msg_container bodies (accepted, cut short by a byte)", found.containers,
      [](const finding& f) { return f.ratio; }, 5);
  REQUIRE_FALSE(found.containers.empty());
  CHECK(worst <= bound_per_input_byte);
  // Only a container is refused as a body (no container in a container); in the whole search,
  // it is.
  CHECK(std::all_of(found.refused_as_bodies.begin(), found.refused_as_bodies.end(),
                    [](const std::string& type) { return type == "msg_container"; }));
  if (amplification_parts_searched == amplification_parts)
    CHECK(found.refused_as_bodies == std::vector<std::string>{"msg_container"});
  CHECK(found.cut_containers_accepted == 0);
}
