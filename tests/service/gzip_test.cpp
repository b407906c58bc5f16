// gzip_packed (docs/tl-binary.md §8, §10.7): unpacked with zlib within a size cap, no gzip inside gzip;
// its content is an Object; the packed bytes re-encode as received.
#include <catch2/catch.hpp>

#include <tlcodec/api/phone.hpp>
#include <tlcodec/gzip.hpp>
#include <tlcodec/mtproto/all.hpp>
#include <tlcodec/object_type.hpp>

#include "counting_allocator.hpp"
#include "hex.hpp"
#include "json.hpp"
#include "service_support.hpp"

using namespace service_support;
using namespace tlcodec::mtproto;
using tlcodec::errc;

TEST_CASE("gunzip: round trip, the cap is exact, corrupt and trailing data are invalid", "[gzip]") {
  std::vector<std::byte> data(10000);
  for (std::size_t i = 0; i < data.size(); ++i) data[i] = std::byte(i * 7 % 251);
  const auto packed = tlcodec::gzip(data);
  REQUIRE(packed.size() > 18);
  CHECK(packed[0] == std::byte{0x1f});
  CHECK(packed[1] == std::byte{0x8b});
  std::vector<std::byte> out;
  CHECK(tlcodec::gunzip(packed, out, data.size()) == tlcodec::gunzip_status::ok);
  CHECK(out == data);
  CHECK(tlcodec::gunzip(packed, out, data.size() - 1) == tlcodec::gunzip_status::too_large);
  CHECK(out.empty());
  auto corrupt = packed;
  corrupt[packed.size() - 5] ^= std::byte{1};  // the CRC32 trailer
  CHECK(tlcodec::gunzip(corrupt, out, 1 << 20) == tlcodec::gunzip_status::invalid);
  const std::vector<std::byte> cut(packed.begin(), packed.end() - 1);
  CHECK(tlcodec::gunzip(cut, out, 1 << 20) == tlcodec::gunzip_status::invalid);
  auto trailing = packed;
  trailing.push_back(std::byte{0});
  CHECK(tlcodec::gunzip(trailing, out, 1 << 20) == tlcodec::gunzip_status::invalid);
  CHECK(tlcodec::gunzip({}, out, 1 << 20) == tlcodec::gunzip_status::invalid);
  const std::vector<std::byte> empty;
  CHECK(tlcodec::gunzip(tlcodec::gzip(empty), out, 0) == tlcodec::gunzip_status::ok);
  CHECK(out.empty());
}

TEST_CASE("an rpc_result whose result is gzip_packed: unpacked, typed, re-encoded as received", "[gzip][rpc_result]") {
  const auto call =
      test_support::from_hex(test_support::read_file(std::string(TLCODEC_CORPUS_DIR) + "/phone_phoneCall.hex"));
  const auto bytes = concat({le32(rpc_result::constructor_id), le64(77), gzip_packed_bytes(call)});
  const auto decoded = tlcodec::decode<rpc_result>(bytes, with_registry());
  REQUIRE(decoded.has_value());
  const tlcodec::object& result = decoded->result;
  CHECK(result.is_gzip());
  CHECK(result.constructor_id() == tlcodec::gzip_packed_id);
  CHECK(result.unpacked().type()->name == "phone.phoneCall");
  const auto* phone_call = result.get_if<tlcodec::api::phone::phoneCall>();  // through the gzip
  REQUIRE(phone_call != nullptr);
  CHECK(*phone_call == *tlcodec::decode<tlcodec::api::phone::phoneCall>(call));
  CHECK(encoded(*decoded) == bytes);
  const std::string text = tlcodec::to_text(result);
  CHECK(text.starts_with("gzip_packed {\n  packed_data: bytes["));
  CHECK(text.find("\n  unpacked: phone.phoneCall {\n    phone_call: phoneCall {\n") != std::string::npos);
}

TEST_CASE("gzip_packed inside gzip_packed is rejected, at the outer one", "[gzip][errors]") {
  const auto inner = gzip_packed_bytes(encoded(pong{.msg_id = 1, .ping_id = 2}));
  const auto bytes = concat({le32(rpc_result::constructor_id), le64(1), gzip_packed_bytes(inner)});
  const auto decoded = tlcodec::decode<rpc_result>(bytes, with_registry());
  CHECK(decoded.error() == tlcodec::error{errc::nested_gzip, 12, tlcodec::gzip_packed_id});
}

