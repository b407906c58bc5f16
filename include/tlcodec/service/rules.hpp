// tlcodec/service/rules.hpp: MTProto's rules for service constructors that their TL declarations
// do not say (docs/tl-binary.md §8), and where a decode is as those rules see it. Every header
// generated from the MTProto schema includes this one (tlgen --rules-header), so the rules hold
// however a constructor is decoded: as an Object, in a message, or on its own.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <type_traits>
#include <vector>

#include <tlcodec/crc32.hpp>

#include <tlcodec/detail/read.hpp>
#include <tlcodec/mtproto/fwd.hpp>
#include <tlcodec/rules.hpp>

namespace tlcodec {

namespace service {
// decode_state::scope bits.
inline constexpr std::uint32_t in_container = 1;  // inside a msg_container: no container may start
inline constexpr std::uint32_t in_gzip = 2;       // inside unpacked gzip_packed data: no gzip_packed may start

inline constexpr std::size_t max_container_messages = 1024;

inline constexpr std::uint32_t msg_container_id = 0x73f1f8dc;

// The Objects met in a scope: no container inside a container, no gzip_packed inside unpacked
// gzip data (whether or not a registry would know them).
inline void object_rule(decode_state& state, std::uint32_t id, std::size_t at) {
  if (id == msg_container_id && (state.scope & in_container)) [[unlikely]]
    state.fail(errc::nested_container, at);
  if (id == gzip_packed_id && (state.scope & in_gzip)) [[unlikely]]
    state.fail(errc::nested_gzip, at);
}

// Runs decode() with the scope bit set and the service rule for Objects, restoring both after.
template <class Decode>
void within(decode_state& state, std::uint32_t bit, Decode&& decode) {
  const std::uint32_t outer = state.scope;
  const auto outer_rule = state.object_rule;
  state.scope |= bit;
  state.object_rule = &object_rule;
  decode();
  state.scope = outer;
  state.object_rule = outer_rule;
}
// Whether packed_data begins as a gzip member does (RFC 1952: ID1 ID2, deflate); the deflate
// data itself is checked where it is unpacked (tlcodec/service/gzip_packed.hpp).
inline bool begins_as_gzip(std::span<const std::byte> data) noexcept {
  return data.size() >= 10 && data[0] == std::byte{0x1f} && data[1] == std::byte{0x8b} && data[2] == std::byte{8};
}

// A gzip member that stores data as it is (RFC 1952 around stored deflate blocks, RFC 1951
// §3.2.4), without zlib: what arbitrary values of gzip_packed hold.
inline std::vector<std::byte> stored_gzip(std::span<const std::byte> data) {
  std::vector<std::byte> out = {std::byte{0x1f}, std::byte{0x8b}, std::byte{8}, {}, {}, {}, {}, {}, {},
                                std::byte{0xff}};
  const auto put_le = [&](std::uint32_t value, int size) {
    for (int i = 0; i < size; ++i) out.push_back(static_cast<std::byte>(value >> (8 * i)));
  };
  std::size_t at = 0;
  do {
    const std::size_t n = std::min<std::size_t>(data.size() - at, 0xffff);
    out.push_back(std::byte{at + n == data.size()});  // BFINAL on the last block, BTYPE 00
    put_le(static_cast<std::uint32_t>(n), 2);
    put_le(static_cast<std::uint32_t>(~n & 0xffff), 2);
    out.insert(out.end(), data.begin() + static_cast<std::ptrdiff_t>(at),
               data.begin() + static_cast<std::ptrdiff_t>(at + n));
    at += n;
  } while (at < data.size());
  put_le(crc32({reinterpret_cast<const char*>(data.data()), data.size()}), 4);
  put_le(static_cast<std::uint32_t>(data.size()), 4);
  return out;
}
}  // namespace service

// gzip_packed as a typed value (decode<mtproto::gzip_packed>, an Object made of one), which is
// not unpacked: packed_data that is not a gzip stream by its header is errc::invalid_gzip both
// ways (offset: packed_data), as an Object decode, which unpacks it, would say of it.
template <class S>
struct constructor_rules<mtproto::basic::gzip_packed<S>> {
  static_assert(mtproto::basic::gzip_packed<S>::constructor_id == gzip_packed_id);

  template <class W>
  static void encode(W& w, const mtproto::basic::gzip_packed<S>& value) {
    if (!service::begins_as_gzip(value.packed_data)) [[unlikely]]
      w.fail(errc::invalid_gzip);
  }

  // Random packed_data becomes a gzip stream that stores those bytes (owning values only: a
  // view cannot own the stream).
  static void make_valid(mtproto::basic::gzip_packed<S>& value) requires std::is_same_v<S, owning> {
    value.packed_data = bytes(service::stored_gzip(value.packed_data));
  }

  // After the fields are read (the string checked), its bytes are where they started.
  template <class R, class Fields>
  static void decode(R& r, Fields&& fields) {
    const std::size_t at = r.offset();
    const std::byte* string = r.remaining() >= 4 ? r.take(0) : nullptr;
    fields();
    if (r.state().failed()) return;
    if (!service::begins_as_gzip(detail::string_payload({string, r.offset() - at}))) [[unlikely]]
      fail(r, errc::invalid_gzip, at);
  }
};

// msg_container: never inside another container (service::object_rule), at most 1024 messages
// (checked on the count, before any message is read). Encoding refuses the same: more than
// 1024 messages, or a message whose body is a container (or gzip_packed holding one).
template <class S>
struct constructor_rules<mtproto::basic::msg_container<S>> {
  static_assert(mtproto::basic::msg_container<S>::constructor_id == service::msg_container_id);

  template <class W>
  static void encode(W& w, const mtproto::basic::msg_container<S>& value) {
    if (value.messages.size() > service::max_container_messages) [[unlikely]]
      return w.fail(errc::too_many_messages);
    for (const auto& message : value.messages)
      if (message.body.unpacked().constructor_id() == service::msg_container_id) [[unlikely]]
        return w.fail(errc::nested_container);
  }

  template <class R, class Fields>
  static void decode(R& r, Fields&& fields) {
    if (static_cast<std::int32_t>(peek_u32(r)) > static_cast<std::int32_t>(service::max_container_messages))
        [[unlikely]]
      return fail(r, errc::too_many_messages, r.offset());
    service::within(r.state(), service::in_container, fields);
  }
};

}  // namespace tlcodec
