// A reader and a writer written against the concepts alone (tlcodec/reader.hpp, writer.hpp),
// and a type of the user's given a TL form through tl_mapping (tlcodec/family.hpp): every
// walk takes them, Objects, gzip_packed and the service rules included.
#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include <tlcodec/api/messages.hpp>
#include <tlcodec/api/phone.hpp>
#include <tlcodec/crc32.hpp>
#include <tlcodec/mtproto/all.hpp>
#include <tlcodec/testing/arbitrary.hpp>
#include <tlcodec/text.hpp>

#include "hex.hpp"
#include "json.hpp"
#include "nesting_support.hpp"
#include "service_support.hpp"

using namespace service_support;
using tlcodec::errc;

namespace {

// A reader of a byte string, as little as the concept asks: bytes, and a decode state.
class minimal_reader {
 public:
  minimal_reader(std::span<const std::byte> input, const tlcodec::decode_options& options)
      : input_(input), state_(options) {}
  const std::byte* take(std::size_t n) {
    if (n > remaining()) return nullptr;
    const std::byte* at = input_.data() + pos_;
    pos_ += n;
    return at;
  }
  std::size_t remaining() const { return input_.size() - pos_; }
  std::size_t offset() const { return pos_; }
  tlcodec::decode_state& state() { return state_; }

 private:
  std::span<const std::byte> input_;
  std::size_t pos_ = 0;
  tlcodec::decode_state state_;
};
static_assert(tlcodec::reader<minimal_reader>);

// A writer into a std::string, byte by byte.
class minimal_writer {
 public:
  void write(const std::byte* data, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) out.push_back(static_cast<char>(data[i]));
  }
  void write_zeros(std::size_t n) { out.append(n, '\0'); }
  void fail(errc code) {
    if (!error_) error_ = {code, out.size(), 0};
  }
  const tlcodec::error& status() const { return error_; }
  std::string out;

 private:
  tlcodec::error error_{};
};
static_assert(tlcodec::writer<minimal_writer>);

std::vector<std::byte> corpus(const char* name) {
  return test_support::from_hex(test_support::read_file(std::string(TLCODEC_CORPUS_DIR) + "/" + name + ".hex"));
}

template <class T>
tlcodec::result<T> decode_with_minimal_reader(std::span<const std::byte> bytes,
                                              const tlcodec::decode_options& options) {
  minimal_reader in(bytes, options);
  T value{};
  tlcodec::decode_from(in, value);
  return {std::move(value), in.state().status()};
}

std::vector<std::byte> as_bytes(const std::string& s) {
  const auto* data = reinterpret_cast<const std::byte*>(s.data());
  return {data, data + s.size()};
}

// A user's strong id type over long, and a hand-written constructor that holds one.
struct user_id {
  std::int64_t value = 0;
  friend bool operator==(const user_id&, const user_id&) = default;
};
struct peer_note {
  static constexpr std::string_view tl_signature = "peerNote user:long note:string = PeerNote";
  static constexpr std::uint32_t constructor_id = tlcodec::crc32(tl_signature);
  static constexpr std::string_view tl_name = "peerNote";
  static constexpr std::array<std::string_view, 3> tl_field_names = {"user", "note", "others"};
  user_id user;
  std::string note;
  std::vector<user_id> others;
  template <class Self, class Visit>
  static constexpr void each_field(Self& self, Visit&& visit) {
    visit(self.user, tlcodec::wire::boxed{});
    visit(self.note, tlcodec::wire::boxed{});
    visit(self.others, tlcodec::wire::boxed{});
  }
  friend bool operator==(const peer_note&, const peer_note&) = default;
};

}  // namespace

template <>
struct tlcodec::tl_mapping<user_id> {
  using wire_type = std::int64_t;
  static std::int64_t to_wire(const user_id& id) { return id.value; }
  static user_id from_wire(std::int64_t value) { return {value}; }
};

TEST_CASE("a minimal reader decodes every corpus object as span_reader does", "[custom][reader]") {
  const auto call = corpus("phone_phoneCall");
  const auto decoded = decode_with_minimal_reader<tlcodec::api::phone::PhoneCall>(call, {});
  REQUIRE(decoded.has_value());
  CHECK(*decoded == *tlcodec::decode<tlcodec::api::phone::PhoneCall>(call));
  const auto messages = corpus("messages_messages");
  const auto many = decode_with_minimal_reader<tlcodec::api::messages::Messages>(messages, {});
  REQUIRE(many.has_value());
  CHECK(*many == *tlcodec::decode<tlcodec::api::messages::Messages>(messages));
  // Errors are the same, at the same offsets.
  const std::span<const std::byte> cut(call.data(), call.size() - 5);
  CHECK(decode_with_minimal_reader<tlcodec::api::phone::PhoneCall>(cut, {}).error() ==
        tlcodec::decode<tlcodec::api::phone::PhoneCall>(cut).error());
}