TEST_CASE("errors inside the unpacked data keep their code, at the gzip_packed's offset", "[gzip][errors]") {
  const auto pong_bytes = encoded(pong{.msg_id = 1, .ping_id = 2});
  const std::vector<std::byte> cut(pong_bytes.begin(), pong_bytes.end() - 2);
  const auto bytes = concat({le32(rpc_result::constructor_id), le64(1), gzip_packed_bytes(cut)});
  CHECK(tlcodec::decode<rpc_result>(bytes, with_registry()).error() ==
        tlcodec::error{errc::truncated, 12, pong::constructor_id});

  // Not gzip at all.
  const auto garbage =
      concat({le32(rpc_result::constructor_id), le64(1), gzip_packed_holding(tlcodec::bytes{1, 2, 3})});
  CHECK(tlcodec::decode<rpc_result>(garbage, with_registry()).error() ==
        tlcodec::error{errc::invalid_gzip, 12, tlcodec::gzip_packed_id});
}

TEST_CASE("a gzip bomb stops at the cap and allocates nothing for it", "[gzip][hostile]") {
  // 32 MiB of zeros pack into ~32 KiB.
  const std::vector<std::byte> zeros(32 << 20);
  const auto bomb = concat({le32(rpc_result::constructor_id), le64(1), gzip_packed_bytes(zeros)});
  REQUIRE(bomb.size() < 100000);

  auto options = with_registry();
  test_support::allocation_scope scope;
  const auto rejected = tlcodec::decode<rpc_result>(bomb, options);
  scope.stop();
  CHECK(rejected.error() == tlcodec::error{errc::gzip_too_large, 12, tlcodec::gzip_packed_id});
  // Counted first, unpacked only if it fits: nothing near the cap is ever allocated.
  CHECK(scope.bytes() <= 2 * bomb.size() + 4096);

  // Raising the cap lets it through, into a buffer of exactly its size (its content, zeros, is
  // then not a known constructor: kept opaque, a copy of the same size; both count against
  // max_decoded_bytes, 64 MiB by default, which must be raised too).
  options.max_unpacked_size = 32 << 20;
  CHECK(tlcodec::decode<rpc_result>(bomb, options).error().code == errc::memory_budget_exceeded);
  options.max_decoded_bytes = 80 << 20;
  test_support::allocation_scope accepted_scope;
  const auto accepted = tlcodec::decode<rpc_result>(bomb, options);
  accepted_scope.stop();
  REQUIRE(accepted.has_value());
  CHECK(accepted->result.unpacked().is_opaque());
  CHECK(accepted_scope.bytes() <= 2 * zeros.size() + 2 * bomb.size() + 4096);
}

TEST_CASE("depth: gzip and container levels count toward max_depth", "[gzip][errors]") {
  const auto bytes = concat({le32(rpc_result::constructor_id), le64(1), gzip_packed_bytes(encoded(pong{}))});
  auto options = with_registry();
  options.max_depth = 2;  // rpc_result, gzip_packed: pong is the third level
  CHECK(tlcodec::decode<rpc_result>(bytes, options).error().code == errc::depth_exceeded);
  options.max_depth = 3;
  CHECK(tlcodec::decode<rpc_result>(bytes, options).has_value());
}

TEST_CASE("the unpacked-size cap holds for all gzip_packed of one decode together", "[gzip][hostile]") {
  // Two bodies of 600 KiB each under a 1 MiB cap: each fits, both do not.
  const std::vector<std::byte> zeros(600 << 10);
  const auto body = concat({le32(rpc_result::constructor_id), le64(1), gzip_packed_bytes(zeros)});
  const auto bytes = container_bytes({message_bytes(1, 1, body), message_bytes(2, 1, body)});
  auto options = with_registry();
  options.max_unpacked_size = 1 << 20;
  CHECK(tlcodec::decode<msg_container>(container_bytes({message_bytes(1, 1, body)}), options).has_value());
  const auto both = tlcodec::decode<msg_container>(bytes, options);
  CHECK(both.error().code == errc::gzip_too_large);
  CHECK(both.error().offset == 8 + 16 + body.size() + 16 + 12);  // the second gzip_packed
}

TEST_CASE("without a registry gzip_packed stays opaque, not unpacked", "[gzip]") {
  const auto bytes = concat({le32(rpc_result::constructor_id), le64(1), gzip_packed_bytes(encoded(pong{}))});
  const auto decoded = tlcodec::decode<rpc_result>(bytes);
  REQUIRE(decoded.has_value());
  CHECK(decoded->result.is_opaque());
  CHECK_FALSE(decoded->result.is_gzip());
  CHECK(&decoded->result.unpacked() == &decoded->result);
  CHECK(encoded(*decoded) == bytes);
}
