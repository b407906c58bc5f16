// The data model as ordinary values: tlcodec::variant (the variant of a boxed type), tlcodec::indirect
// (the heap edge of a recursive type), tlcodec::bytes, wide_int, and the generated aggregates
// with designated initializers.
#include <catch2/catch.hpp>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <tlcodec/tlcodec.hpp>

#include "counting_allocator.hpp"
#include "hex.hpp"
#include "seed_schema.hpp"

namespace {

seed::RichText plain(std::string text) { return seed::textPlain{.text = std::move(text)}; }
// Long enough never to fit a small-string buffer, so that a use after free is a heap access.
const std::string long_text(200, 'L');

std::string_view name_of(const seed::RichText& text) {
  return text.visit([]<class C>(const C&) { return C::tl_name; });
}
std::string_view name_of_connection(const seed::PhoneConnection& connection) {
  return connection.visit([]<class C>(const C&) { return C::tl_name; });
}

}  // namespace

// ---- tlcodec::variant ----

TEST_CASE("variant: a default-constructed value holds the default alternative", "[variant]") {
  const seed::RichText text;
  CHECK(text.holds<seed::textEmpty>());
  CHECK(text.index() == 0);
  CHECK(text.constructor_id() == seed::textEmpty::constructor_id);

  const seed::PhoneConnection connection;
  CHECK(connection.holds<seed::phoneConnection>());
  REQUIRE(connection.get_if<seed::phoneConnection>() != nullptr);
  CHECK(*connection.get_if<seed::phoneConnection>() == seed::phoneConnection{});
}

TEST_CASE("variant: implicitly constructible from each alternative, and from nothing else", "[variant]") {
  STATIC_REQUIRE(std::is_convertible_v<seed::textEmpty, seed::RichText>);
  STATIC_REQUIRE(std::is_convertible_v<seed::textPlain, seed::RichText>);
  STATIC_REQUIRE(std::is_convertible_v<const seed::textBold&, seed::RichText>);
  STATIC_REQUIRE(std::is_convertible_v<seed::textUrl&, seed::RichText>);
  STATIC_REQUIRE(std::is_convertible_v<seed::textConcat&&, seed::RichText>);
  STATIC_REQUIRE(std::is_convertible_v<seed::phoneConnectionWebrtc, seed::PhoneConnection>);
  STATIC_REQUIRE_FALSE(std::is_constructible_v<seed::RichText, seed::phoneConnection>);
  STATIC_REQUIRE_FALSE(std::is_constructible_v<seed::PhoneConnection, seed::textPlain>);
  STATIC_REQUIRE_FALSE(std::is_constructible_v<seed::RichText, int>);
  STATIC_REQUIRE_FALSE(std::is_constructible_v<seed::RichText, std::string>);
  STATIC_REQUIRE(seed::RichText::alternative_count == 5);
  STATIC_REQUIRE(seed::PhoneConnection::alternative_count == 2);

  const std::vector<seed::RichText> each = {seed::textEmpty{}, seed::textPlain{.text = "p"},
                                            seed::textBold{.text = plain("b")},
                                            seed::textUrl{.text = plain("u"), .url = "https://t.me", .webpage_id = 1},
                                            seed::textConcat{.texts = {plain("c")}}};
  const std::uint32_t ids[] = {seed::textEmpty::constructor_id, seed::textPlain::constructor_id,
                               seed::textBold::constructor_id, seed::textUrl::constructor_id,
                               seed::textConcat::constructor_id};
  for (std::size_t i = 0; i < each.size(); ++i) {
    CHECK(each[i].index() == i);
    CHECK(each[i].constructor_id() == ids[i]);
  }
  CHECK(each[1].get_if<seed::textPlain>()->text == "p");
  CHECK(*each[2].get_if<seed::textBold>()->text == plain("b"));
  CHECK(each[3].get_if<seed::textUrl>()->url == "https://t.me");
  CHECK(each[4].get_if<seed::textConcat>()->texts.size() == 1);
}

