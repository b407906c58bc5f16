// tlcodec/object.hpp: TL `Object` (rpc_result.result, a container message's body, the content
// of gzip_packed, the query of invokeWithLayer and its kin): any boxed value.
//
// An object is one of
//   - a typed value: a generated constructor or function, with the object_type that encodes,
//     prints and identifies it (decoded through a registry, or made by make_object());
//   - opaque: the raw encoding of a value whose type the decoder did not know (id first), kept
//     when its length is known (the rest of an rpc_result, a message's `bytes`) and re-encoded
//     byte for byte;
//   - gzip_packed: the packed bytes as received (re-encoded byte for byte) and the object they
//     unpack to;
//   - empty (default-constructed): encoding it is errc::empty_object.
// Objects are immutable values: copies share the decoded value.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <tlcodec/bytes.hpp>
#include <tlcodec/detail/endian.hpp>
#include <tlcodec/family.hpp>
#include <tlcodec/writer.hpp>

namespace tlcodec {

class span_reader;
class object;
class text_writer;  // tlcodec/text.hpp

namespace detail {

// One address per C++ type: what object::get_if compares (ids and names are not unique
// across storage policies).
template <class T>
inline constexpr char type_tag = 0;
}  // namespace detail

// What a registry knows of one constructor or function: its TL names and type-erased codec
// and text functions. object_type_of<T> (tlcodec/object_type.hpp) makes the one of any T.
struct object_type {
  std::uint32_t id;
  std::string_view name;  // "phone.phoneCall"
  std::string_view type;  // its boxed type, "phone.PhoneCall"; for a function, its result type
  bool is_function;
  const void* tag;  // &detail::type_tag<T>
  // Decodes the fields (the id has been read) into a new value that out then holds.
  void (*decode)(span_reader& in, object& out);
  void (*encode)(const void* value, buffer_writer& out);
  void (*text)(const void* value, text_writer& out);
};

inline constexpr std::uint32_t gzip_packed_id = 0x3072cfa1;

namespace detail {
// What a decode charges for the control block of a shared_ptr it makes (decode_options::
// max_decoded_bytes): its size with either standard library, and more.
inline constexpr std::size_t shared_owner_size = 64;

// The payload of an encoded TL string (docs/tl-binary.md §2): after a length byte, or after
// 0xfe and three length bytes; bounded by the bytes given.
inline std::span<const std::byte> string_payload(std::span<const std::byte> string) noexcept {
  if (string.empty()) return {};
  const auto first = std::to_integer<std::size_t>(string[0]);
  if (first < 254) return string.subspan(1, std::min(first, string.size() - 1));
  if (string.size() < 4) return {};
  const std::size_t length = std::to_integer<std::size_t>(string[1]) | std::to_integer<std::size_t>(string[2]) << 8 |
                             std::to_integer<std::size_t>(string[3]) << 16;
  return string.subspan(4, std::min(length, string.size() - 4));
}

// The size of a typed value's encoding as a strict decode read it: canonical bytes, so the
// value encodes to as many (an Object needs no encoding pass to know its size).
struct size_as_read {
  std::size_t bytes;
};
}  // namespace detail

class object {
 public:
  // As the X of a generic function (invokeWithLayer<tlcodec::object>, how the registry holds
  // them): the result of a query of unknown type is any Object.
  using result_type = object;

  object() = default;
  object(const object&) = default;
  object& operator=(const object&) = default;
  // A moved-from object is empty (has_value() false; encoding it is errc::empty_object).
  object(object&& other) noexcept
      : kind_(std::exchange(other.kind_, kind::empty)),
        id_(std::exchange(other.id_, 0)),
        size_(std::exchange(other.size_, 0)),
        type_(std::exchange(other.type_, nullptr)),
        value_(std::move(other.value_)) {}
  object& operator=(object&& other) noexcept {
    if (this != &other) {
      kind_ = std::exchange(other.kind_, kind::empty);
      id_ = std::exchange(other.id_, 0);
      size_ = std::exchange(other.size_, 0);
      type_ = std::exchange(other.type_, nullptr);
      value_ = std::move(other.value_);
    }
    return *this;
  }

  // A typed value: value points to the T that type (object_type_of<T>) describes.
  object(const object_type& type, std::shared_ptr<const void> value);
  object(const object_type& type, std::shared_ptr<const void> value, detail::size_as_read size) noexcept
      : kind_(kind::typed), id_(type.id), size_(size.bytes), type_(&type), value_(std::move(value)) {}

  // The encoding of a boxed value, its constructor id first (4 bytes at least).
  static object opaque(std::span<const std::byte> encoding);
  // gzip_packed as received: its whole encoding (id, then packed_data) and what it unpacks to.
  static object gzip(std::span<const std::byte> encoding, object unpacked);

  bool has_value() const noexcept { return kind_ != kind::empty; }
  // The constructor id on the wire (gzip_packed's for a packed object), 0 when empty.
  std::uint32_t constructor_id() const noexcept { return id_; }
  // The type of a typed value; null when opaque, gzip_packed or empty.
  const object_type* type() const noexcept { return type_; }
  // Kept as raw bytes (a gzip_packed that was not unpacked, e.g. with no registry, is opaque).
  bool is_opaque() const noexcept { return kind_ == kind::opaque; }
  // gzip_packed, unpacked.
  bool is_gzip() const noexcept { return kind_ == kind::gzip; }
  // What a gzip_packed unpacks to; any other object is its own content.
  const object& unpacked() const noexcept;
  // The raw encoding of an opaque or gzip_packed object (empty for the others).
  std::span<const std::byte> raw() const noexcept;

