// Arena mode (tlcodec::in_arena, arena_of<T>, decode<T>(input, arena)): a decoded value and all
// it holds live in one arena, requested from the allocator in a few blocks; the values print,
// encode and compare like owning ones, convert to them, and outlive their input; every block is
// charged against the decode's budget; an Object inside one is destroyed with the arena.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include <tlcodec/api/all.hpp>
#include <tlcodec/convert.hpp>
#include <tlcodec/object_type.hpp>
#include <tlcodec/testing/arbitrary.hpp>
#include <tlcodec/text.hpp>

#include "amplification_inputs.hpp"
#include "counting_allocator.hpp"
#include "hex.hpp"
#include "json.hpp"
#include "service_support.hpp"

using namespace service_support;
namespace api = tlcodec::api;
using tlcodec::errc;

namespace {

byte_vector corpus_bytes(const std::string& name) {
  return test_support::from_hex(test_support::read_file(std::string(TLCODEC_CORPUS_DIR) + "/" + name + ".hex"));
}

template <class T, class Input>
concept decodable_without_arena = requires(Input&& input) {
  tlcodec::decode<T>(std::forward<Input>(input));
};

struct arena_decode {
  tlcodec::error error;
  std::size_t allocations = 0;
  std::size_t bytes = 0;
};

// Decodes input in arena mode into `memory`, counting what it asks the allocator for.
template <class T>
arena_decode decode_counted(const byte_vector& input, tlcodec::arena& memory,
                            tlcodec::result<tlcodec::arena_of<T>>& out, const tlcodec::decode_options& options = {}) {
  test_support::allocation_scope scope;
  out = tlcodec::decode<tlcodec::arena_of<T>>(input, memory, options);
  scope.stop();
  return {out.error(), scope.count(), scope.bytes()};
}

// The corpus object decoded in arena mode is the owning one: same text, same bytes, equal once
// converted; in at most four requests to the allocator, all of them the arena's blocks.
template <class T>
void check_corpus(const std::string& name) {
  INFO(name);
  const byte_vector input = corpus_bytes(name);
  const auto owning = tlcodec::decode<T>(input);
  REQUIRE(owning.has_value());
  tlcodec::arena memory;
  tlcodec::result<tlcodec::arena_of<T>> in_arena;
  const arena_decode counted = decode_counted<T>(input, memory, in_arena);
  REQUIRE(in_arena.has_value());
  CHECK(counted.allocations <= 4);
  CHECK(counted.bytes == memory.requested());
  CHECK(tlcodec::to_text(*in_arena) == tlcodec::to_text(*owning));
  CHECK(encoded(*in_arena) == input);
  CHECK(tlcodec::encoded_size(*in_arena) == input.size());
  CHECK(tlcodec::to_owning(*in_arena) == *owning);
  const auto copy = *in_arena;  // a copy sees the same arena
  CHECK(copy == *in_arena);
}

}  // namespace

TEST_CASE("arena_of maps a generated type to its arena form", "[arena]") {
  STATIC_REQUIRE(
      std::is_same_v<tlcodec::arena_of<api::phone::PhoneCall>, api::basic::phone::phoneCall<tlcodec::in_arena>>);
  STATIC_REQUIRE(std::is_same_v<tlcodec::arena_of<std::vector<std::int64_t>>, tlcodec::arena_vector<std::int64_t>>);
  STATIC_REQUIRE(std::is_same_v<tlcodec::owning_of<tlcodec::arena_of<api::Updates>>, api::Updates>);
  STATIC_REQUIRE(
      std::is_same_v<tlcodec::owning_of<tlcodec::view_of<api::messages::Messages>>, api::messages::Messages>);
  STATIC_REQUIRE(tlcodec::lives_in_arena<tlcodec::arena_of<api::Updates>>);
  STATIC_REQUIRE_FALSE(tlcodec::lives_in_arena<api::Updates>);
  STATIC_REQUIRE_FALSE(tlcodec::borrows_input<tlcodec::arena_of<api::Updates>>);
  // Without an arena there is nowhere to build one.
  STATIC_REQUIRE_FALSE(decodable_without_arena<tlcodec::arena_of<api::Updates>, const byte_vector&>);
  STATIC_REQUIRE(decodable_without_arena<api::Updates, const byte_vector&>);
  // Nothing in an arena value needs destroying: the arena frees it without visiting it.
  STATIC_REQUIRE(std::is_trivially_destructible_v<tlcodec::arena_string>);
  STATIC_REQUIRE(std::is_trivially_destructible_v<tlcodec::arena_vector<tlcodec::arena_of<api::Update>>>);
  STATIC_REQUIRE(std::is_trivially_copyable_v<tlcodec::arena_ref<tlcodec::arena_of<api::message>>>);
}

TEST_CASE("the corpus decodes in an arena as it does owning", "[arena]") {
  check_corpus<api::phone::confirmCall>("phone_confirmCall");
  check_corpus<api::phone::PhoneCall>("phone_phoneCall");
  check_corpus<api::messages::Messages>("messages_messages");
  check_corpus<api::upload::File>("upload_file_128k");
  check_corpus<std::vector<std::int64_t>>("vector_long_1000");
  check_corpus<std::vector<api::Updates>>("vector_updateShort_1000");
}