TEST_CASE("variant: holds, get_if (mutable and const), index, constructor_id", "[variant]") {
  seed::PhoneConnection connection = seed::phoneConnectionWebrtc{.turn = true, .port = 3478};
  const seed::PhoneConnection& view = connection;
  CHECK(connection.holds<seed::phoneConnectionWebrtc>());
  CHECK_FALSE(connection.holds<seed::phoneConnection>());
  CHECK(connection.index() == 1);
  CHECK(connection.constructor_id() == 0x635fe375u);
  CHECK(connection.get_if<seed::phoneConnection>() == nullptr);
  CHECK(view.get_if<seed::phoneConnection>() == nullptr);
  REQUIRE(view.get_if<seed::phoneConnectionWebrtc>() != nullptr);
  CHECK(view.get_if<seed::phoneConnectionWebrtc>()->port == 3478);
  STATIC_REQUIRE(
      std::is_same_v<decltype(view.get_if<seed::phoneConnectionWebrtc>()), const seed::phoneConnectionWebrtc*>);

  connection.get_if<seed::phoneConnectionWebrtc>()->port = 80;
  CHECK(view.get_if<seed::phoneConnectionWebrtc>()->port == 80);
}

TEST_CASE("variant: visit calls the held alternative, mutable or const, and returns its result", "[variant]") {
  seed::RichText text = seed::textUrl{.text = plain("a"), .url = "u", .webpage_id = 5};
  CHECK(name_of(text) == "textUrl");

  text.visit([]<class C>(C& alternative) {
    if constexpr (std::is_same_v<C, seed::textUrl>) alternative.webpage_id = 6;
  });
  CHECK(text.get_if<seed::textUrl>()->webpage_id == 6);

  const seed::RichText& view = text;
  const std::size_t fields = view.visit([]<class C>(const C&) { return C::tl_field_names.size(); });
  CHECK(fields == 3);
  // A visitor may return a reference into the held value.
  std::int64_t& id = text.visit([](auto& alternative) -> std::int64_t& {
    static std::int64_t none = 0;
    if constexpr (requires { alternative.webpage_id; })
      return alternative.webpage_id;
    else
      return none;
  });
  id = 7;
  CHECK(text.get_if<seed::textUrl>()->webpage_id == 7);
}

TEST_CASE("variant: emplace replaces the held value and returns it", "[variant]") {
  seed::RichText text = plain(long_text);
  seed::textUrl& url = text.emplace<seed::textUrl>(plain("inner"), "https://t.me", std::int64_t{9});
  CHECK(text.holds<seed::textUrl>());
  CHECK(&url == text.get_if<seed::textUrl>());
  CHECK(url.url == "https://t.me");
  CHECK(url.webpage_id == 9);
  CHECK(*url.text == plain("inner"));

  seed::textPlain& same = text.emplace<seed::textPlain>();
  CHECK(same.text.empty());
  text.emplace<seed::textPlain>(long_text);
  CHECK(text.get_if<seed::textPlain>()->text == long_text);
}

TEST_CASE("variant: copy is deep and independent", "[variant]") {
  const seed::RichText original = seed::textConcat{.texts = {plain(long_text), seed::textBold{.text = plain("b")}}};
  seed::RichText copy = original;
  CHECK(copy == original);
  copy.get_if<seed::textConcat>()->texts[0] = plain("changed");
  *copy.get_if<seed::textConcat>()->texts[1].get_if<seed::textBold>()->text = plain("changed too");
  CHECK(copy != original);
  CHECK(original.get_if<seed::textConcat>()->texts[0] == plain(long_text));
  CHECK(*original.get_if<seed::textConcat>()->texts[1].get_if<seed::textBold>()->text == plain("b"));
}

TEST_CASE("variant: move construction takes the value", "[variant]") {
  seed::RichText source = plain(long_text);
  const seed::RichText expected = source;
  const seed::RichText moved = std::move(source);
  CHECK(moved == expected);
  STATIC_REQUIRE(std::is_nothrow_move_constructible_v<seed::RichText>);
  STATIC_REQUIRE(std::is_nothrow_move_assignable_v<seed::RichText>);
}

TEST_CASE("variant: copy and move assignment between different alternatives", "[variant]") {
  const seed::RichText url = seed::textUrl{.text = plain(long_text), .url = long_text, .webpage_id = 1};
  const seed::RichText concat = seed::textConcat{.texts = {plain("a"), seed::textEmpty{}}};

  seed::RichText target = url;
  target = concat;  // copy, other alternative
  CHECK(target == concat);
  CHECK(target.holds<seed::textConcat>());
  target = url;
  CHECK(target == url);

  seed::RichText source = concat;
  target = std::move(source);  // move, other alternative
  CHECK(target == concat);
  source = url;  // a moved-from value can be assigned again
  CHECK(source == url);

  target = seed::textEmpty{};  // from an alternative
  CHECK(target.holds<seed::textEmpty>());
  target = plain(long_text);
  CHECK(target == plain(long_text));
}

