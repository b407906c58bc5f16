// View mode (tlcodec::borrowing, view_of<T>): strings, bytes and vectors of int/long/double
// point into the input; the values equal the owning ones (same text, same encoding); the
// lifetime rule holds at compile time (no temporary container as input) and at run time (the
// views are the input's bytes).
#include <catch2/catch.hpp>

#include <cstring>
#include <string>
#include <vector>

#include <tlcodec/api/messages.hpp>
#include <tlcodec/api/phone.hpp>
#include <tlcodec/decode.hpp>
#include <tlcodec/encode.hpp>
#include <tlcodec/text.hpp>

#include "hex.hpp"
#include "json.hpp"

namespace {

namespace api = tlcodec::api;

std::vector<std::byte> corpus_bytes(const std::string& name) {
  return test_support::from_hex(test_support::read_file(std::string(TLCODEC_CORPUS_DIR) + "/" + name + ".hex"));
}

// Whether decode<T>(input) / decode_into(input, T&) compile for an Input expression.
template <class T, class Input>
concept decodable_from = requires(Input&& input) {
  tlcodec::decode<T>(std::forward<Input>(input));
};
template <class T, class Input>
concept decodable_into_from = requires(T& value, Input&& input) {
  tlcodec::decode_into(std::forward<Input>(input), value);
};

bool points_into(const void* data, const std::vector<std::byte>& input) {
  const auto* at = static_cast<const std::byte*>(data);
  return at >= input.data() && at < input.data() + input.size();
}

// Decoded both ways, the values print and encode the same.
template <class T>
void check_same_as_owning(const std::vector<std::byte>& input) {
  const auto owning = tlcodec::decode<T>(input);
  const auto view = tlcodec::decode<tlcodec::view_of<T>>(input);
  REQUIRE(owning.has_value());
  REQUIRE(view.has_value());
  CHECK(tlcodec::to_text(*view) == tlcodec::to_text(*owning));
  CHECK(*tlcodec::encode(*view) == input);
  CHECK(tlcodec::encoded_size(*view) == input.size());
}

}  // namespace

TEST_CASE("view_of maps a generated type to its borrowing form", "[view]") {
  STATIC_REQUIRE(
      std::is_same_v<tlcodec::view_of<api::phone::PhoneCall>, api::basic::phone::phoneCall<tlcodec::borrowing>>);
  STATIC_REQUIRE(std::is_same_v<tlcodec::view_of<std::vector<std::int64_t>>, tlcodec::scalars_view<std::int64_t>>);
  STATIC_REQUIRE(std::is_same_v<decltype(tlcodec::view_of<api::phone::confirmCall>{}.g_a), tlcodec::bytes_view>);
  STATIC_REQUIRE(tlcodec::borrows_input<tlcodec::view_of<api::messages::Messages>>);
  STATIC_REQUIRE_FALSE(tlcodec::borrows_input<api::messages::Messages>);
}

TEST_CASE("view mode: phone.phoneCall, bytes and strings point into the input", "[view]") {
  const auto input = corpus_bytes("phone_phoneCall");
  check_same_as_owning<api::phone::PhoneCall>(input);
  const auto view = tlcodec::decode<tlcodec::view_of<api::phone::PhoneCall>>(input);
  const auto* call = view->phone_call.get_if<api::basic::phoneCall<tlcodec::borrowing>>();
  REQUIRE(call != nullptr);
  CHECK(call->g_a_or_b.size() == 256);
  CHECK(points_into(call->g_a_or_b.data(), input));
  REQUIRE(!call->protocol.library_versions.empty());
  CHECK(points_into(call->protocol.library_versions[0].data(), input));
}

TEST_CASE("view mode: Vector<long> is a scalars_view of the input", "[view]") {
  const auto input = corpus_bytes("vector_long_1000");
  check_same_as_owning<std::vector<std::int64_t>>(input);
  const auto owning = tlcodec::decode<std::vector<std::int64_t>>(input);
  const auto view = tlcodec::decode<tlcodec::scalars_view<std::int64_t>>(input);
  REQUIRE(view->size() == 1000);
  CHECK(points_into(view->wire_bytes().data(), input));
  CHECK(std::equal(view->begin(), view->end(), owning->begin(), owning->end()));
  CHECK((*view)[999] == owning->back());
  // Truncated or lying counts fail as in owning mode.
  const std::vector<std::byte> cut(input.begin(), input.end() - 8);
  CHECK(tlcodec::decode<tlcodec::scalars_view<std::int64_t>>(cut).error().code == tlcodec::errc::invalid_count);
}

TEST_CASE("view mode: messages.messages decodes, prints and re-encodes like the owning value", "[view]") {
  check_same_as_owning<api::messages::Messages>(corpus_bytes("messages_messages"));
}

TEST_CASE("view mode: the value reads the input it was decoded from, so it must outlive it", "[view]") {
  using view_type = tlcodec::view_of<api::phone::confirmCall>;
  // A temporary container as input would leave the value dangling: it does not compile.
  using buffer = std::vector<std::byte>;
  STATIC_REQUIRE_FALSE(decodable_from<view_type, buffer>);
  STATIC_REQUIRE_FALSE(decodable_into_from<view_type, buffer>);
  STATIC_REQUIRE(decodable_from<view_type, const buffer&>);
  STATIC_REQUIRE(decodable_into_from<view_type, buffer&>);
  STATIC_REQUIRE(decodable_from<view_type, std::span<const std::byte>>);
  STATIC_REQUIRE(decodable_into_from<view_type, std::span<const std::byte>>);
  // Owning values may be decoded from anything.
  STATIC_REQUIRE(decodable_from<api::phone::confirmCall, buffer>);
  STATIC_REQUIRE(decodable_into_from<api::phone::confirmCall, buffer>);

  auto input = corpus_bytes("phone_confirmCall");
  const auto view = tlcodec::decode<view_type>(input);
  REQUIRE(view.has_value());
  const std::string first_version(view->protocol.library_versions[0]);
  // The view is the input's bytes: change them and it changes (an owning value would not).
  const auto* text = reinterpret_cast<const std::byte*>(view->protocol.library_versions[0].data());
  input[static_cast<std::size_t>(text - input.data())] = std::byte{'9'};
  CHECK(view->protocol.library_versions[0] != first_version);
  CHECK(view->protocol.library_versions[0][0] == '9');
}
