// tlcodec/detail/gzip_packed.hpp: reading the content of gzip_packed#3072cfa1 (docs/tl-binary.md §8).
#pragma once

#include <cstddef>
#include <vector>

#include <tlcodec/detail/codec.hpp>
#include <tlcodec/gzip.hpp>

namespace tlcodec::detail {

template <class Decode>
bool unpack_and_decode(span_reader& in, std::size_t at, Decode& decode) {
  const std::byte* packed;
  std::size_t size;
  read_string(in, packed, size);
  if (in.failed()) return false;
  std::vector<std::byte> unpacked;
  switch (gunzip({packed, size}, unpacked, in.unpack_allowance())) {
    case gunzip_status::ok: in.count_unpacked(unpacked.size()); break;
    case gunzip_status::invalid: in.fail(errc::invalid_gzip, at); return false;
    case gunzip_status::too_large: in.fail(errc::gzip_too_large, at); return false;
  }
  span_reader content(unpacked, in);
  content.context().in_gzip = true;
  decode(content);
  if (!content.failed() && content.remaining() != 0 && in.options().strict) [[unlikely]]
    content.fail(errc::trailing_bytes, content.offset());
  if (const error& e = content.status()) [[unlikely]] {
    in.adopt({e.code, at, e.constructor_id});
    return false;
  }
  return true;
}

// After the id of a gzip_packed at offset `at`: reads packed_data, unpacks it (all gzip_packed
// of one decode together: at most decode_options::max_unpacked_size bytes) and calls decode(content) with a reader of the
// unpacked bytes, in which no gzip_packed may start; the content must fill them (strict mode).
// An error in the unpacked data keeps its code and constructor id, at offset `at` (offsets into
// compressed data would tell nothing). Returns whether it all succeeded.
template <class Decode>
bool read_gzip_packed(span_reader& in, std::size_t at, Decode&& decode) {
  const bool ok = unpack_and_decode(in, at, decode);
  in.note_constructor(gzip_packed_id);
  return ok;
}

}  // namespace tlcodec::detail
