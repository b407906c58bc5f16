// tl-dump's text of an Object: the text form, except that a container's messages show their
// `bytes` field as it is on the wire. The text form leaves that field out, since it is the
// body's encoded size, but with --lenient a body may take more bytes on the wire than it
// re-encodes to (a 0xFE length prefix for a short string).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include <tlcodec/mtproto/types/MessageContainer.hpp>
#include <tlcodec/object.hpp>
#include <tlcodec/reader.hpp>
#include <tlcodec/text.hpp>

namespace tl_dump {

// value, decoded from the bytes wire.
inline void print_object(tlcodec::text_writer& out, const tlcodec::object& value, std::span<const std::byte> wire) {
  const auto* container = value.is_gzip() ? nullptr : value.get_if<tlcodec::mtproto::msg_container>();
  if (!container) return out.value(value);
  tlcodec::span_reader on_wire(wire);
  on_wire.take(8);  // the id and the count
  auto next = container->messages.begin();
  out.record("msg_container", [&] {
    out.field("messages", [&] {
      out.list(container->messages.size(), [&] {
        const tlcodec::mtproto::message& message = *next++;
        on_wire.take(12);  // msg_id:long seqno:int, then bytes:int body
        const auto bytes = static_cast<std::int32_t>(tlcodec::read_u32(on_wire));
        on_wire.take(static_cast<std::size_t>(bytes));
        out.record("message", [&] {
          out.field("msg_id", [&] { out.value(message.msg_id); });
          out.field("seqno", [&] { out.value(message.seqno); });
          out.field("bytes", [&] { out.value(bytes); });
          out.field("body", [&] { out.value(message.body); });
        });
      });
    });
  });
}

}  // namespace tl_dump