TEST_CASE("variant: self-assignment leaves the value unchanged", "[variant]") {
  seed::RichText text = seed::textConcat{.texts = {plain(long_text), seed::textBold{.text = plain("x")}}};
  const seed::RichText expected = text;
  seed::RichText& alias = text;
  text = alias;
  CHECK(text == expected);
  text = std::move(alias);
  CHECK(text == expected);
}

TEST_CASE("variant: assigning a copy of a value it owns (rt = child) is safe", "[variant]") {
  seed::RichText text = seed::textBold{.text = seed::RichText{seed::textBold{.text = plain(long_text)}}};
  const seed::RichText child = *text.get_if<seed::textBold>()->text;
  text = *text.get_if<seed::textBold>()->text;  // copy-assigns from inside itself
  CHECK(text == child);
  // And from its own alternative: a temporary RichText is made first.
  text = *text.get_if<seed::textBold>();
  CHECK(text == child);
}

// Unwrapping a recursive value (`text = std::move(child)`, where child lives inside text's held
// alternative) must move the child out before the held alternative is destroyed.
TEST_CASE("variant: move-assigning a value it owns (rt = std::move(child)) keeps the child's value", "[variant]") {
  seed::RichText text = seed::textBold{.text = plain(long_text)};
  text = std::move(*text.get_if<seed::textBold>()->text);
  CHECK(text == plain(long_text));
}

TEST_CASE("variant: == compares the alternative, then the value", "[variant]") {
  CHECK(seed::RichText{} == seed::RichText{seed::textEmpty{}});
  CHECK(plain("a") == plain("a"));
  CHECK(plain("a") != plain("b"));
  CHECK(plain("") != seed::RichText{seed::textEmpty{}});
  CHECK(seed::RichText{seed::textBold{.text = plain("a")}} == seed::RichText{seed::textBold{.text = plain("a")}});
  CHECK(seed::RichText{seed::textBold{.text = plain("a")}} != seed::RichText{seed::textBold{.text = plain("b")}});
  CHECK(seed::PhoneConnection{seed::phoneConnection{}} != seed::PhoneConnection{seed::phoneConnectionWebrtc{}});
}

TEST_CASE("variant: holds a small alternative in place, a large one in one heap block", "[variant][allocation]") {
  test_support::allocation_scope in_place;
  seed::RichText text = plain("short");
  text = seed::textEmpty{};
  text.emplace<seed::textUrl>();
  in_place.stop();
  // textUrl in place, and its indirect text field allocates only when first written through.
  CHECK(in_place.count() == 0);

  test_support::allocation_scope on_heap;
  seed::PhoneConnection connection = seed::phoneConnectionWebrtc{.turn = true, .ip = "short"};
  connection = seed::phoneConnection{.tcp = true};
  connection.emplace<seed::phoneConnectionWebrtc>();
  on_heap.stop();
  CHECK(on_heap.count() == 3);  // one block per alternative made
}

// PhoneConnection's constructors are large (own strings of 100+ bytes): like tlgen, the seed
// schema marks them tl_held_indirectly, so PhoneConnection holds them through indirect<C>.
TEST_CASE("variant: large alternatives are held indirectly, small ones in place", "[variant]") {
  STATIC_REQUIRE(tlcodec::detail::held_indirectly<seed::phoneConnectionWebrtc>);
  STATIC_REQUIRE_FALSE(tlcodec::detail::held_indirectly<seed::textUrl>);
  STATIC_REQUIRE(sizeof(seed::PhoneConnection) < sizeof(seed::phoneConnectionWebrtc));
  STATIC_REQUIRE(sizeof(seed::RichText) >= sizeof(seed::textUrl));
}

