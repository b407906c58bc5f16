// The seed request against the independent encoding in tests/data/corpus (mtcute, layer 223).
#include <catch2/catch.hpp>

#include <string>

#include <tlcodec/tlcodec.hpp>

#include "from_json.hpp"
#include "laws.hpp"
#include "seed_schema.hpp"

namespace {
std::string corpus(const std::string& name) { return std::string(TLCODEC_CORPUS_DIR) + "/" + name; }
}  // namespace

TEST_CASE("phone.confirmCall: the corpus values encode to the corpus bytes and back", "[corpus]") {
  const auto doc = test_support::read_json(corpus("phone_confirmCall.json"));
  const auto expected = test_support::from_hex(test_support::read_file(corpus("phone_confirmCall.hex")));
  REQUIRE(expected.size() == std::stoul(doc.at("bytes").text));

  const auto call = test_support::from_json<seed::phone::confirmCall>(doc.at("object"));
  CHECK(call.g_a.size() == 256);
  CHECK(call.protocol.udp_p2p);
  CHECK(call.protocol.library_versions == std::vector<std::string>{"2.4.4", "11.0.0"});

  const auto encoded = tlcodec::encode(call);
  REQUIRE(encoded.has_value());
  CHECK(test_support::to_hex(*encoded) == test_support::to_hex(expected));
  CHECK(tlcodec::encoded_size(call) == expected.size());

  const auto decoded = tlcodec::decode<seed::phone::confirmCall>(expected);
  REQUIRE(decoded.has_value());
  CHECK(*decoded == call);
  CHECK(decoded->peer.id == std::stoll(doc.at("object").at("peer").at("id").text));
}
