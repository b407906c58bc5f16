// Builds TL input byte by byte for decoder tests, so a test can say what each word is instead
// of spelling long hex strings, and can make inputs no value could produce (bad ids, counts,
// prefixes, padding, 100000 levels of nesting).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "hex.hpp"

namespace test_support {

class wire_builder {
 public:
  // A 32-bit word, little-endian: ids, ints, counts, flags.
  wire_builder& u32(std::uint32_t value) {
    for (int i = 0; i < 4; ++i) out_.push_back(static_cast<std::byte>(value >> (8 * i)));
    return *this;
  }
  wire_builder& id(std::uint32_t constructor_id) { return u32(constructor_id); }
  wire_builder& i32(std::int32_t value) { return u32(static_cast<std::uint32_t>(value)); }
  wire_builder& i64(std::int64_t value) {
    const auto v = static_cast<std::uint64_t>(value);
    u32(static_cast<std::uint32_t>(v));
    return u32(static_cast<std::uint32_t>(v >> 32));
  }
  // A canonical TL string (short or long form, zero padding).
  wire_builder& str(std::string_view text) {
    std::size_t header = 1;
    if (text.size() < 254) {
      out_.push_back(static_cast<std::byte>(text.size()));
    } else {
      u32(0xfeu | static_cast<std::uint32_t>(text.size() << 8));
      header = 4;
    }
    for (char c : text) out_.push_back(static_cast<std::byte>(c));
    return zeros((4 - (header + text.size()) % 4) % 4);
  }
  // Raw bytes given as hex ("fe 05 00 00").
  wire_builder& hex(std::string_view text) {
    for (std::byte b : from_hex(text)) out_.push_back(b);
    return *this;
  }
  wire_builder& fill(std::size_t n, std::byte value) {
    out_.insert(out_.end(), n, value);
    return *this;
  }
  wire_builder& zeros(std::size_t n) { return fill(n, std::byte{0}); }
  wire_builder& append(const std::vector<std::byte>& more) {
    out_.insert(out_.end(), more.begin(), more.end());
    return *this;
  }

  std::size_t size() const noexcept { return out_.size(); }
  const std::vector<std::byte>& bytes() const& noexcept { return out_; }
  std::vector<std::byte> bytes() && noexcept { return std::move(out_); }
  operator std::vector<std::byte>() const& { return out_; }
  operator std::vector<std::byte>() && noexcept { return std::move(out_); }

 private:
  std::vector<std::byte> out_;
};

}  // namespace test_support