TEST_CASE("variant: a heap-held alternative copies deeply, moves, compares and is replaced", "[variant]") {
  const seed::phoneConnectionWebrtc webrtc{.id = 7, .ip = long_text, .username = "user", .password = long_text};
  seed::PhoneConnection original = webrtc;
  REQUIRE(original.holds<seed::phoneConnectionWebrtc>());

  seed::PhoneConnection copy = original;
  copy.get_if<seed::phoneConnectionWebrtc>()->ip = "changed";
  CHECK(copy != original);
  CHECK(original.get_if<seed::phoneConnectionWebrtc>()->ip == long_text);
  CHECK(original.get_if<seed::phoneConnectionWebrtc>() != copy.get_if<seed::phoneConnectionWebrtc>());

  seed::PhoneConnection moved = std::move(copy);
  CHECK(moved.get_if<seed::phoneConnectionWebrtc>()->ip == "changed");
  copy = original;  // a moved-from value can be assigned again
  CHECK(copy == original);

  moved = seed::phoneConnection{.id = 8, .peer_tag = tlcodec::bytes(std::as_bytes(std::span(long_text)))};
  CHECK(moved.holds<seed::phoneConnection>());
  CHECK(moved != original);
  moved.emplace<seed::phoneConnectionWebrtc>(webrtc);
  CHECK(moved == original);
  CHECK(name_of_connection(moved) == "phoneConnectionWebrtc");
  STATIC_REQUIRE(std::is_nothrow_move_constructible_v<seed::PhoneConnection>);
}

TEST_CASE("moved-from values: valid but unspecified, as for std types", "[variant][indirect]") {
  // PhoneConnection holds both alternatives on the heap, its default too: moved from, it holds
  // nothing, which copies, compares, prints, is refused by encode and decoded into.
  seed::PhoneConnection connection = seed::phoneConnectionWebrtc{.id = 7, .ip = long_text};
  const seed::PhoneConnection taken = std::move(connection);
  CHECK(connection.valueless_after_move());
  const seed::PhoneConnection copy = connection;
  CHECK(copy.valueless_after_move());
  CHECK(copy == connection);
  CHECK(copy != taken);
  CHECK(tlcodec::encode(connection).error().code == tlcodec::errc::moved_from_value);
  CHECK(tlcodec::to_text(connection) == "(moved-from)");
  REQUIRE_FALSE(tlcodec::decode_into(tlcodec::encode(taken).value(), connection));
  CHECK(connection == taken);

  // A field held through indirect<T> (textBold.text) is emptied by a move of its constructor.
  seed::textBold bold{.text = plain("b")};
  const seed::textBold bold_taken = std::move(bold);
  CHECK(bold.text.valueless_after_move());
  seed::textBold bold_copy = bold;
  CHECK(bold_copy == bold);
  CHECK(bold_copy != bold_taken);
  CHECK(tlcodec::encode(bold).error().code == tlcodec::errc::moved_from_value);
  bold_copy = bold_taken;  // assigned again
  CHECK(bold_copy == bold_taken);
  REQUIRE_FALSE(tlcodec::decode_into(tlcodec::encode(bold_taken).value(), bold));
  CHECK(bold == bold_taken);
}

TEST_CASE("variant: decoding into a heap-held alternative of the same constructor reuses its heap block",
          "[variant][allocation]") {
  const seed::PhoneConnection webrtc = seed::phoneConnectionWebrtc{.id = 9, .ip = "1.2.3.4", .username = "u"};
  const auto wire = tlcodec::encode(webrtc).value();
  seed::PhoneConnection target = seed::phoneConnectionWebrtc{};
  const auto* held = target.get_if<seed::phoneConnectionWebrtc>();
  test_support::allocation_scope scope;
  const tlcodec::error err = tlcodec::decode_into(wire, target);
  scope.stop();
  CHECK_FALSE(err);
  CHECK(scope.count() == 0);  // short strings, and the indirect is reused
  CHECK(target == webrtc);
  CHECK(target.get_if<seed::phoneConnectionWebrtc>() == held);
}

// ---- tlcodec::indirect ----

TEST_CASE("indirect: holds a default value, and one built from a T only", "[indirect]") {
  const tlcodec::indirect<seed::RichText> empty;
  CHECK(empty->holds<seed::textEmpty>());
  const tlcodec::indirect<seed::RichText> from_value = seed::RichText{seed::textPlain{.text = "p"}};
  CHECK(*from_value == plain("p"));
  CHECK(from_value.get() == plain("p"));
  STATIC_REQUIRE_FALSE(std::is_constructible_v<tlcodec::indirect<seed::RichText>, int>);
  // A constructor of T is wrapped in T first: the indirect's constraint may ask nothing of T, which
  // can still be incomplete where the indirect is probed (inside its own cycle).
  STATIC_REQUIRE_FALSE(std::is_convertible_v<seed::textPlain, tlcodec::indirect<seed::RichText>>);
}

