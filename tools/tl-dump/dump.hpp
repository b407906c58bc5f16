// tl-dump's decoding of a value of a type expression (--type, or the type guessed), printed as
// it is decoded.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <tlcodec/decode.hpp>
#include <tlcodec/reader.hpp>
#include <tlcodec/registry.hpp>
#include <tlcodec/service/message.hpp>
#include <tlcodec/text.hpp>
#include <tlcodec/wire.hpp>

#include "object_text.hpp"
#include "type_expression.hpp"

namespace tl_dump {

using tlcodec::text_writer;

// Reads one value of type from in and, unless out is null, prints it. Run once without out,
// so that malformed input is found before anything is printed, then again with it: the text
// goes out as it is made, and no more than one element of a vector is in memory at a time.
inline void dump(tlcodec::span_reader& in, const type_expression& type, text_writer* out);

// A boxed value of a constructor that name answers to. Its length is unknown, so an id the
// registry does not know, even inside it, is an error (in a message body or an rpc_result,
// whose length is known, it would be kept opaque).
inline void dump_named(tlcodec::span_reader& in, std::string_view name, text_writer* out) {
  const std::size_t at = in.offset();
  if (in.remaining() < 4) return in.fail(tlcodec::errc::truncated, at);
  const tlcodec::object_type* type = in.options().registry->find(tlcodec::peek_u32(in));
  if (!type || !answers_to(*type, name)) return in.fail(tlcodec::errc::unexpected_constructor, at);
  tlcodec::object value;
  tlcodec::decode_object_from(in, value);
  if (out && !in.failed()) print_object(*out, value, in.read_since(at));
}

inline void dump_vector(tlcodec::span_reader& in, const type_expression& type, text_writer* out) {
  if (type.what == type_expression::kind::boxed_vector) {
    const std::size_t at = in.offset();
    if (tlcodec::read_u32(in) != tlcodec::vector_id && !in.failed())
      return in.fail(tlcodec::errc::invalid_vector_id, at);
  }
  const std::size_t count_at = in.offset();
  const auto count = static_cast<std::int32_t>(tlcodec::read_u32(in));
  if (in.failed()) return;
  if (count < 0 || static_cast<std::size_t>(count) > in.remaining() / min_wire_size(*type.element))
    return in.fail(tlcodec::errc::invalid_count, count_at);
  const auto element = [&] { dump(in, *type.element, out); };
  if (out) return out->list(static_cast<std::size_t>(count), element);
  for (std::int32_t i = 0; i < count && !in.failed(); ++i) element();
}

inline void dump(tlcodec::span_reader& in, const type_expression& type, text_writer* out) {
  using kind = type_expression::kind;
  const auto scalar = [&]<class T>(T value) {
    tlcodec::decode_from(in, value);
    if (out && !in.failed()) out->value(value);
  };
  switch (type.what) {
    case kind::int_: return scalar(std::int32_t{});
    case kind::long_: return scalar(std::int64_t{});
    case kind::double_: return scalar(double{});
    case kind::int128: return scalar(tlcodec::int128{});
    case kind::int256: return scalar(tlcodec::int256{});
    case kind::string: return scalar(std::string{});
    case kind::bytes: return scalar(tlcodec::bytes{});
    case kind::bool_: return scalar(bool{});
    case kind::nat: {  // an unsigned int
      const std::uint32_t nat = tlcodec::read_u32(in);
      if (out && !in.failed()) out->value(std::int64_t{nat});
      return;
    }
    case kind::named: return dump_named(in, type.name, out);
    case kind::boxed_vector:
    case kind::bare_vector: return dump_vector(in, type, out);
  }
}

}  // namespace tl_dump
