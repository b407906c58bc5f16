// decode_rpc_answer<F>: rpc_result typed by the pending function's result_type.
#include <catch2/catch.hpp>

#include <tlcodec/api/account.hpp>
#include <tlcodec/api/phone.hpp>
#include <tlcodec/api/photos.hpp>
#include <tlcodec/documented_error.hpp>
#include <tlcodec/rpc_error.hpp>
#include <tlcodec/service/rpc_answer.hpp>

#include "hex.hpp"
#include "json.hpp"
#include "service_support.hpp"

using namespace service_support;
using tlcodec::errc;
namespace api = tlcodec::api;

namespace {
std::vector<std::byte> phone_call_bytes() {
  return test_support::from_hex(test_support::read_file(std::string(TLCODEC_CORPUS_DIR) + "/phone_phoneCall.hex"));
}
std::vector<std::byte> answer(std::uint64_t req_msg_id, std::span<const std::byte> result) {
  return concat({le32(0xf35c6d01), le64(req_msg_id), result});
}
}  // namespace

TEST_CASE("the result of phone.confirmCall decodes as phone.PhoneCall, plain or gzip_packed", "[rpc_answer]") {
  const auto call = phone_call_bytes();
  const auto expected = *tlcodec::decode<api::phone::PhoneCall>(call);
  for (const auto& bytes : {answer(5, call), answer(5, gzip_packed_bytes(call))}) {
    const auto decoded = tlcodec::decode_rpc_answer<api::phone::confirmCall>(bytes);
    REQUIRE(decoded.has_value());
    CHECK(decoded->req_msg_id == 5);
    const auto* result = std::get_if<api::phone::PhoneCall>(&decoded->outcome);
    REQUIRE(result != nullptr);
    CHECK(*result == expected);
  }
}

TEST_CASE("an rpc_error answer, its name split, checked against the documented errors", "[rpc_answer]") {
  const auto error_bytes =
      encoded(tlcodec::mtproto::rpc_error{.error_code = 400, .error_message = "CALL_PEER_INVALID"});
  for (const auto& bytes : {answer(9, error_bytes), answer(9, gzip_packed_bytes(error_bytes))}) {
    const auto decoded = tlcodec::decode_rpc_answer<api::phone::confirmCall>(bytes);
    REQUIRE(decoded.has_value());
    const auto* error = std::get_if<tlcodec::mtproto::rpc_error>(&decoded->outcome);
    REQUIRE(error != nullptr);
    CHECK(tlcodec::split_rpc_error(error->error_message).name == "CALL_PEER_INVALID");
    CHECK(tlcodec::is_documented_error<api::phone::confirmCall>(error->error_code, error->error_message));
    CHECK_FALSE(tlcodec::is_documented_error<api::phone::confirmCall>(420, "FLOOD_WAIT_5"));
  }
}

TEST_CASE("decode_rpc_answer_into(input, answer): one answer object reused for the next answer", "[rpc_answer]") {
  const auto call = phone_call_bytes();
  const auto error_bytes =
      encoded(tlcodec::mtproto::rpc_error{.error_code = 400, .error_message = "CALL_PEER_INVALID"});
  tlcodec::rpc_answer<api::phone::confirmCall> reused;
  CHECK_FALSE(tlcodec::decode_rpc_answer_into(answer(9, error_bytes), reused));
  CHECK(reused.req_msg_id == 9);
  CHECK(std::holds_alternative<tlcodec::mtproto::rpc_error>(reused.outcome));
  CHECK_FALSE(tlcodec::decode_rpc_answer_into(answer(5, call), reused));
  CHECK(reused.req_msg_id == 5);
  CHECK(reused == *tlcodec::decode_rpc_answer<api::phone::confirmCall>(answer(5, call)));
}

TEST_CASE("results no Object could type: Vector<long> and Bool", "[rpc_answer]") {
  const auto longs = concat({le32(0x1cb5c415), le32(2), le64(7), le64(static_cast<std::uint64_t>(-1))});
  const auto deleted = tlcodec::decode_rpc_answer<api::photos::deletePhotos>(answer(3, longs));
  REQUIRE(deleted.has_value());
  CHECK(std::get<0>(deleted->outcome) == std::vector<std::int64_t>{7, -1});

  const auto status = tlcodec::decode_rpc_answer<api::account::updateStatus>(answer(4, le32(0x997275b5)));
  REQUIRE(status.has_value());
  CHECK(std::get<0>(status->outcome) == true);
}

TEST_CASE("malformed answers: wrong wrapper, wrong result type, trailing bytes, nested gzip", "[rpc_answer][errors]") {
  const auto call = phone_call_bytes();
  auto not_rpc_result = answer(1, call);
  not_rpc_result[0] = std::byte{0};
  CHECK(tlcodec::decode_rpc_answer<api::phone::confirmCall>(not_rpc_result).error() ==
        tlcodec::error{errc::unexpected_constructor, 0, 0});
  // A Bool where a PhoneCall is expected.
  CHECK(tlcodec::decode_rpc_answer<api::phone::confirmCall>(answer(1, le32(0x997275b5))).error().code ==
        errc::unexpected_constructor);
  auto trailing = answer(1, call);
  trailing.resize(trailing.size() + 4);
  CHECK(tlcodec::decode_rpc_answer<api::phone::confirmCall>(trailing).error() ==
        tlcodec::error{errc::trailing_bytes, call.size() + 12, 0});
  CHECK(tlcodec::decode_rpc_answer<api::phone::confirmCall>(answer(1, gzip_packed_bytes(gzip_packed_bytes(call))))
            .error()
            .code == errc::nested_gzip);
}

TEST_CASE("view mode: a gzip_packed answer's views point into unpacked bytes the answer owns", "[rpc_answer][view]") {
  const auto call = phone_call_bytes();
  const auto packed = answer(5, gzip_packed_bytes(call));
  const auto plain = answer(5, call);
  using view_call = tlcodec::view_of<api::phone::confirmCall>;
  tlcodec::result<tlcodec::rpc_answer<view_call>> decoded = tlcodec::decode_rpc_answer<view_call>(packed);
  REQUIRE(decoded.has_value());
  REQUIRE(decoded->unpacked != nullptr);
  CHECK(decoded->unpacked->size() == call.size());
  const auto copy = *decoded;                              // copies share the unpacked bytes
  decoded = tlcodec::decode_rpc_answer<view_call>(plain);  // the first answer is gone
  REQUIRE(decoded.has_value());
  CHECK(decoded->unpacked == nullptr);  // plain: the views point into the input
  const auto* result = std::get_if<0>(&copy.outcome);
  REQUIRE(result != nullptr);
  // Reading the views (ASan: a heap-use-after-free when the unpacked bytes died with the decode).
  CHECK(tlcodec::encode(*result).value() == call);
  CHECK(copy == *decoded);
}

namespace {
template <class F, class Input>
concept answer_decodable_from = requires(Input&& input) {
  tlcodec::decode_rpc_answer<F>(std::forward<Input>(input));
};
}  // namespace

TEST_CASE("view mode: a temporary input for a view answer does not compile", "[rpc_answer][view]") {
  using buffer = std::vector<std::byte>;
  using view_call = tlcodec::view_of<api::phone::confirmCall>;
  STATIC_REQUIRE_FALSE(answer_decodable_from<view_call, buffer>);
  STATIC_REQUIRE(answer_decodable_from<view_call, const buffer&>);
  STATIC_REQUIRE(answer_decodable_from<view_call, std::span<const std::byte>>);
  STATIC_REQUIRE(answer_decodable_from<api::phone::confirmCall, buffer>);
}
