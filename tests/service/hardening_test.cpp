// Hostile input against the whole generated schema: each case fails with its own errc and
// allocates at most twice the input size plus 4 KiB (counted by the test allocator), or, where a
// vector count the input backs lets the decoder reserve room for every element, the element's
// size per 4 bytes of input (tests/service/memory_budget_test.cpp has the budget's cases).
#include <catch2/catch.hpp>

#include <tlcodec/api/types/RichText.hpp>
#include <tlcodec/mtproto/all.hpp>

#include "counting_allocator.hpp"
#include "service_support.hpp"

using namespace service_support;
using tlcodec::errc;

namespace {

template <class T>
void check_rejected(const std::vector<std::byte>& input, errc expected,
                    const tlcodec::decode_options& options = with_registry(), std::size_t bytes_per_input_byte = 2) {
  test_support::allocation_scope scope;
  const auto decoded = tlcodec::decode<T>(input, options);
  scope.stop();
  CHECK(decoded.error().code == expected);
  CHECK(scope.bytes() <= bytes_per_input_byte * input.size() + 4096);
}

}  // namespace

TEST_CASE("a vector count of 0x7fffffff", "[hardening]") {
  check_rejected<std::vector<std::int64_t>>(concat({le32(0x1cb5c415), le32(0x7fffffff), le64(1)}), errc::invalid_count);
  check_rejected<tlcodec::mtproto::msgs_ack>(concat({le32(0x62d6b459), le32(0x1cb5c415), le32(0x7fffffff), le64(1)}),
                                             errc::invalid_count);
}

// 64 Ki RichText elements fit in the input at their minimum of 4 bytes (textEmpty), so the count
// passes; each is 0xdeadbeef, no RichText id. The room reserved up front is what 64 Ki values
// take, sizeof(RichText) per 4 input bytes: no more than a valid input of this size could need.
TEST_CASE("a vector count the input backs, of elements that are not there", "[hardening]") {
  const auto input = concat({le32(0x1cb5c415), le32(65536), repeated(0xdeadbeef, 65536)});
  check_rejected<std::vector<tlcodec::api::RichText>>(input, errc::unexpected_constructor, with_registry(),
                                                      sizeof(tlcodec::api::RichText) / 4 + 1);
}

TEST_CASE("a length prefix FE FF FF FF", "[hardening]") {
  check_rejected<tlcodec::mtproto::rpc_error>(concat({le32(0x2144ca19), le32(400), le32(0xfffffffe), le32(0)}),
                                              errc::truncated);
}

TEST_CASE("100000 nested RichText", "[hardening]") {
  const auto input =
      concat({repeated(tlcodec::api::textBold::constructor_id, 100000), le32(tlcodec::api::textEmpty::constructor_id)});
  check_rejected<tlcodec::api::RichText>(input, errc::depth_exceeded);
}

TEST_CASE("a gzip bomb", "[hardening]") {
  const std::vector<std::byte> zeros(64 << 20);
  check_rejected<tlcodec::mtproto::rpc_result>(concat({le32(0xf35c6d01), le64(1), gzip_packed_bytes(zeros)}),
                                               errc::gzip_too_large);
}

TEST_CASE("a container of 1025 messages", "[hardening]") {
  const auto one = message_bytes(8, 1, encoded(tlcodec::mtproto::ping{.ping_id = 1}));
  std::vector<std::byte> input = concat({le32(0x73f1f8dc), le32(1025)});
  for (int i = 0; i < 1025; ++i) input.insert(input.end(), one.begin(), one.end());
  check_rejected<tlcodec::mtproto::msg_container>(input, errc::too_many_messages);
}
