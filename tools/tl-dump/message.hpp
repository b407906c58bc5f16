// tl-dump --mtproto: a decrypted MTProto message (salt, session_id, msg_id, seq_no, length,
// body, padding) or an unencrypted one (auth_key_id 0, msg_id, length, body). The body may be a
// container, an rpc_result, gzip_packed...; an unknown constructor in it, whose length is
// known, prints as opaque with its id.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>

#include <tlcodec/error.hpp>
#include <tlcodec/options.hpp>
#include <tlcodec/reader.hpp>
#include <tlcodec/service/message.hpp>
#include <tlcodec/text.hpp>

#include "object_text.hpp"

namespace tl_dump {

// Decodes the message and, unless out is null, prints it (as dump() does); the error, if any.
// A message whose first 8 bytes are 0 is unencrypted (auth_key_id), any other a decrypted one,
// whose padding may be of any length (MTProto 1.0 payloads too). The length prints as it is on
// the wire. Bytes after an unencrypted message's body are trailing_bytes (with --lenient, shown
// as padding_bytes).
inline tlcodec::error dump_message(std::span<const std::byte> input, const tlcodec::decode_options& options,
                                   tlcodec::text_writer* out) {
  tlcodec::span_reader first(input);
  const bool unencrypted = tlcodec::read_u64(first) == 0;  // (also for an input too short to say)
  tlcodec::decrypted_message message;
  std::size_t header_size = tlcodec::decrypted_message::header_size;
  std::size_t padding = 0;
  if (unencrypted) {
    tlcodec::unencrypted_message read;
    if (const tlcodec::error error = tlcodec::decode_unencrypted_message_into(input, read, options)) return error;
    header_size = tlcodec::unencrypted_message::header_size;
    padding = input.size() - header_size - static_cast<std::size_t>(read.message_data_length);  // --lenient only
    message.msg_id = read.msg_id;
    message.message_data_length = read.message_data_length;
    message.body = std::move(read.body);
  } else {
    if (const tlcodec::error error = tlcodec::decode_message_into(input, message, options, tlcodec::padding_rule::any))
      return error;
    padding = message.padding.size();
  }
  if (!out) return {};

  const auto field = [&](std::string_view name, auto value) { out->field(name, [&] { out->value(value); }); };
  out->record(unencrypted ? "unencrypted_message" : "decrypted_message", [&] {
    if (unencrypted) {
      field("auth_key_id", std::int64_t{0});
    } else {
      field("salt", message.salt);
      field("session_id", message.session_id);
    }
    field("msg_id", message.msg_id);
    if (!unencrypted) field("seq_no", message.seq_no);
    field("length", message.message_data_length);
    const auto wire_body = input.subspan(header_size, static_cast<std::size_t>(message.message_data_length));
    out->field("body", [&] { print_object(*out, message.body, wire_body); });
    if (padding != 0) field("padding_bytes", static_cast<std::int64_t>(padding));
  });
  return {};
}

}  // namespace tl_dump
