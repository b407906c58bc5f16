// A search for amplification over every boxed type of both schemas (amplification_inputs.hpp:
// a Vector of ~64 KiB of the type's default value, accepted, and rejected at its last element;
// then the same elements gzip_packed in an rpc_result, and as the bodies of a msg_container).
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
#include <tlcodec/service/rpc_answer.hpp>

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

// What a wrapped input's decode requests, per input byte (the unpacked content's, for gzip).
struct wrapped_finding {
  std::string type;
  double gzip_answer = 0;  // bytes requested per unpacked byte, the worse of accepted and rejected
  double container = 0;    // per input byte, the worse of accepted and rejected
};

struct requested_bytes {
  std::size_t bytes;
  tlcodec::errc code;
};

template <class Decode>
requested_bytes requested_by(Decode&& decode) {
  test_support::allocation_scope scope;
  const tlcodec::errc code = decode();
  scope.stop();
  return {scope.bytes(), code};
}

}  // namespace

TEST_CASE("no boxed type amplifies past the bound gzip_packed in an rpc_result or in a msg_container",
          "[amplification]") {
  const tlcodec::decode_options options = with_registry();
  std::vector<wrapped_finding> findings;
  std::size_t over_budget = 0;
  std::size_t answers_wrong = 0;
  std::size_t containers_refused = 0;  // of the accepted form: types the service rules refuse in one
  std::size_t cut_accepted = 0;
  const auto search_one = [&]<class T>() {
    const auto inputs = wrapped_inputs_of<T>(64 * 1024);
    if (!inputs) return;
    const auto answer = [&](const byte_vector& input) {
      return requested_by(
          [&] { return tlcodec::decode_rpc_answer<returning_vector_of<T>>(input, options).error().code; });
    };
    const auto container = [&](const byte_vector& input) {
      return requested_by(
          [&] { return tlcodec::decode<tlcodec::mtproto::msg_container>(input, options).error().code; });
    };
    const requested_bytes answer_accepted = answer(inputs->gzip_answer_accepted);
    const requested_bytes answer_rejected = answer(inputs->gzip_answer_rejected);
    const requested_bytes container_accepted = container(inputs->container_accepted);
    const requested_bytes container_rejected = container(inputs->container_rejected);
    if (answer_accepted.code != tlcodec::errc::ok || answer_rejected.code != tlcodec::errc::unexpected_constructor)
      ++answers_wrong;
    if (container_accepted.code != tlcodec::errc::ok) ++containers_refused;
    if (container_rejected.code == tlcodec::errc::ok) ++cut_accepted;
    for (const auto& r : {answer_accepted, answer_rejected, container_accepted, container_rejected})
      if (r.bytes > options.max_decoded_bytes) ++over_budget;
    findings.push_back({std::string(T::tl_name),
                        double(std::max(answer_accepted.bytes, answer_rejected.bytes)) / double(inputs->unpacked),
                        std::max(double(container_accepted.bytes) / double(inputs->container_accepted.size()),
                                 double(container_rejected.bytes) / double(inputs->container_rejected.size()))});
  };
  for_each_type(tlcodec::api::boxed_type_chunks{}, search_one);
  for_each_type(tlcodec::mtproto::boxed_type_chunks{}, search_one);

  const auto print_worst = [&](const char* what, double wrapped_finding::*ratio) {
    std::sort(findings.begin(), findings.end(),
              [&](const wrapped_finding& a, const wrapped_finding& b) { return a.*ratio > b.*ratio; });
    std::printf("amplification %s: bytes requested per input byte, the worst of %zu boxed types:\n", what,
                findings.size());
    for (std::size_t i = 0; i < std::min<std::size_t>(5, findings.size()); ++i)
      std::printf("  %6.1f  %s\n", findings[i].*ratio, findings[i].type.c_str());
    return findings.front().*ratio;
  };
  REQUIRE_FALSE(findings.empty());
  // The unpacked bytes are requested too (one buffer, while their content is decoded).
  CHECK(print_worst("gzip_packed in rpc_result (per unpacked byte)", &wrapped_finding::gzip_answer) <=
        bound_per_input_byte + 1);
  CHECK(print_worst("msg_container bodies", &wrapped_finding::container) <= bound_per_input_byte);
  CHECK(over_budget == 0);
  CHECK(answers_wrong == 0);
  CHECK(cut_accepted == 0);
  CHECK(containers_refused < findings.size() / 20);
}
