// The six objects of tests/data/corpus (encoded by mtcute, layer 223) against the generated api:
// the bytes decode to the values of the .json file, and those values encode to the bytes.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <tlcodec/api/messages.hpp>
#include <tlcodec/api/phone.hpp>
#include <tlcodec/api/root.hpp>
#include <tlcodec/api/upload.hpp>
#include <tlcodec/format_error.hpp>

#include "from_json.hpp"
#include "laws.hpp"

namespace {

std::string corpus(const std::string& name) { return std::string(TLCODEC_CORPUS_DIR) + "/" + name; }

// Decodes the .hex as T, compares with the .json values, re-encodes byte-identical.
template <class T>
void check_corpus_object(const std::string& name, const test_support::json& object_json) {
  const auto doc = test_support::read_json(corpus(name + ".json"));
  const auto bytes = test_support::from_hex(test_support::read_file(corpus(name + ".hex")));
  REQUIRE(bytes.size() == std::stoul(doc.at("bytes").text));

  const auto expected = test_support::from_json<T>(object_json);
  const auto decoded = tlcodec::decode<T>(bytes);
  INFO(tlcodec::format_error(decoded.error(), bytes));
  REQUIRE(decoded.has_value());
  CHECK(*decoded == expected);

  const auto encoded = tlcodec::encode(expected);
  REQUIRE(encoded.has_value());
  CHECK(encoded->size() == bytes.size());
  CHECK(*encoded == bytes);
  CHECK(tlcodec::encoded_size(*decoded) == bytes.size());
}

template <class T>
void check_corpus_object(const std::string& name) {
  check_corpus_object<T>(name, test_support::read_json(corpus(name + ".json")).at("object"));
}

// The corpus writes a top-level vector as {"_": "vector", "items": [...]}.
test_support::json vector_items(const std::string& name) {
  auto items = test_support::read_json(corpus(name + ".json")).at("object").at("items");
  return items;
}

}  // namespace

TEST_CASE("corpus: phone.confirmCall", "[corpus]") {
  check_corpus_object<tlcodec::api::phone::confirmCall>("phone_confirmCall");
}

TEST_CASE("corpus: phone.phoneCall with two users", "[corpus]") {
  check_corpus_object<tlcodec::api::phone::phoneCall>("phone_phoneCall");
}

TEST_CASE("corpus: messages.messages with 100 messages", "[corpus]") {
  check_corpus_object<tlcodec::api::messages::Messages>("messages_messages");
}

TEST_CASE("corpus: upload.file of 128 KiB", "[corpus]") {
  check_corpus_object<tlcodec::api::upload::File>("upload_file_128k");
}

TEST_CASE("corpus: Vector<long> of 1000", "[corpus]") {
  check_corpus_object<std::vector<std::int64_t>>("vector_long_1000", vector_items("vector_long_1000"));
}

TEST_CASE("corpus: Vector of 1000 updateShort", "[corpus]") {
  check_corpus_object<std::vector<tlcodec::api::Updates>>("vector_updateShort_1000",
                                                          vector_items("vector_updateShort_1000"));
}
