// tl-dump --mtproto: a decrypted MTProto message (salt, session_id, msg_id, seq_no, length,
// body, padding) or an unencrypted one (auth_key_id 0, msg_id, length, body). The body may be a
// container, an rpc_result, gzip_packed...; an unknown constructor in it, whose length is
// known, prints as opaque with its id.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <tlcodec/detail/read.hpp>
#include <tlcodec/text.hpp>

#include "object_text.hpp"

namespace tl_dump {

// Reads the message from in and, unless out is null, prints it (as dump() does). The length
// prints as it is on the wire. Bytes after an unencrypted message's body are trailing_bytes
// (with --lenient, shown as padding_bytes).
inline void dump_message(tlcodec::span_reader& in, tlcodec::detail::text_writer* out) {
  const auto salt = static_cast<std::int64_t>(tlcodec::read_u64(in));
  const bool unencrypted = salt == 0;  // then auth_key_id
  const auto session_id = unencrypted ? 0 : static_cast<std::int64_t>(tlcodec::read_u64(in));
  const auto msg_id = static_cast<std::int64_t>(tlcodec::read_u64(in));
  const auto seq_no = unencrypted ? 0 : static_cast<std::int32_t>(tlcodec::read_u32(in));
  const std::size_t length_at = in.offset();
  tlcodec::object body;
  tlcodec::detail::read_length_prefixed(in, body);  // the body fills exactly its length
  const std::size_t padding = in.remaining();
  // An encrypted message's random padding is not TL; an unencrypted message has none.
  if (unencrypted && padding != 0 && in.options().strict && !in.failed())
    in.fail(tlcodec::errc::trailing_bytes, in.offset());
  in.take(padding);
  if (!out || in.failed()) return;

  const auto length = static_cast<std::int32_t>(tlcodec::detail::load_le<std::uint32_t>(in.input().data() + length_at));
  const auto field = [&](std::string_view name, auto value) { out->field(name, [&] { out->value(value); }); };
  out->record(unencrypted ? "unencrypted_message" : "decrypted_message", [&] {
    if (unencrypted) {
      field("auth_key_id", std::int64_t{0});
    } else {
      field("salt", salt);
      field("session_id", session_id);
    }
    field("msg_id", msg_id);
    if (!unencrypted) field("seq_no", seq_no);
    field("length", length);
    const auto wire_body = in.input().subspan(length_at + 4, static_cast<std::size_t>(length));
    out->field("body", [&] { print_object(*out, body, wire_body); });
    if (padding != 0) field("padding_bytes", static_cast<std::int64_t>(padding));
  });
}

}  // namespace tl_dump
