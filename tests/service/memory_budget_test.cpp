// decode_options::max_decoded_bytes: what a decode requests from the allocator (counted by the
// test allocator) never passes the budget, on honest input cut off at every budget and on
// hostile input made to amplify; and counts nested in vectors stay backed by bytes of their own.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include <tlcodec/api/messages.hpp>
#include <tlcodec/api/phone.hpp>
#include <tlcodec/api/types/RichText.hpp>
#include <tlcodec/api/types/Update.hpp>
#include <tlcodec/api/types/Updates.hpp>
#include <tlcodec/api/upload.hpp>
#include <tlcodec/service/rpc_answer.hpp>

#include "counting_allocator.hpp"
#include "hex.hpp"
#include "json.hpp"
#include "service_support.hpp"

using namespace service_support;
using tlcodec::errc;

namespace {

byte_vector corpus_bytes(const std::string& name) {
  return test_support::from_hex(test_support::read_file(std::string(TLCODEC_CORPUS_DIR) + "/" + name + ".hex"));
}

tlcodec::decode_options with_budget(std::size_t bytes) {
  tlcodec::decode_options options = with_registry();
  options.max_decoded_bytes = bytes;
  return options;
}

// Decodes input into a T made beforehand (its own default value is not the walk's) and
// returns the bytes the walk requested.
template <class T>
std::size_t requested_by_decode(const byte_vector& input, const tlcodec::decode_options& options, tlcodec::error& err) {
  T value{};
  test_support::allocation_scope scope;
  err = tlcodec::decode_into(input, value, options);
  scope.stop();
  return scope.bytes();
}

// Every budget from 0 up to what the whole decode takes: each decode either succeeds or stops
// with memory_budget_exceeded, and never requests more than its budget.
template <class T>
void check_every_budget(const std::string& name) {
  const byte_vector input = corpus_bytes(name);
  tlcodec::error err;
  const std::size_t whole = requested_by_decode<T>(input, with_budget(SIZE_MAX), err);
  INFO(tlcodec::errc_name(err.code) << " at " << err.offset);
  REQUIRE_FALSE(err);
  std::size_t worst_excess = 0;
  std::size_t wrong_errors = 0;
  const std::size_t step = std::max<std::size_t>(1, whole / 1000);
  for (std::size_t budget = 0; budget <= whole + step; budget += step) {
    const std::size_t requested = requested_by_decode<T>(input, with_budget(budget), err);
    if (requested > budget) worst_excess = std::max(worst_excess, requested - budget);
    if (err && err.code != errc::memory_budget_exceeded) ++wrong_errors;
  }
  INFO(name << ": the whole decode requests " << whole << " bytes");
  CHECK(worst_excess == 0);
  CHECK(wrong_errors == 0);
}

// updates#74ae4240 with `count` updateConfig (4 bytes each on the wire), no users or chats.
byte_vector updates_of_update_config(std::size_t count) {
  return concat({le32(tlcodec::api::updates_::constructor_id), le32(0x1cb5c415),
                 le32(static_cast<std::uint32_t>(count)), repeated(tlcodec::api::updateConfig::constructor_id, count),
                 le32(0x1cb5c415), le32(0), le32(0x1cb5c415), le32(0), le32(0), le32(0)});
}

}  // namespace

TEST_CASE("a decode cut off at every budget requests no more than it", "[memory-budget]") {
  check_every_budget<tlcodec::api::phone::PhoneCall>("phone_phoneCall");
  check_every_budget<tlcodec::api::messages::Messages>("messages_messages");
  check_every_budget<std::vector<tlcodec::api::Updates>>("vector_updateShort_1000");
  check_every_budget<tlcodec::api::upload::File>("upload_file_128k");
}

TEST_CASE("the default budget is 64 MiB", "[memory-budget]") {
  CHECK(tlcodec::decode_options{}.max_decoded_bytes == std::size_t{64} << 20);
}

