// A search for amplification over every boxed type of both schemas: a Vector of ~64 KiB of the
// type's default value (its smallest constructor that does not recurse, with empty fields),
// decoded whole, and with one more element of as many 0xff bytes, rejected at its id after all
// the others were decoded. What the decode requests from the allocator (the test allocator
// counts it) is held under a bound per input byte, and the worst types are printed.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include <tlcodec/api/type_lists.hpp>
#include <tlcodec/mtproto/type_lists.hpp>

#include "counting_allocator.hpp"
#include "service_support.hpp"

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
  const auto element = tlcodec::encode(T{});
  if (!element) {  // e.g. a default Object field (empty): no default encoding to repeat
    ++unencodable;
    return;
  }
  const std::size_t count = (64 * 1024) / element->size();
  const auto vector_of = [&](std::size_t n) {
    byte_vector input = concat({le32(0x1cb5c415), le32(static_cast<std::uint32_t>(n))});
    for (std::size_t i = 0; i < count; ++i) input.insert(input.end(), element->begin(), element->end());
    return input;
  };
  const byte_vector accepted = vector_of(count);
  byte_vector rejected = vector_of(count + 1);
  rejected.resize(rejected.size() + element->size(), std::byte{0xff});

  tlcodec::errc code;
  const std::size_t whole = requested<T>(accepted, code);
  if (code != tlcodec::errc::ok) ++wrong;
  const std::size_t junk = requested<T>(rejected, code);
  if (code != tlcodec::errc::unexpected_constructor) ++wrong;
  findings.push_back({std::string(T::tl_name), element->size(), double(whole) / double(accepted.size()),
                      double(junk) / double(rejected.size())});
}

template <class... Chunks>
void search_chunks(tlcodec::detail::type_list<Chunks...>, std::vector<finding>& findings, std::size_t& unencodable,
                   std::size_t& wrong) {
  ([&]<class... Ts>(tlcodec::detail::type_list<Ts...>) { (search<Ts>(findings, unencodable, wrong), ...); }(Chunks{}),
   ...);
}

}  // namespace

TEST_CASE("no boxed type amplifies a vector of its smallest value past the bound", "[amplification]") {
  std::vector<finding> findings;
  std::size_t unencodable = 0;
  std::size_t wrong = 0;
  search_chunks(tlcodec::api::boxed_type_chunks{}, findings, unencodable, wrong);
  search_chunks(tlcodec::mtproto::boxed_type_chunks{}, findings, unencodable, wrong);
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