TEST_CASE("an arena value outlives its input", "[arena]") {
  const byte_vector saved = corpus_bytes("messages_messages");
  tlcodec::arena memory;
  const auto messages = tlcodec::decode<tlcodec::arena_of<api::messages::Messages>>(byte_vector(saved), memory);
  REQUIRE(messages.has_value());
  // The temporary input is gone (and its memory reused): the value still encodes to it.
  const byte_vector other(saved.size(), std::byte{0x5a});
  CHECK(encoded(*messages) == saved);
  const auto* slice = messages->get_if<api::basic::messages::messagesSlice<tlcodec::in_arena>>();
  const auto* whole = messages->get_if<api::basic::messages::messages<tlcodec::in_arena>>();
  REQUIRE((slice != nullptr || whole != nullptr));
  const auto& list = slice != nullptr ? slice->messages : whole->messages;
  REQUIRE_FALSE(list.empty());
  CHECK(memory.holds(list.data()));
}

TEST_CASE("an arena decode fails where and as an owning one does", "[arena]") {
  const byte_vector input = corpus_bytes("messages_messages");
  std::size_t differences = 0;
  for (std::size_t size = 0; size < input.size(); size += 61) {
    const byte_vector prefix(input.begin(), input.begin() + static_cast<std::ptrdiff_t>(size));
    tlcodec::arena memory;
    const auto in_arena = tlcodec::decode<tlcodec::arena_of<api::messages::Messages>>(prefix, memory);
    const auto owning = tlcodec::decode<api::messages::Messages>(prefix);
    if (in_arena.error() != owning.error()) ++differences;
  }
  CHECK(differences == 0);
}

TEST_CASE("every arena block is charged against the budget first", "[arena][memory-budget]") {
  const byte_vector input = corpus_bytes("messages_messages");
  tlcodec::error whole_error;
  std::size_t whole = 0;
  {
    tlcodec::arena memory;
    tlcodec::result<tlcodec::arena_of<api::messages::Messages>> out;
    const auto counted = decode_counted<api::messages::Messages>(input, memory, out);
    whole = counted.bytes;
    whole_error = counted.error;
  }
  REQUIRE_FALSE(whole_error);
  std::size_t over_budget = 0;
  std::size_t wrong_errors = 0;
  for (std::size_t budget = 0; budget <= whole + 4096; budget += 997) {
    tlcodec::decode_options options;
    options.max_decoded_bytes = budget;
    tlcodec::arena memory;
    tlcodec::result<tlcodec::arena_of<api::messages::Messages>> out;
    const auto counted = decode_counted<api::messages::Messages>(input, memory, out, options);
    if (counted.bytes > budget) ++over_budget;
    if (counted.error && counted.error.code != errc::memory_budget_exceeded) ++wrong_errors;
  }
  CHECK(over_budget == 0);
  CHECK(wrong_errors == 0);
}

TEST_CASE("a vector of small updates in an arena stops at the budget", "[arena][memory-budget]") {
  // updates#74ae4240 with 262,144 updateConfig: 1 MiB on the wire.
  const std::size_t count = 262'144;
  const byte_vector input =
      concat({le32(api::updates_::constructor_id), le32(0x1cb5c415), le32(static_cast<std::uint32_t>(count)),
              repeated(api::updateConfig::constructor_id, count), le32(0x1cb5c415), le32(0), le32(0x1cb5c415), le32(0),
              le32(0), le32(0)});
  tlcodec::decode_options options;
  options.max_decoded_bytes = 1 << 20;
  tlcodec::arena memory;
  tlcodec::result<tlcodec::arena_of<api::Updates>> out;
  const auto counted = decode_counted<api::Updates>(input, memory, out, options);
  CHECK(counted.error.code == errc::memory_budget_exceeded);
  CHECK(counted.error.offset == 8);  // the count of the vector whose elements did not fit
  CHECK(counted.bytes <= options.max_decoded_bytes);
}

TEST_CASE("arbitrary values of recursive types decode in an arena to themselves", "[arena]") {
  const auto check = [&]<class T>(std::type_identity<T>) {
    tlcodec::testing::random_source random(2026);
    for (int i = 0; i < 40; ++i) {
      const T value = tlcodec::testing::arbitrary<T>(random);
      const byte_vector bytes = encoded(value);
      INFO(tlcodec::to_text(value));
      REQUIRE_FALSE(bytes.empty());
      tlcodec::arena memory;
      const auto in_arena = tlcodec::decode<tlcodec::arena_of<T>>(bytes, memory);
      REQUIRE(in_arena.has_value());
      CHECK(tlcodec::to_owning(*in_arena) == value);
      CHECK(encoded(*in_arena) == bytes);
    }
  };
  check(std::type_identity<api::RichText>{});
  check(std::type_identity<api::PageBlock>{});
  check(std::type_identity<api::MessageMedia>{});
  check(std::type_identity<api::Updates>{});
  check(std::type_identity<api::JSONValue>{});
}