TEST_CASE("indirect: copies are deep", "[indirect]") {
  tlcodec::indirect<seed::RichText> original = plain(long_text);
  tlcodec::indirect<seed::RichText> copy = original;
  CHECK(&*copy != &*original);
  CHECK(copy == original);
  *copy = plain("changed");
  CHECK(*original == plain(long_text));
  CHECK(copy != original);

  copy = original;  // copy assignment
  CHECK(copy == original);
  CHECK(&*copy != &*original);
  tlcodec::indirect<seed::RichText>& alias = copy;
  copy = alias;  // self
  CHECK(*copy == plain(long_text));

  // Through a generated struct: copying a textBold copies the whole chain.
  const seed::textBold outer{.text = seed::RichText{seed::textBold{.text = plain("deep")}}};
  seed::textBold other = outer;
  other.text->get_if<seed::textBold>()->text = plain("changed");
  CHECK(*outer.text->get_if<seed::textBold>()->text == plain("deep"));
}

TEST_CASE("indirect: == compares the values, not the addresses", "[indirect]") {
  const tlcodec::indirect<seed::RichText> a = plain("x");
  const tlcodec::indirect<seed::RichText> b = plain("x");
  const tlcodec::indirect<seed::RichText> c = plain("y");
  CHECK(a == b);
  CHECK(a != c);
}

TEST_CASE("indirect: a moved-from indirect can be assigned again", "[indirect]") {
  tlcodec::indirect<seed::RichText> source = plain(long_text);
  tlcodec::indirect<seed::RichText> target = std::move(source);
  CHECK(*target == plain(long_text));
  source = plain("again");  // move-assign a new value
  CHECK(*source == plain("again"));

  tlcodec::indirect<seed::RichText> other = std::move(source);
  source = target;  // copy-assign into a moved-from indirect
  CHECK(*source == plain(long_text));
  CHECK(*other == plain("again"));
}

// ---- tlcodec::bytes ----

TEST_CASE("bytes: the ways to build one, and what it holds", "[bytes]") {
  const tlcodec::bytes empty;
  CHECK(empty.empty());
  CHECK(empty.size() == 0);
  CHECK(empty.begin() == empty.end());

  const std::vector<std::byte> raw = {std::byte{0}, std::byte{0xfe}, std::byte{0xff}, std::byte{1}};
  const tlcodec::bytes from_span{std::span<const std::byte>(raw)};
  const tlcodec::bytes from_pointer(raw.data(), raw.size());
  const tlcodec::bytes from_list = {0x00, 0xfe, 0xff, 0x01};
  const tlcodec::bytes from_chars = tlcodec::bytes::from_chars(std::string_view("\0\xfe\xff\x01", 4));
  CHECK(from_span == from_pointer);
  CHECK(from_span == from_list);
  CHECK(from_span == from_chars);
  CHECK(from_list.size() == 4);
  CHECK(from_list[1] == std::byte{0xfe});
  CHECK(std::equal(from_list.begin(), from_list.end(), raw.begin(), raw.end()));
  const std::span<const std::byte> view = from_list;
  CHECK(view.size() == 4);
  CHECK(view.data() == from_list.data());
  CHECK(from_list.as_chars() == std::string_view("\0\xfe\xff\x01", 4));
}

TEST_CASE("bytes: assign, resize, clear, and copies are independent", "[bytes]") {
  tlcodec::bytes value = {1, 2, 3};
  tlcodec::bytes copy = value;
  value.assign(copy.data(), 2);
  CHECK(value == tlcodec::bytes{1, 2});
  CHECK(copy == tlcodec::bytes{1, 2, 3});
  value.resize(4);
  CHECK(value == tlcodec::bytes{1, 2, 0, 0});
  value.data()[3] = std::byte{9};
  CHECK(value[3] == std::byte{9});
  value.clear();
  CHECK(value.empty());
  CHECK(copy.size() == 3);
}

TEST_CASE("bytes: ordering is lexicographic, as for byte strings", "[bytes]") {
  CHECK(tlcodec::bytes{1, 2} < tlcodec::bytes{1, 3});
  CHECK(tlcodec::bytes{1, 2} < tlcodec::bytes{1, 2, 0});
  CHECK(tlcodec::bytes{0xff} > tlcodec::bytes{0x7f});  // unsigned, whatever char's signedness
  CHECK((tlcodec::bytes{} <=> tlcodec::bytes{}) == std::strong_ordering::equal);
}

