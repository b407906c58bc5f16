// Generated structs as Boost.Hana Structs: keys are the TL field names in wire order (flags
// fields included), accessors read and write the members, and zero-field structs work too.
//
// Reflection costs only where it is used: the generated hana_accessors_impl::apply() is a
// template, and tlcodec/reflect.hpp (the only header that pulls Hana in) defines what it calls,
// so a translation unit that includes a generated header but never reflects a struct
// instantiates nothing Hana-related for it. That is a compile-time property, measured by the
// compile-cost budgets rather than tested here.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <boost/hana.hpp>

#include <tlcodec/reflect.hpp>
#include <tlcodec/tlcodec.hpp>

#include "seed_schema.hpp"

namespace hana = boost::hana;

namespace {

// The keys of T as std::strings, in the order hana::keys gives them.
template <class T>
std::vector<std::string> key_names() {
  std::vector<std::string> out;
  hana::for_each(hana::keys(T{}), [&](auto key) { out.emplace_back(hana::to<const char*>(key)); });
  return out;
}

// The generated table of TL field names, as std::strings.
template <class T>
std::vector<std::string> table_names() {
  return {T::tl_field_names.begin(), T::tl_field_names.end()};
}

}  // namespace

TEST_CASE("seed structs model hana::Struct", "[reflection]") {
  STATIC_REQUIRE(hana::Struct<seed::inputPhoneCall>::value);
  STATIC_REQUIRE(hana::Struct<seed::phoneCallProtocol>::value);
  STATIC_REQUIRE(hana::Struct<seed::phone::confirmCall>::value);
  STATIC_REQUIRE(hana::Struct<seed::emojiStatus>::value);
  STATIC_REQUIRE(hana::Struct<seed::codeSettings>::value);
  STATIC_REQUIRE(hana::Struct<seed::phoneConnection>::value);
  STATIC_REQUIRE(hana::Struct<seed::phoneConnectionWebrtc>::value);
  STATIC_REQUIRE(hana::Struct<seed::textEmpty>::value);
  STATIC_REQUIRE(hana::Struct<seed::textPlain>::value);
  STATIC_REQUIRE(hana::Struct<seed::textBold>::value);
  STATIC_REQUIRE(hana::Struct<seed::textUrl>::value);
  STATIC_REQUIRE(hana::Struct<seed::textConcat>::value);
  STATIC_REQUIRE(hana::Struct<seed::help::getConfig>::value);
  STATIC_REQUIRE(hana::Struct<seed::invokeWithLayer<seed::phone::confirmCall>>::value);
  STATIC_REQUIRE(hana::Struct<seed::future_salt>::value);
  STATIC_REQUIRE(hana::Struct<seed::future_salts>::value);
  STATIC_REQUIRE(hana::Struct<seed::rpc_error>::value);
  // Other storage policies than owning reflect too: the accessors do not depend on S.
  STATIC_REQUIRE(hana::Struct<seed::basic::rpc_error<tlcodec::owning>>::value);
}

TEST_CASE("hana::keys are the TL field names in wire order, flags included", "[reflection]") {
  CHECK(key_names<seed::inputPhoneCall>() == std::vector<std::string>{"id", "access_hash"});
  CHECK(key_names<seed::emojiStatus>() == std::vector<std::string>{"flags", "document_id", "until"});
  CHECK(key_names<seed::phone::confirmCall>() ==
        std::vector<std::string>{"peer", "g_a", "key_fingerprint", "protocol"});
  CHECK(key_names<seed::codeSettings>() ==
        std::vector<std::string>{"flags", "allow_flashcall", "current_number", "allow_app_hash", "allow_missed_call",
                                 "allow_firebase", "unknown_number", "logout_tokens", "token", "app_sandbox"});
  CHECK(key_names<seed::phoneConnectionWebrtc>() ==
        std::vector<std::string>{"flags", "turn", "stun", "id", "ip", "ipv6", "port", "username", "password"});
  CHECK(key_names<seed::invokeWithLayer<seed::phone::confirmCall>>() == std::vector<std::string>{"layer", "query"});
  CHECK(key_names<seed::future_salts>() == std::vector<std::string>{"req_msg_id", "now", "salts"});
}

TEST_CASE("hana::keys agree with the generated tl_field_names table", "[reflection]") {
  CHECK(key_names<seed::inputPhoneCall>() == table_names<seed::inputPhoneCall>());
  CHECK(key_names<seed::phoneCallProtocol>() == table_names<seed::phoneCallProtocol>());
  CHECK(key_names<seed::phone::confirmCall>() == table_names<seed::phone::confirmCall>());
  CHECK(key_names<seed::emojiStatus>() == table_names<seed::emojiStatus>());
  CHECK(key_names<seed::codeSettings>() == table_names<seed::codeSettings>());
  CHECK(key_names<seed::phoneConnection>() == table_names<seed::phoneConnection>());
  CHECK(key_names<seed::phoneConnectionWebrtc>() == table_names<seed::phoneConnectionWebrtc>());
  CHECK(key_names<seed::textUrl>() == table_names<seed::textUrl>());
  CHECK(key_names<seed::textConcat>() == table_names<seed::textConcat>());
  CHECK(key_names<seed::future_salt>() == table_names<seed::future_salt>());
  CHECK(key_names<seed::rpc_error>() == table_names<seed::rpc_error>());
}

