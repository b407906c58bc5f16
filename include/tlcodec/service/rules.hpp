// tlcodec/service/rules.hpp: MTProto's rules for service constructors that their TL declarations
// do not say (docs/tl-binary.md §8), and where a decode is as those rules see it. Every header
// generated from the MTProto schema includes this one (tlgen --rules-header), so the rules hold
// however a constructor is decoded: as an Object, in a message, or on its own.
#pragma once

#include <cstddef>
#include <cstdint>

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
}  // namespace service

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