TEST_CASE("bytes: up to 15 bytes need no heap allocation", "[bytes][allocation]") {
  test_support::allocation_scope scope;
  tlcodec::bytes small = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
  tlcodec::bytes copy = small;
  copy.resize(15);
  scope.stop();
  CHECK(scope.count() == 0);
  CHECK(copy.size() == 15);
}

// ---- tlcodec::wide_int ----

TEST_CASE("wide_int: zero by default, compared byte by byte in wire order", "[wide_int]") {
  STATIC_REQUIRE(sizeof(tlcodec::int128) == 16);
  STATIC_REQUIRE(sizeof(tlcodec::int256) == 32);
  STATIC_REQUIRE(tlcodec::int128{} == tlcodec::int128{});
  constexpr tlcodec::int128 zero{};
  STATIC_REQUIRE(zero.bytes[15] == std::byte{0});

  tlcodec::int128 a, b;
  a.bytes[0] = std::byte{1};
  b.bytes[15] = std::byte{0xff};
  CHECK(a != b);
  CHECK(a > b);  // the first byte decides: wire order, not a little-endian number
  tlcodec::int128 c = a;
  CHECK(c == a);
  c.bytes[15] = std::byte{1};
  CHECK(c > a);
}

// ---- generated aggregates ----

TEST_CASE("generated structs take designated initializers, nested and partial", "[aggregate]") {
  const seed::phone::confirmCall call{
      .peer = {.id = 1, .access_hash = 2},
      .g_a = {0xab, 0xcd},
      .key_fingerprint = 3,
      .protocol = {.udp_p2p = true, .min_layer = 65, .max_layer = 92, .library_versions = {"2.4.4"}},
  };
  CHECK(call.peer.id == 1);
  CHECK(call.peer.access_hash == 2);
  CHECK(call.g_a == tlcodec::bytes{0xab, 0xcd});
  CHECK(call.protocol.udp_p2p);
  CHECK_FALSE(call.protocol.udp_reflector);
  CHECK(call.protocol.flags == tlcodec::reserved_flags{});
  CHECK(call.protocol.library_versions == std::vector<std::string>{"2.4.4"});

  const seed::codeSettings settings{.allow_app_hash = true, .token = "t", .app_sandbox = false};
  CHECK(settings.allow_app_hash);
  CHECK_FALSE(settings.logout_tokens.has_value());
  CHECK(settings.app_sandbox == false);

  const seed::future_salts salts{.now = 5, .salts = {{.salt = 1}, {.valid_since = 2}}};
  CHECK(salts.req_msg_id == 0);
  CHECK(salts.salts.size() == 2);

  const seed::invokeWithLayer<seed::phone::confirmCall> wrapped{.layer = 223, .query = call};
  CHECK(wrapped.query == call);

  const seed::PhoneConnection connection = seed::phoneConnection{.tcp = true, .port = 443};
  CHECK(connection.get_if<seed::phoneConnection>()->port == 443);

  const seed::RichText text = seed::textUrl{.text = seed::RichText{seed::textBold{.text = plain("x")}}, .url = "u"};
  CHECK(text.get_if<seed::textUrl>()->webpage_id == 0);
}

TEST_CASE("generated structs compare all their fields, reserved flag bits included", "[aggregate]") {
  // Built from decoded bytes rather than as temporaries: g++ 12 with -fsanitize warns
  // (-Wmaybe-uninitialized) about the payload of a disengaged std::optional temporary.
  const auto status = [](const char* hex) { return *tlcodec::decode<seed::emojiStatus>(test_support::from_hex(hex)); };
  const seed::emojiStatus without_until = status("8a06ffe7 00000000 0100000000000000");
  const seed::emojiStatus with_until = status("8a06ffe7 01000000 0100000000000000 00000000");
  const seed::emojiStatus with_bits = status("8a06ffe7 04000000 0100000000000000");
  CHECK(without_until == status("8a06ffe7 00000000 0100000000000000"));
  CHECK(without_until != with_until);
  CHECK(without_until != with_bits);
  CHECK(with_bits.flags.bits == 4);
  STATIC_REQUIRE(seed::inputPhoneCall{.id = 1} == seed::inputPhoneCall{.id = 1});
}
