// The amplification search (amplification_test.cpp) is split over translation units: part k of
// amplification_parts decodes the inputs of a share of the boxed types (amplification_part.cpp,
// compiled once per part), so that no one unit instantiates the decode of every type (all in
// one unit took 15 GB to compile under ASan; a twelfth takes 1.1 GB with g++, 1.4 GB with clang
// and ASan). This header is what the test and the parts share.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace service_support {

// Every type's findings, as bytes the decode requested from the allocator per input byte.
struct amplification_findings {
  // A 64 KiB Vector of the type's smallest value, accepted, and rejected at its last element.
  struct vector_finding {
    std::string type;
    std::size_t element_bytes = 0;
    double accepted = 0;
    double rejected = 0;
  };
  std::vector<vector_finding> vectors;
  std::size_t unencodable = 0;    // types with no default encoding
  std::size_t vectors_wrong = 0;  // an accepted input refused, or a rejected one not

  // A type's worst ratio in a wrapped form.
  struct wrapped_finding {
    std::string type;
    double ratio = 0;
  };
  // The same Vector gzip_packed in an rpc_result, the answer to a call returning it: per
  // unpacked byte, the worse of accepted and rejected.
  std::vector<wrapped_finding> gzip_answers;
  std::size_t answers_wrong = 0;
  // Up to 1,024 of the values as the bodies of a msg_container (Objects through the registry),
  // accepted and cut short by a byte: the worse of the two.
  std::vector<wrapped_finding> containers;
  std::vector<std::string> refused_as_bodies;
  std::size_t cut_containers_accepted = 0;
  // Decodes (of any form) that requested more than decode_options::max_decoded_bytes.
  std::size_t over_budget = 0;
};

// Adds the findings of part `Part` of amplification_parts (defined in amplification_part.cpp).
// tests/meson.build sets how many parts there are and how many of them, from the first, are
// built and searched: all in a plain build, a sample under sanitizers.
inline constexpr int amplification_parts = AMPLIFICATION_PARTS;
inline constexpr int amplification_parts_searched = AMPLIFICATION_SEARCHED;
template <int Part>
void search_amplification(amplification_findings& out);

}  // namespace service_support