TEST_CASE("hana::keys are compile-time strings", "[reflection]") {
  constexpr auto keys = hana::keys(seed::emojiStatus{});
  STATIC_REQUIRE(hana::length(keys) == hana::size_c<3>);
  STATIC_REQUIRE(keys[hana::size_c<0>] == BOOST_HANA_STRING("flags"));
  STATIC_REQUIRE(keys[hana::size_c<2>] == BOOST_HANA_STRING("until"));
  STATIC_REQUIRE(hana::contains(keys, BOOST_HANA_STRING("document_id")));
  STATIC_REQUIRE_FALSE(hana::contains(keys, BOOST_HANA_STRING("id")));
}

TEST_CASE("hana::at_key reads and writes members", "[reflection]") {
  seed::phone::confirmCall call{.peer = {.id = 1, .access_hash = 2}, .key_fingerprint = 3};
  CHECK(hana::at_key(call, BOOST_HANA_STRING("key_fingerprint")) == 3);
  hana::at_key(call, BOOST_HANA_STRING("key_fingerprint")) = 30;
  CHECK(call.key_fingerprint == 30);

  // Nested: the peer member is itself a Struct.
  auto& peer = hana::at_key(call, BOOST_HANA_STRING("peer"));
  STATIC_REQUIRE(std::is_same_v<decltype(peer), seed::inputPhoneCall&>);
  hana::at_key(peer, BOOST_HANA_STRING("access_hash")) = -2;
  CHECK(call.peer.access_hash == -2);

  seed::emojiStatus status;
  hana::at_key(status, BOOST_HANA_STRING("until")) = 1700000000;
  hana::at_key(status, BOOST_HANA_STRING("flags")).bits = 0x80000000u;
  CHECK(status.until == 1700000000);
  CHECK(status.flags.bits == 0x80000000u);

  const seed::rpc_error error{.error_code = 420, .error_message = "FLOOD_WAIT_5"};
  const auto& message = hana::at_key(error, BOOST_HANA_STRING("error_message"));
  STATIC_REQUIRE(std::is_same_v<decltype(message), const std::string&>);
  CHECK(&message == &error.error_message);
}

TEST_CASE("hana::for_each visits every member in wire order, as (key, value) pairs", "[reflection]") {
  const seed::phoneConnection connection{.tcp = true, .id = 7, .ip = "1.2.3.4", .ipv6 = "::1", .port = 443};
  std::vector<std::string> names;
  std::int64_t sum = 0;
  hana::for_each(connection, [&](auto pair) {
    names.emplace_back(hana::to<const char*>(hana::first(pair)));
    const auto& value = hana::second(pair);
    if constexpr (std::is_integral_v<std::remove_cvref_t<decltype(value)>>) sum += value;
  });
  CHECK(names == table_names<seed::phoneConnection>());
  CHECK(sum == 1 + 7 + 443);  // tcp (a bool) + id + port

  // Writing through the accessors of every member.
  seed::future_salt salt;
  hana::for_each(hana::accessors<seed::future_salt>(), [&](auto pair) { hana::second(pair)(salt) = 9; });
  CHECK(salt == seed::future_salt{.valid_since = 9, .valid_until = 9, .salt = 9});

  // hana::members gives the values in the same order.
  const auto members = hana::members(seed::inputPhoneCall{.id = 5, .access_hash = 6});
  CHECK(members[hana::size_c<0>] == 5);
  CHECK(members[hana::size_c<1>] == 6);
}

TEST_CASE("a struct without fields has empty accessors, keys and members", "[reflection]") {
  STATIC_REQUIRE(hana::length(hana::accessors<seed::textEmpty>()) == hana::size_c<0>);
  STATIC_REQUIRE(hana::length(hana::keys(seed::textEmpty{})) == hana::size_c<0>);
  STATIC_REQUIRE(hana::length(hana::members(seed::help::getConfig{})) == hana::size_c<0>);
  int visits = 0;
  hana::for_each(seed::textEmpty{}, [&](auto) { ++visits; });
  CHECK(visits == 0);
  CHECK(key_names<seed::help::getConfig>().empty());
}

TEST_CASE("reflection and the codec see the same fields", "[reflection]") {
  // Every field each_field visits has a key, in the same order, and the same address.
  seed::codeSettings settings;
  std::vector<const void*> walked;
  seed::codeSettings::each_field(settings, [&](auto& field, auto) { walked.push_back(&field); });
  std::vector<const void*> reflected;
  hana::for_each(hana::accessors<seed::codeSettings>(),
                 [&](auto pair) { reflected.push_back(&hana::second(pair)(settings)); });
  CHECK(walked == reflected);
}