TEST_CASE("an arena reset and used again takes the same blocks", "[arena]") {
  const byte_vector input = corpus_bytes("phone_phoneCall");
  tlcodec::arena memory;
  std::size_t first = 0;
  std::size_t different = 0;
  for (int i = 0; i < 40; ++i) {
    const auto call = tlcodec::decode<tlcodec::arena_of<api::phone::PhoneCall>>(input, memory);
    REQUIRE(call.has_value());
    if (i == 0) first = memory.requested();
    if (memory.requested() != first) ++different;
    memory.reset();
  }
  CHECK(different == 0);
  CHECK(first <= 2 * input.size() + 64);
}

TEST_CASE("to_owning copies every string, also out of a vector", "[arena]") {
  STATIC_REQUIRE(
      std::is_same_v<tlcodec::owning_of<tlcodec::arena_vector<tlcodec::arena_string>>, std::vector<std::string>>);
  STATIC_REQUIRE(std::is_same_v<tlcodec::owning_of<tlcodec::arena_bytes>, tlcodec::bytes>);
  STATIC_REQUIRE(std::is_same_v<tlcodec::owning_of<tlcodec::arena_ref<tlcodec::arena_of<api::RichText>>>,
                                tlcodec::indirect<api::RichText>>);
  STATIC_REQUIRE(std::is_same_v<tlcodec::owning_of<std::string_view>, std::string>);
  const std::vector<std::string> strings{"one", "", "three"};
  const byte_vector bytes = encoded(strings);
  std::vector<std::string> owned;
  {
    tlcodec::arena memory;
    const auto in_arena = tlcodec::decode<tlcodec::arena_of<std::vector<std::string>>>(bytes, memory);
    REQUIRE(in_arena.has_value());
    owned = tlcodec::to_owning(*in_arena);
  }  // the arena is gone: the copy does not point into it
  CHECK(owned == strings);
}

TEST_CASE("a default arena value is the default owning value", "[arena]") {
  const tlcodec::arena_of<api::Message> message{};
  CHECK(encoded(message) == encoded(api::Message{}));
  CHECK(tlcodec::to_text(message) == tlcodec::to_text(api::Message{}));
  CHECK(tlcodec::to_owning(message) == api::Message{});
}

TEST_CASE("Objects inside an arena value are destroyed with the arena", "[arena]") {
  // Bodies typed through the registry own their values on the heap (LeakSanitizer checks that
  // the arena destroys them).
  using namespace tlcodec::mtproto;
  const msg_container container{
      .messages = {{.msg_id = 4, .seqno = 1, .body = tlcodec::make_object(ping{.ping_id = 7})},
                   {.msg_id = 8, .seqno = 3, .body = tlcodec::make_object(pong{.msg_id = 4, .ping_id = 7})}}};
  const byte_vector bytes = encoded(container);
  tlcodec::arena memory;
  const auto in_arena = tlcodec::decode<tlcodec::arena_of<msg_container>>(bytes, memory, with_registry());
  REQUIRE(in_arena.has_value());
  REQUIRE(in_arena->messages.size() == 2);
  CHECK(in_arena->messages[0].body.get_if<ping>()->ping_id == 7);
  CHECK(tlcodec::to_owning(*in_arena) == container);
  CHECK(encoded(*in_arena) == bytes);
}

TEST_CASE("arena decodes of vectors of small values stay under the arena bound", "[arena][amplification]") {
  // A sample of amplification_test.cpp's search (the types that amplify most as owning values,
  // and the recursive ones), in arena mode: blocks requested per input byte, accepted and
  // rejected at the last element. README states the bound.
  constexpr double bound_per_input_byte = 64;
  double worst = 0;
  const auto search = [&]<class T>(std::type_identity<T>) {
    const auto inputs = amplification_inputs_of<T>(64 * 1024);
    REQUIRE(inputs.has_value());
    for (const byte_vector* input : {&inputs->accepted, &inputs->rejected}) {
      tlcodec::arena memory;
      tlcodec::result<tlcodec::arena_of<std::vector<T>>> out;
      test_support::allocation_scope scope;
      out = tlcodec::decode<tlcodec::arena_of<std::vector<T>>>(*input, memory, with_registry());
      scope.stop();
      CHECK(out.has_value() == (input == &inputs->accepted));
      const double ratio = double(scope.bytes()) / double(input->size());
      std::printf("arena amplification: %6.1f  %s%s\n", ratio, std::string(T::tl_name).c_str(),
                  input == &inputs->accepted ? "" : " (rejected)");
      worst = std::max(worst, ratio);
    }
  };
  search(std::type_identity<api::PeerNotifySettings>{});
  search(std::type_identity<api::Update>{});
  search(std::type_identity<api::BotInlineMessage>{});
  search(std::type_identity<api::KeyboardButton>{});
  search(std::type_identity<api::RichText>{});
  search(std::type_identity<api::PageBlock>{});
  search(std::type_identity<api::MessageMedia>{});
  search(std::type_identity<api::InputPeer>{});
  CHECK(worst <= bound_per_input_byte);
}
