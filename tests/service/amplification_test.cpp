// A search for amplification over every boxed type of both schemas (amplification_inputs.hpp:
// a Vector of ~64 KiB of the type's default value, accepted, and rejected at its last element;
// then the same values as the bodies of a msg_container).
// What the decode requests from the allocator (the test allocator counts it) is held under a
// bound per input byte, and the worst types are printed. Its instructions per input byte:
// amplification_cost.cpp.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include <tlcodec/api/type_lists.hpp>
#include <tlcodec/mtproto/type_lists.hpp>

#include "amplification_inputs.hpp"
#include "counting_allocator.hpp"

using namespace service_support;

namespace {

// The bound, in bytes requested per input byte, that README states for owning values: what the
// elements take in memory (sizeof, and a constructor held on the heap) against their minimum
// size on the wire (4 bytes: an id and nothing else), as for api::Update (144 bytes in a
// variant, 4 on the wire: 36x).
constexpr std::size_t bound_per_input_byte = 64;

struct finding {
  std::string type;
  std::size_t element_bytes = 0;
  double accepted = 0;  // bytes requested per input byte
  double rejected = 0;
};

template <class T>
std::size_t requested(const byte_vector& input, tlcodec::errc& code) {
  std::vector<T> value;
  test_support::allocation_scope scope;
  code = tlcodec::decode_into(input, value, with_registry()).code;
  scope.stop();
  return scope.bytes();
}

template <class T>
void search(std::vector<finding>& findings, std::size_t& unencodable, std::size_t& wrong) {
  const auto inputs = amplification_inputs_of<T>(64 * 1024);
  if (!inputs) {
    ++unencodable;
    return;
  }
  tlcodec::errc code;
  const std::size_t whole = requested<T>(inputs->accepted, code);
  if (code != tlcodec::errc::ok) ++wrong;
  const std::size_t junk = requested<T>(inputs->rejected, code);
  if (code != tlcodec::errc::unexpected_constructor) ++wrong;
  findings.push_back({std::string(T::tl_name), inputs->element_size, double(whole) / double(inputs->accepted.size()),
                      double(junk) / double(inputs->rejected.size())});
}

}  // namespace

TEST_CASE("no boxed type amplifies a vector of its smallest value past the bound", "[amplification]") {
  std::vector<finding> findings;
  std::size_t unencodable = 0;
  std::size_t wrong = 0;
  const auto search_one = [&]<class T>() { search<T>(findings, unencodable, wrong); };
  for_each_type(tlcodec::api::boxed_type_chunks{}, search_one);
  for_each_type(tlcodec::mtproto::boxed_type_chunks{}, search_one);
  std::sort(findings.begin(), findings.end(), [](const finding& a, const finding& b) {
    return std::max(a.accepted, a.rejected) > std::max(b.accepted, b.rejected);
  });

  std::printf("amplification: %zu boxed types (%zu without a default encoding); bytes requested per input byte:\n",
              findings.size(), unencodable);
  for (std::size_t i = 0; i < std::min<std::size_t>(8, findings.size()); ++i)
    std::printf("  %6.1f accepted %6.1f rejected  (%zu-byte elements)  %s\n", findings[i].accepted,
                findings[i].rejected, findings[i].element_bytes, findings[i].type.c_str());
  REQUIRE_FALSE(findings.empty());
  CHECK(wrong == 0);
  CHECK(unencodable < findings.size() / 20);
  CHECK(findings.front().accepted <= bound_per_input_byte);
  CHECK(findings.front().rejected <= bound_per_input_byte);
}

namespace {

// What a msg_container of the values requests, per input byte.
struct container_finding {
  std::string type;
  double ratio = 0;  // the worse of accepted and cut short
};

struct requested_bytes {
  std::size_t bytes;
  tlcodec::errc code;
};

requested_bytes requested_by_container(const byte_vector& input) {
  test_support::allocation_scope scope;
  const tlcodec::errc code = tlcodec::decode<tlcodec::mtproto::msg_container>(input, with_registry()).error().code;
  scope.stop();
  return {scope.bytes(), code};
}

}  // namespace

TEST_CASE("no boxed type amplifies past the bound as the bodies of a msg_container", "[amplification]") {
  std::vector<container_finding> findings;
  std::vector<std::string> refused;  // their smallest value, as a message body
  std::size_t cut_accepted = 0;
  const auto search_one = [&]<class T>() {
    const auto inputs = container_inputs_of<T>(64 * 1024);
    if (!inputs) return;
    const requested_bytes accepted = requested_by_container(inputs->accepted);
    const requested_bytes cut = requested_by_container(inputs->cut);
    if (cut.code == tlcodec::errc::ok) ++cut_accepted;
    if (accepted.code != tlcodec::errc::ok) {
      refused.emplace_back(T::tl_name);
      return;
    }
    findings.push_back({std::string(T::tl_name), std::max(double(accepted.bytes) / double(inputs->accepted.size()),
                                                          double(cut.bytes) / double(inputs->cut.size()))});
  };
  for_each_type(tlcodec::api::boxed_type_chunks{}, search_one);
  for_each_type(tlcodec::mtproto::boxed_type_chunks{}, search_one);

  std::sort(findings.begin(), findings.end(),
            [](const container_finding& a, const container_finding& b) { return a.ratio > b.ratio; });
  std::printf("amplification, msg_container bodies: bytes requested per input byte, the worst of %zu types:\n",
              findings.size());
  for (std::size_t i = 0; i < std::min<std::size_t>(5, findings.size()); ++i)
    std::printf("  %6.2f  %s\n", findings[i].ratio, findings[i].type.c_str());
  REQUIRE_FALSE(findings.empty());
  CHECK(findings.front().ratio <= bound_per_input_byte);
  // Only a container is refused as a body (no container in a container).
  CHECK(refused == std::vector<std::string>{"msg_container"});
  CHECK(cut_accepted == 0);
}