TEST_CASE("a minimal reader decodes Objects: typed, gzip_packed, in containers, with the service rules",
          "[custom][reader][object]") {
  const auto call = corpus("phone_phoneCall");
  const auto answer = concat({le32(tlcodec::mtproto::rpc_result::constructor_id), le64(77), gzip_packed_bytes(call)});
  const auto decoded = decode_with_minimal_reader<tlcodec::mtproto::rpc_result>(answer, with_registry());
  REQUIRE(decoded.has_value());
  CHECK(decoded->result.holds<tlcodec::api::phone::phoneCall>());
  CHECK(*decoded == *tlcodec::decode<tlcodec::mtproto::rpc_result>(answer, with_registry()));
  CHECK(encoded(*decoded) == answer);
  // A container in a container's message: the same error through any reader.
  const auto inner = container_bytes({message_bytes(1, 1, encoded(tlcodec::mtproto::ping{.ping_id = 1}))});
  const auto outer = container_bytes({message_bytes(3, 3, inner)});
  const auto nested = decode_with_minimal_reader<tlcodec::mtproto::msg_container>(outer, with_registry());
  CHECK(nested.error() == tlcodec::decode<tlcodec::mtproto::msg_container>(outer, with_registry()).error());
  CHECK(nested.error().code == errc::nested_container);
}

TEST_CASE("a minimal writer encodes every type as the library's writers do", "[custom][writer]") {
  const auto call = corpus("phone_phoneCall");
  const auto value = *tlcodec::decode<tlcodec::api::phone::PhoneCall>(call);
  minimal_writer out;
  REQUIRE_FALSE(tlcodec::encode_to(out, value));
  CHECK(as_bytes(out.out) == call);
  // An Object (typed, and gzip_packed as received).
  const auto answer = concat({le32(tlcodec::mtproto::rpc_result::constructor_id), le64(77), gzip_packed_bytes(call)});
  const auto result = *tlcodec::decode<tlcodec::mtproto::rpc_result>(answer, with_registry());
  minimal_writer object_out;
  REQUIRE_FALSE(tlcodec::encode_to(object_out, result));
  CHECK(as_bytes(object_out.out) == answer);
  // Errors come through it too.
  tlcodec::mtproto::rpc_result empty_result;
  minimal_writer failing;
  CHECK(tlcodec::encode_to(failing, empty_result).code == errc::empty_object);
  // It counts no depth: encode_to counts it for it, and refuses what decode would reject.
  static_assert(!tlcodec::depth_counting_writer<minimal_writer>);
  minimal_writer deep;
  CHECK(tlcodec::encode_to(deep, rich_text(tlcodec::default_max_depth + 1)).code == errc::depth_exceeded);
  minimal_writer deepest;
  REQUIRE_FALSE(tlcodec::encode_to(deepest, rich_text(tlcodec::default_max_depth)));
  CHECK(as_bytes(deepest.out) == rich_text_bytes(tlcodec::default_max_depth));
}

TEST_CASE("a type of the user's mapped onto long: encoded, decoded, printed, sized, arbitrary", "[custom][mapping]") {
  static_assert(std::is_same_v<tlcodec::family_t<user_id>, tlcodec::family::mapped>);
  const peer_note note{.user = {42}, .note = "hi", .others = {{7}, {-1}}};
  const auto bytes = tlcodec::encode(note);
  REQUIRE(bytes.has_value());
  const auto expected = concat({le32(peer_note::constructor_id), le64(42), test_support::from_hex("02686900"),
                                le32(0x1cb5c415), le32(2), le64(7), le64(static_cast<std::uint64_t>(-1))});
  CHECK(*bytes == expected);
  CHECK(tlcodec::encoded_size(note) == expected.size());
  CHECK(*tlcodec::decode<peer_note>(*bytes) == note);
  CHECK(tlcodec::encoded_size(user_id{5}) == 8);  // a fixed size, like the long it maps to
  CHECK(tlcodec::to_text(note) == "peerNote {\n  user: 42\n  note: \"hi\"\n  others: [\n    7\n    -1\n  ]\n}");
  // Truncated inside the mapped value: the long's error.
  const std::span<const std::byte> cut(bytes->data(), 8);
  CHECK(tlcodec::decode<peer_note>(cut).error() == tlcodec::error{errc::truncated, 4, peer_note::constructor_id});
  tlcodec::testing::random_source random(1);
  const auto any = tlcodec::testing::arbitrary<peer_note>(random);
  CHECK(*tlcodec::decode<peer_note>(*tlcodec::encode(any)) == any);
}
