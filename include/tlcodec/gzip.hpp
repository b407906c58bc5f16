// tlcodec/gzip.hpp: the gzip streams of gzip_packed (docs/tl-binary.md §8), through zlib (link -lz).
#pragma once

#include <algorithm>
#include <cstddef>
#include <limits>
#include <span>
#include <vector>

#include <zlib.h>

namespace tlcodec {

// refused: the caller's approve(size) said no to the buffer (a decode's memory budget).
enum class gunzip_status { ok, invalid, too_large, refused };

namespace detail {

// Inflates one whole gzip member (RFC 1952: header, deflate data, CRC32 and length checked),
// handing the output to put(data, n) piece by piece through a fixed buffer; too_large as soon
// as more than max_size bytes came out. Bytes after the member are invalid.
template <class Put>
gunzip_status inflate_gzip(std::span<const std::byte> in, std::size_t max_size, Put&& put) {
  if (in.size() > std::numeric_limits<uInt>::max()) return gunzip_status::invalid;  // TL strings are < 16 MiB
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) return gunzip_status::invalid;
  stream.next_in = const_cast<Bytef*>(reinterpret_cast<const Bytef*>(in.data()));
  stream.avail_in = static_cast<uInt>(in.size());
  Bytef piece[4096];  // small: a decode may unpack at its deepest nesting (stack bound)
  std::size_t total = 0;
  gunzip_status status = gunzip_status::invalid;
  for (;;) {
    stream.next_out = piece;
    stream.avail_out = sizeof piece;
    const int rc = inflate(&stream, Z_NO_FLUSH);
    const std::size_t n = sizeof piece - stream.avail_out;
    total += n;
    if (total > max_size) {
      status = gunzip_status::too_large;
      break;
    }
    put(reinterpret_cast<const std::byte*>(piece), n);
    if (rc == Z_STREAM_END) {
      status = stream.avail_in == 0 ? gunzip_status::ok : gunzip_status::invalid;
      break;
    }
    if (rc != Z_OK) break;  // corrupt data, or the input ends inside the stream (Z_BUF_ERROR)
  }
  inflateEnd(&stream);
  return status;
}

}  // namespace detail

// Inflates one whole gzip member into out, or nothing: a stream that unpacks to more than
// max_size bytes is too_large, whatever its compression ratio. Twice through zlib: first only
// counting (a gzip bomb allocates nothing), then, if approve(size) agrees, into a buffer of
// exactly the right size.
template <class Approve>
gunzip_status gunzip(std::span<const std::byte> in, std::vector<std::byte>& out, std::size_t max_size,
                     Approve&& approve) {
  out.clear();
  std::size_t size = 0;
  const gunzip_status counted = detail::inflate_gzip(in, max_size, [&](const std::byte*, std::size_t n) { size += n; });
  if (counted != gunzip_status::ok) return counted;
  if (size > out.capacity() && !approve(size)) return gunzip_status::refused;
  out.reserve(size);
  return detail::inflate_gzip(in, max_size,
                              [&](const std::byte* data, std::size_t n) { out.insert(out.end(), data, data + n); });
}
inline gunzip_status gunzip(std::span<const std::byte> in, std::vector<std::byte>& out, std::size_t max_size) {
  return gunzip(in, out, max_size, [](std::size_t) { return true; });
}

// A gzip stream of data (for gzip_packed queries, and tests).
inline std::vector<std::byte> gzip(std::span<const std::byte> data, int level = Z_DEFAULT_COMPRESSION) {
  z_stream stream{};
  std::vector<std::byte> out;
  if (deflateInit2(&stream, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return out;
  out.resize(deflateBound(&stream, static_cast<uLong>(data.size())) + 32);
  stream.next_in = const_cast<Bytef*>(reinterpret_cast<const Bytef*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&stream, Z_FINISH);
  out.resize(rc == Z_STREAM_END ? stream.total_out : 0);
  deflateEnd(&stream);
  return out;
}

}  // namespace tlcodec