  // The gzip stream of a gzip_packed object (empty for the others).
  std::span<const std::byte> packed_data() const noexcept;

  // The value of a typed object, as type()->encode and type()->text take it.
  const void* value_address() const noexcept { return type_ ? value_.get() : nullptr; }

  // The T held (looking through gzip_packed), or null.
  template <class T>
  const T* get_if() const noexcept {
    const object& o = unpacked();
    return o.type_ && o.type_->tag == &detail::type_tag<T> ? static_cast<const T*>(o.value_.get()) : nullptr;
  }
  template <class T>
  bool holds() const noexcept {
    return get_if<T>() != nullptr;
  }

  // Writes the encoding (into a buffer_writer: size it first, or count with a null one).
  void encode(buffer_writer& out) const;
  // Known from construction: a message body's length costs nothing to ask (nested bodies
  // would otherwise be encoded once per level above them).
  std::size_t encoded_size() const noexcept { return size_; }

  // What holding a value requests from the allocator, for a decode to charge first
  // (decode_options::max_decoded_bytes): a typed T with its shared owner, or raw bytes (opaque,
  // gzip_packed) with theirs.
  template <class T>
  static constexpr std::size_t allocation_for_typed() noexcept {
    return sizeof(T) + detail::shared_owner_size;
  }
  static std::size_t allocation_for_raw(std::size_t size) noexcept;

  // Objects are equal when they encode to the same bytes (an opaque object and the typed value
  // it stands for are not: they differ in what they hold, not only in how).
  friend bool operator==(const object& a, const object& b);

 private:
  enum class kind : std::uint8_t { empty, typed, opaque, gzip };
  struct packed;  // the encoding of an opaque or gzip_packed object, and a gzip's content
  static object holding_packed(kind k, std::uint32_t id, std::span<const std::byte> encoding, object content);
  const packed& as_packed() const noexcept { return *static_cast<const packed*>(value_.get()); }
  std::vector<std::byte> encoding() const {
    std::vector<std::byte> out(encoded_size());
    buffer_writer writer(out.data(), out.size());
    encode(writer);
    return out;
  }

  kind kind_ = kind::empty;
  std::uint32_t id_ = 0;
  std::size_t size_ = 0;
  const object_type* type_ = nullptr;
  std::shared_ptr<const void> value_;
};

template <>
struct family_of<object> : in_family<family::object> {};

struct object::packed {
  bytes encoding;
  object content;
};

inline object::object(const object_type& type, std::shared_ptr<const void> value)
    : kind_(kind::typed), id_(type.id), type_(&type), value_(std::move(value)) {
  buffer_writer counter(nullptr);
  encode(counter);
  size_ = counter.size();
}

inline std::size_t object::allocation_for_raw(std::size_t size) noexcept {
  // The packed block, and the bytes' own storage when they pass std::string's inline 15.
  return sizeof(packed) + detail::shared_owner_size + (size > 15 ? (size | 15) + 1 : 0);
}

inline object object::holding_packed(kind k, std::uint32_t id, std::span<const std::byte> encoding, object content) {
  object out;
  out.kind_ = k;
  out.id_ = id;
  out.size_ = encoding.size();
  out.value_ = std::make_shared<const packed>(packed{bytes(encoding), std::move(content)});
  return out;
}

inline object object::opaque(std::span<const std::byte> encoding) {
  const std::uint32_t id = encoding.size() >= 4 ? detail::load_le<std::uint32_t>(encoding.data()) : 0;
  return holding_packed(kind::opaque, id, encoding, {});
}

inline object object::gzip(std::span<const std::byte> encoding, object unpacked) {
  return holding_packed(kind::gzip, gzip_packed_id, encoding, std::move(unpacked));
}

inline const object& object::unpacked() const noexcept { return is_gzip() ? as_packed().content : *this; }

inline std::span<const std::byte> object::raw() const noexcept {
  if (kind_ != kind::opaque && kind_ != kind::gzip) return {};
  return as_packed().encoding;
}

inline std::span<const std::byte> object::packed_data() const noexcept {
  if (!is_gzip()) return {};
  return detail::string_payload(raw().subspan(4));  // the TL string after the id
}

inline void object::encode(buffer_writer& out) const {
  if (kind_ == kind::typed) {
    std::byte id[4];
    detail::store_le(id, id_);
    out.write(id, 4);
    type_->encode(value_.get(), out);
  } else if (kind_ == kind::empty) {
    out.fail(errc::empty_object);
  } else {
    if (kind_ == kind::gzip && as_packed().content.is_gzip()) [[unlikely]]
      out.fail(errc::nested_gzip);
    out.write(as_packed().encoding.data(), as_packed().encoding.size());
  }
}

inline bool operator==(const object& a, const object& b) {
  if (a.value_ == b.value_) return a.kind_ == b.kind_;
  if (a.kind_ != b.kind_ || a.id_ != b.id_ || a.type_ != b.type_ || a.size_ != b.size_) return false;
  if (a.kind_ != object::kind::typed) return a.as_packed().encoding == b.as_packed().encoding;
  return a.encoding() == b.encoding();
}

}  // namespace tlcodec
