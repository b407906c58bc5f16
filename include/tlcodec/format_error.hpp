// tlcodec/format_error.hpp: an error rendered against its input, with a hex window and a caret.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <span>
#include <string>

#include <tlcodec/error.hpp>

namespace tlcodec {

// Renders e.g.
//   unexpected constructor id (errc::unexpected_constructor) at offset 4 (in constructor #2efe1722)
//     00000000  22 17 fe 2e 01 02 03 04  ...
//                           ^^
// showing the 16-byte row of the offset and up to one row either side.
inline std::string format_error(const error& err, std::span<const std::byte> input) {
  char line[96];
  std::string out = describe(err.code);
  out += " (errc::";
  out += errc_name(err.code);
  std::snprintf(line, sizeof line, ") at offset %zu", err.offset);
  out += line;
  if (err.constructor_id != 0) {
    std::snprintf(line, sizeof line, " (in constructor #%08x)", static_cast<unsigned>(err.constructor_id));
    out += line;
  }
  out += '\n';
  const std::size_t row_of_error = err.offset / 16 * 16;
  const std::size_t first = row_of_error >= 16 ? row_of_error - 16 : 0;
  const std::size_t last = std::min(input.size(), row_of_error + 32);
  for (std::size_t row = first; row < last || row == row_of_error; row += 16) {
    std::snprintf(line, sizeof line, "  %08zx ", row);
    out += line;
    for (std::size_t i = row; i < row + 16 && i < input.size(); ++i) {
      std::snprintf(line, sizeof line, " %02x", std::to_integer<unsigned>(input[i]));
      out += line;
    }
    out += '\n';
    if (row == row_of_error) {
      out.append(12 + 3 * (err.offset - row), ' ');
      out += "^^\n";
    }
  }
  return out;
}

}  // namespace tlcodec
