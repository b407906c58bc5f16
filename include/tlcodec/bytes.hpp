// tlcodec/bytes.hpp: the owning byte string that TL `bytes` maps to.
#pragma once

#include <compare>
#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

namespace tlcodec {

// An owning, value-semantic byte string. Storage is a std::string, so payloads of up to 15
// bytes (file references, peer tags, short hashes) need no heap allocation.
class bytes {
 public:
  using value_type = std::byte;
  using size_type = std::size_t;
  using iterator = const std::byte*;
  using const_iterator = const std::byte*;

  bytes() = default;
  explicit bytes(std::span<const std::byte> data) : storage_(reinterpret_cast<const char*>(data.data()), data.size()) {}
  bytes(const std::byte* data, std::size_t size) : bytes(std::span(data, size)) {}
  bytes(std::initializer_list<unsigned char> data)
      : storage_(reinterpret_cast<const char*>(data.begin()), data.size()) {}
  // Bytes taken from raw text (e.g. a JSON payload kept as bytes).
  static bytes from_chars(std::string_view text) {
    bytes out;
    out.storage_.assign(text);
    return out;
  }

  const std::byte* data() const noexcept { return reinterpret_cast<const std::byte*>(storage_.data()); }
  std::byte* data() noexcept { return reinterpret_cast<std::byte*>(storage_.data()); }
  std::size_t size() const noexcept { return storage_.size(); }
  std::size_t capacity() const noexcept { return storage_.capacity(); }
  bool empty() const noexcept { return storage_.empty(); }
  const std::byte* begin() const noexcept { return data(); }
  const std::byte* end() const noexcept { return data() + size(); }
  std::byte operator[](std::size_t i) const noexcept { return data()[i]; }

  operator std::span<const std::byte>() const noexcept { return {data(), size()}; }
  std::string_view as_chars() const noexcept { return storage_; }

  void assign(const std::byte* data, std::size_t size) { storage_.assign(reinterpret_cast<const char*>(data), size); }
  void resize(std::size_t size) { storage_.resize(size); }
  void clear() noexcept { storage_.clear(); }

  friend bool operator==(const bytes&, const bytes&) = default;
  friend auto operator<=>(const bytes&, const bytes&) = default;

 private:
  std::string storage_;
};

}  // namespace tlcodec