// 1 MiB of 4-byte updateConfig: each is an api::Update in memory, far larger.
TEST_CASE("a vector of small updates past the budget", "[memory-budget]") {
  const byte_vector input = updates_of_update_config((1 << 20) / 4);
  tlcodec::error err;
  const std::size_t requested = requested_by_decode<tlcodec::api::Updates>(input, with_budget(1 << 20), err);
  CHECK(err.code == errc::memory_budget_exceeded);
  CHECK(err.offset == 8);  // the count
  CHECK(requested <= std::size_t{1} << 20);
  // Within the budget the same input decodes.
  CHECK(requested_by_decode<tlcodec::api::Updates>(input, with_budget(SIZE_MAX), err) > (std::size_t{1} << 20));
  CHECK_FALSE(err);
}

// The unpacked bytes stay under max_unpacked_size (16 MiB) and count against the budget, and so
// does what they decode to: 4 Mi updateConfig would be more than half a gigabyte of api::Update.
TEST_CASE("gzip_packed in an rpc_result unpacking to millions of updates", "[memory-budget]") {
  const std::size_t count = ((std::size_t{16} << 20) - 64) / 4;
  const byte_vector input = concat({le32(tlcodec::mtproto::rpc_result::constructor_id), le64(1),
                                    gzip_packed_bytes(updates_of_update_config(count))});
  INFO("input: " << input.size() << " bytes");
  for (const std::size_t budget : {std::size_t{64} << 20, std::size_t{20} << 20, std::size_t{1} << 20}) {
    tlcodec::error err;
    const std::size_t requested = requested_by_decode<tlcodec::mtproto::rpc_result>(input, with_budget(budget), err);
    CHECK(err.code == errc::memory_budget_exceeded);
    CHECK(err.offset == 12);  // the gzip_packed
    CHECK(requested <= budget);
  }
  // Through the typed answer of a call too.
  test_support::allocation_scope scope;
  const auto answer = tlcodec::decode_rpc_answer<tlcodec::api::messages::sendMessage>(input, with_budget(20 << 20));
  scope.stop();
  CHECK(answer.error().code == errc::memory_budget_exceeded);
  CHECK(scope.bytes() <= (std::size_t{20} << 20));
}

// textConcat inside textConcat, each vector count as large as the input left could back on its
// own: before counts were backed by bytes of their own, each level reserved for the same bytes.
TEST_CASE("nested vectors whose counts claim the same bytes", "[memory-budget]") {
  const std::size_t levels = 60;
  const std::size_t tail = 64 * 1024;
  byte_vector input;
  for (std::size_t level = 0; level < levels; ++level) {
    const std::size_t left = (levels - level - 1) * 12 + tail;  // after this count
    const auto header = concat(
        {le32(tlcodec::api::textConcat::constructor_id), le32(0x1cb5c415), le32(static_cast<std::uint32_t>(left / 4))});
    input.insert(input.end(), header.begin(), header.end());
  }
  const auto junk = repeated(0xdeadbeef, tail / 4);
  input.insert(input.end(), junk.begin(), junk.end());
  tlcodec::error err;
  const std::size_t requested = requested_by_decode<tlcodec::api::RichText>(input, with_budget(SIZE_MAX), err);
  CHECK(err.code == errc::invalid_count);
  CHECK(err.offset == 20);  // the second level's count: the first one's elements claim the input
  // One level's room: its count times sizeof(RichText), for 4 bytes of input each at least.
  CHECK(requested <= (sizeof(tlcodec::api::RichText) / 4 + 1) * input.size());
}

// Counts nested in vectors that the input does back, each in bytes of its own, still decode.
TEST_CASE("nested vectors that fit decode", "[memory-budget]") {
  using tlcodec::api::RichText;
  std::vector<RichText> inner(3, RichText{tlcodec::api::textPlain{.text = "a"}});
  RichText value =
      tlcodec::api::textConcat{.texts = {tlcodec::api::textConcat{.texts = inner},
                                         tlcodec::api::textConcat{.texts = inner}, tlcodec::api::textEmpty{}}};
  const auto bytes = encoded(value);
  const auto decoded = tlcodec::decode<RichText>(bytes);
  REQUIRE(decoded.has_value());
  CHECK(*decoded == value);
}
