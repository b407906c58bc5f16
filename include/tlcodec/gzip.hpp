// tlcodec/gzip.hpp: the gzip streams of gzip_packed (spec §8), through zlib (link -lz).
#pragma once

#include <algorithm>
#include <cstddef>
#include <limits>
#include <span>
#include <vector>

#include <zlib.h>

namespace tlcodec {

enum class gunzip_status { ok, invalid, too_large };

// Inflates one whole gzip member (RFC 1952: header, deflate data, CRC32 and length checked)
// into out, which never grows past max_size + 1 bytes: a stream that unpacks to more than
// max_size is too_large, whatever its compression ratio. Bytes after the member are invalid.
inline gunzip_status gunzip(std::span<const std::byte> in, std::vector<std::byte>& out, std::size_t max_size) {
  out.clear();
  if (in.size() > std::numeric_limits<uInt>::max()) return gunzip_status::invalid;  // TL strings are < 16 MiB
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) return gunzip_status::invalid;
  stream.next_in = const_cast<Bytef*>(reinterpret_cast<const Bytef*>(in.data()));
  stream.avail_in = static_cast<uInt>(in.size());
  const std::size_t limit = max_size < std::numeric_limits<std::size_t>::max() ? max_size + 1 : max_size;
  gunzip_status status = gunzip_status::invalid;
  for (;;) {
    const std::size_t used = out.size();
    if (used == limit) {
      status = gunzip_status::too_large;
      break;
    }
    // Double the buffer (from 4 KiB), never past the limit.
    const std::size_t room = std::min({limit - used, std::max<std::size_t>(used, 4096), std::size_t{1} << 30});
    out.reserve(used + room);  // exactly: resize alone could double past the limit
    out.resize(used + room);
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + used);
    stream.avail_out = static_cast<uInt>(room);
    const int rc = inflate(&stream, Z_NO_FLUSH);
    out.resize(used + room - stream.avail_out);
    if (rc == Z_STREAM_END) {
      status = stream.avail_in != 0     ? gunzip_status::invalid
               : out.size() > max_size ? gunzip_status::too_large
                                       : gunzip_status::ok;
      break;
    }
    if (rc != Z_OK) break;  // corrupt data, or the input ends inside the stream (Z_BUF_ERROR)
  }
  inflateEnd(&stream);
  if (status != gunzip_status::ok) out.clear();
  return status;
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
