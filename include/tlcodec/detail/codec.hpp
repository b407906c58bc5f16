// tlcodec/detail/codec.hpp: the one walk that encodes and decodes every TL value.
//
// write_value / read_value dispatch on the C++ type (see detail/traits.hpp) and on the wire
// form a field declares (tlcodec/wire.hpp). Constructors recurse through their generated
// each_field(); boxed types through their generated switches. Nothing here is schema-specific.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <utility>

#include <tlcodec/crc32.hpp>
#include <tlcodec/detail/endian.hpp>
#include <tlcodec/detail/traits.hpp>
#include <tlcodec/object.hpp>
#include <tlcodec/reader.hpp>
#include <tlcodec/registry.hpp>
#include <tlcodec/writer.hpp>

namespace tlcodec::detail {

inline constexpr std::uint32_t vector_id = 0x1cb5c415;
inline constexpr std::uint32_t bool_true_id = 0x997275b5;
inline constexpr std::uint32_t bool_false_id = 0xbc799737;
// The service constructors whose rules (docs/tl-binary.md §8, §10.7) the codec enforces.
inline constexpr std::uint32_t msg_container_id = 0x73f1f8dc;
inline constexpr std::size_t max_container_messages = 1024;

template <class T>
constexpr bool is_msg_container() {
  return T::constructor_id == msg_container_id && T::tl_name == "msg_container";
}

// The id written in the schema must be the CRC32 of the normalized declaration (docs/tl-binary.md §7),
// unless the generator marked the constructor as a known historical exception.
template <class T>
constexpr bool id_matches_signature() {
  if constexpr (requires { T::tl_id_is_historical; })
    return true;
  else
    return crc32(T::tl_signature) == T::constructor_id;
}

template <class U, class W>
void put_le(W& w, U value) {
  std::byte word[sizeof(U)];
  store_le(word, value);
  w.write(word, sizeof(U));
}

inline constexpr std::size_t max_string_size = 0xffffff;  // a 3-byte length (docs/tl-binary.md §2)

template <class W>
void write_string(W& w, const std::byte* data, std::size_t size) {
  if (size > max_string_size) [[unlikely]] {
    w.fail(errc::value_too_long);
    size = 0;  // both passes of encode() write the same (discarded) bytes
  }
  std::size_t header;
  if (size < 254) {
    const std::byte prefix[1] = {static_cast<std::byte>(size)};
    w.write(prefix, 1);
    header = 1;
  } else {
    put_le<std::uint32_t>(w, 0xfeu | static_cast<std::uint32_t>(size << 8));
    header = 4;
  }
  if (size != 0) w.write(data, size);
  w.write_zeros((4 - (header + size) % 4) % 4);
}

template <class T>
constexpr bool is_present(const T& field) {
  if constexpr (std::is_same_v<T, bool>)
    return field;
  else
    return field.has_value();
}

template <class W, class T, class Form>
void write_value(W& w, const T& value, Form form);

// Encodes the fields of one constructor. Like read_fields, read_boxed and write_boxed, it is an
// ordinary (non-inline) function template, so a generated `extern template` declaration can
// keep it from being compiled again in every translation unit (see docs/compile-cost.md §5).
template <class W, class T>
void write_fields(W& w, const T& object) {
  static_assert(id_matches_signature<T>(),
                "constructor_id is not the CRC32 of tl_signature (docs/tl-binary.md §7): the declaration is wrong");
  // Pass 1: the flags words, from the fields that depend on them and the reserved bits.
  std::uint32_t words[max_flag_fields] = {};
  T::each_field(object, [&]<class F, class Form>(const F& field, Form) {
    using ft = form_traits<Form>;
    if constexpr (ft::is_when) {
      if (is_present(field)) words[ft::index] |= ft::mask;
    } else if constexpr (ft::is_flags) {
      static_assert(ft::index < max_flag_fields, "too many flags fields in one constructor");
      words[ft::index] |= field.bits & ~ft::known;
    }
  });
  // Pass 2: the fields in wire order.
  T::each_field(object, [&]<class F, class Form>(const F& field, Form form) {
    using ft = form_traits<Form>;
    if constexpr (ft::is_flags) {
      put_le<std::uint32_t>(w, words[ft::index]);
    } else if constexpr (ft::is_when) {
      if constexpr (ft::shared) {
        if (((words[ft::index] & ft::mask) != 0) != is_present(field)) [[unlikely]]
          w.fail(errc::inconsistent_flags);
      }
      if constexpr (!std::is_same_v<F, bool>)
        if (field.has_value()) write_value(w, *field, typename ft::inner{});
    } else if constexpr (std::is_same_v<Form, wire::sized>) {
      static_assert(std::is_same_v<F, ::tlcodec::object>, "wire::sized is a message body: an Object");
      put_le<std::uint32_t>(w, static_cast<std::uint32_t>(field.encoded_size()));
      write_value(w, field, wire::plain{});
    } else {
      write_value(w, field, form);
    }
  });
}

// Encodes the constructor a boxed value holds: its id, then its fields.
template <class W, class T>
void write_boxed(W& w, const T& value) {
  value.visit([&]<class C>(const C& alternative) {
    put_le<std::uint32_t>(w, C::constructor_id);
    write_fields(w, alternative);
  });
}

template <class W, class T, class Form>
void write_value(W& w, const T& value, Form form) {
  if constexpr (std::is_same_v<T, std::int32_t>) {
    put_le<std::uint32_t>(w, static_cast<std::uint32_t>(value));
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    put_le<std::uint64_t>(w, static_cast<std::uint64_t>(value));
  } else if constexpr (std::is_same_v<T, double>) {
    put_le<std::uint64_t>(w, std::bit_cast<std::uint64_t>(value));
  } else if constexpr (std::is_same_v<T, bool>) {
    put_le<std::uint32_t>(w, value ? bool_true_id : bool_false_id);
  } else if constexpr (is_wide_int<T>::value) {
    w.write(value.bytes.data(), value.bytes.size());
  } else if constexpr (string_like<T>) {
    write_string(w, reinterpret_cast<const std::byte*>(value.data()), value.size());
  } else if constexpr (std::is_same_v<T, object>) {
    if constexpr (std::is_same_v<W, buffer_writer>) {
      value.encode(w);
    } else {
      std::vector<std::byte> encoding(value.encoded_size());
      buffer_writer into(encoding.data(), encoding.size());
      value.encode(into);
      if (into.status()) [[unlikely]]
        return w.fail(into.status().code);
      w.write(encoding.data(), encoding.size());
    }
  } else if constexpr (is_vector<T>::value || is_scalars_view<T>::value) {
    using vf = vector_form<Form>;
    if constexpr (vf::boxed) put_le<std::uint32_t>(w, vector_id);
    put_le<std::uint32_t>(w, static_cast<std::uint32_t>(value.size()));
    using element_type = typename T::value_type;
    if constexpr (is_scalars_view<T>::value) {
      w.write(value.wire_bytes().data(), value.wire_bytes().size());
    } else if constexpr (std::is_arithmetic_v<element_type> && !std::is_same_v<element_type, bool> &&
                         std::endian::native == std::endian::little) {
      // int, long, double: the memory layout is the wire (as read_vector decodes them).
      if (!value.empty()) w.write(reinterpret_cast<const std::byte*>(value.data()), value.size() * sizeof(element_type));
    } else {
      for (const auto& element : value) write_value(w, element, typename vf::element{});
    }
  } else if constexpr (is_box<T>::value) {
    write_value(w, *value, form);
  } else if constexpr (tl_boxed<T>) {
    static_assert(!std::is_same_v<Form, wire::bare>, "a boxed type with several constructors cannot be bare");
    write_boxed(w, value);
  } else if constexpr (tl_constructor<T>) {
    if constexpr (!std::is_same_v<Form, wire::bare>) put_le<std::uint32_t>(w, T::constructor_id);
    write_fields(w, value);
  } else {
    static_assert(dependent_false<T>, "this C++ type has no TL encoding");
  }
}

// ---- decoding ----

template <class R>
void read_string(R& r, std::byte const*& payload, std::size_t& size) {
  const std::size_t start = r.offset();
  const std::size_t available = r.remaining();
  payload = nullptr;
  size = 0;
  if (available < 4) [[unlikely]]
    return r.fail(errc::truncated, start);
  const std::byte* at = r.take(0);
  std::size_t length = std::to_integer<std::size_t>(at[0]);
  std::size_t header = 1;
  if (length == 254) {
    length = std::to_integer<std::size_t>(at[1]) | std::to_integer<std::size_t>(at[2]) << 8 |
             std::to_integer<std::size_t>(at[3]) << 16;
    header = 4;
    if (length < 254 && r.options().strict) [[unlikely]]
      return r.fail(errc::non_canonical_length, start);
  } else if (length == 255) [[unlikely]] {
    return r.fail(errc::invalid_length_prefix, start);
  }
  const std::size_t total = (header + length + 3) & ~std::size_t{3};
  if (total > available) [[unlikely]]
    return r.fail(errc::truncated, start);
  if (r.options().strict) {
    for (std::size_t i = header + length; i < total; ++i)
      if (at[i] != std::byte{0}) [[unlikely]]
        return r.fail(errc::nonzero_padding, start + i);
  }
  r.take(total);
  payload = at + header;
  size = length;
}

template <class R, class T, class Form>
void read_value(R& r, T& value, Form form);

template <class R, class T>
void read_fields(R& r, T& object) {
  static_assert(id_matches_signature<T>(),
                "constructor_id is not the CRC32 of tl_signature (docs/tl-binary.md §7): the declaration is wrong");
  if constexpr (is_msg_container<T>()) {
    // (the fields then read nothing: the error empties the input)
    if (r.remaining() >= 4 &&
        static_cast<std::int32_t>(load_le<std::uint32_t>(r.take(0))) > static_cast<std::int32_t>(max_container_messages))
        [[unlikely]]
      r.fail(errc::too_many_messages, r.offset());
  }
  std::uint32_t words[max_flag_fields] = {};
  T::each_field(object, [&]<class F, class Form>(F& field, Form form) {
    using ft = form_traits<Form>;
    if constexpr (ft::is_flags) {
      words[ft::index] = r.read_u32();
      field.bits = words[ft::index] & ~ft::known;
    } else if constexpr (ft::is_when) {
      const bool on = (words[ft::index] & ft::mask) != 0;
      if constexpr (std::is_same_v<F, bool>) {
        field = on;
      } else if (on) {
        if (!field) field.emplace();
        read_value(r, *field, typename ft::inner{});
      } else {
        field.reset();
      }
    } else {
      read_value(r, field, form);
    }
  });
  r.note_constructor(T::constructor_id);
}

// One level of constructor nesting, bounded by decode_options::max_depth.
template <class R, class Body>
void nested(R& r, std::size_t at, Body&& body) {
  if (r.enter()) [[likely]]
    body();
  else
    r.fail(errc::depth_exceeded, at);
  r.leave();
}

template <class R, class T, class Form>
void read_vector(R& r, T& out, Form) {
  using element_type = typename T::value_type;
  using vf = vector_form<Form>;
  if constexpr (vf::boxed) {
    const std::size_t at = r.offset();
    if (r.read_u32() != vector_id && !r.failed()) [[unlikely]]
      return r.fail(errc::invalid_vector_id, at);
  }
  const std::size_t count_at = r.offset();
  const auto count = static_cast<std::int32_t>(r.read_u32());
  if (r.failed()) return;
  constexpr std::size_t min_size = min_wire_size<element_type, typename vf::element>();
  if (count < 0 || static_cast<std::size_t>(count) > r.remaining() / min_size) [[unlikely]]
    return r.fail(errc::invalid_count, count_at);
  const auto n = static_cast<std::size_t>(count);
  if constexpr (is_scalars_view<T>::value) {
    // View mode: the elements stay in the input.
    out = T(r.take(n * sizeof(element_type)), n);
  } else if constexpr (std::is_arithmetic_v<element_type> && !std::is_same_v<element_type, bool> &&
                       std::endian::native == std::endian::little) {
    // int, long, double: the wire is the memory layout.
    out.resize(n);
    if (n != 0) std::memcpy(out.data(), r.take(n * sizeof(element_type)), n * sizeof(element_type));
  } else if constexpr (std::is_same_v<element_type, bool>) {
    // Vector<Bool> is a std::vector<bool>, whose elements are proxies.
    out.clear();
    out.reserve(n);
    for (std::size_t i = 0; i < n && !r.failed(); ++i) {
      bool element = false;
      read_value(r, element, typename vf::element{});
      out.push_back(element);
    }
  } else {
    // Reuse the elements already there, and reserve room for all n at once unless that would
    // exceed 8 bytes of memory per remaining input byte: the count is backed (n elements of
    // their minimum wire size fit in the input, checked above), and a valid input of this size
    // could need as much (an Update can be 4 bytes on the wire and is 144 in memory), but a
    // hostile count still never reserves more than a fixed multiple of the input.
    const std::size_t reused = std::min(out.size(), n);
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(reused), out.end());
    out.reserve(std::min(n, reused + 8 * r.remaining() / sizeof(element_type)));
    for (std::size_t i = 0; i < n && !r.failed(); ++i) {
      if (i >= reused) out.emplace_back();
      read_value(r, out[i], typename vf::element{});
    }
  }
}

// Decodes an Object through the reader's registry. An Object always ends where its input
// does (the rest of an rpc_result, a message body of known length, unpacked gzip data), so an
// id the registry does not know, or a constructor of a newer layer anywhere inside a known
// one (errc::unexpected_constructor), keeps the rest of the input as an opaque value, unless
// unknown_as_opaque is false (then it is an error). docs/tl-binary.md §8: no container inside a container's
// message, no gzip_packed inside gzip_packed.
inline void read_object(span_reader& r, object& value, bool unknown_as_opaque = true) {
  const std::size_t at = r.offset();
  if (r.remaining() < 4) [[unlikely]]
    return r.fail(errc::truncated, at);
  const std::uint32_t id = load_le<std::uint32_t>(r.take(0));
  if (id == msg_container_id && r.context().in_message) [[unlikely]]
    return r.fail(errc::nested_container, at);
  if (id == gzip_packed_id && r.context().in_gzip) [[unlikely]]
    return r.fail(errc::nested_gzip, at);
  const object_type* type = r.options().registry ? r.options().registry->find(id) : nullptr;
  const auto keep_opaque = [&] {
    const std::size_t size = r.remaining();
    value = object::opaque({r.take(size), size});
  };
  if (!type) {
    if (!unknown_as_opaque) return r.fail(errc::unexpected_constructor, at);
    return keep_opaque();
  }
  // Decoded by a reader of its own, so that a failure can still be undone.
  span_reader typed(r, r.remaining());
  typed.take(4);
  nested(typed, at, [&] { type->decode(typed, value); });
  if (const error& e = typed.status()) [[unlikely]] {
    if (e.code == errc::unexpected_constructor && unknown_as_opaque) return keep_opaque();
    return r.adopt(e);
  }
  r.take(typed.offset() - at);
}

// A length (int32, a multiple of 4: docs/tl-binary.md §1) then an Object that fills exactly that many bytes
// (docs/tl-binary.md §8: a container message's `bytes` and body; in_message: inside a container).
inline void read_length_prefixed(span_reader& r, object& value, bool in_message) {
  const std::size_t at = r.offset();
  const auto length = static_cast<std::int32_t>(r.read_u32());
  if (r.failed()) return;
  if (length < 0 || length % 4 != 0) [[unlikely]]
    return r.fail(errc::body_length_mismatch, at);
  if (static_cast<std::size_t>(length) > r.remaining()) [[unlikely]]
    return r.fail(errc::truncated, at);
  span_reader body(r, static_cast<std::size_t>(length));
  body.context().in_message = in_message;
  read_object(body, value);
  if (!body.failed() && body.remaining() != 0) [[unlikely]]
    body.fail(errc::body_length_mismatch, body.offset());
  if (error e = body.status()) [[unlikely]] {
    // Running out of the body while the input goes on: the body is longer than its length says.
    if (e.code == errc::truncated && static_cast<std::size_t>(length) < r.remaining()) e.code = errc::body_length_mismatch;
    return r.adopt(e);
  }
  r.take(static_cast<std::size_t>(length));
}

// Decodes a boxed value: the id chooses the constructor (reusing the one held if it matches).
template <class R, class T>
void read_boxed(R& r, T& value) {
  const std::size_t at = r.offset();
  const std::uint32_t id = r.read_u32();
  if (r.failed()) return;
  const int index = T::index_of(id);
  if (index < 0) [[unlikely]]
    return r.fail(errc::unexpected_constructor, at);
  if (value.index() != static_cast<std::size_t>(index)) value.reset_to(static_cast<std::size_t>(index));
  nested(r, at, [&] {
    T::with_index(static_cast<std::size_t>(index),
                  [&]<class C>(std::type_identity<C>) { read_fields(r, *value.template get_if<C>()); });
  });
}

template <class R, class T, class Form>
void read_value(R& r, T& value, Form form) {
  if constexpr (std::is_same_v<T, std::int32_t>) {
    value = static_cast<std::int32_t>(r.read_u32());
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    value = static_cast<std::int64_t>(r.read_u64());
  } else if constexpr (std::is_same_v<T, double>) {
    value = std::bit_cast<double>(r.read_u64());
  } else if constexpr (std::is_same_v<T, bool>) {
    const std::size_t at = r.offset();
    const std::uint32_t id = r.read_u32();
    value = id == bool_true_id;
    if (id != bool_true_id && id != bool_false_id && !r.failed()) [[unlikely]]
      r.fail(errc::invalid_bool_id, at);
  } else if constexpr (is_wide_int<T>::value) {
    if (const std::byte* at = r.take(value.bytes.size())) std::memcpy(value.bytes.data(), at, value.bytes.size());
  } else if constexpr (string_like<T>) {
    const std::byte* payload;
    std::size_t size;
    read_string(r, payload, size);
    if constexpr (std::is_same_v<T, std::string_view>)
      value = std::string_view(reinterpret_cast<const char*>(payload), size);
    else if constexpr (std::is_same_v<T, bytes_view>)
      value = bytes_view(payload, size);
    else if constexpr (std::is_same_v<T, std::string>)
      value.assign(reinterpret_cast<const char*>(payload), size);
    else
      value.assign(payload, size);
  } else if constexpr (std::is_same_v<Form, wire::sized>) {
    static_assert(std::is_same_v<T, ::tlcodec::object>, "wire::sized is a message body: an Object");
    read_length_prefixed(r, value, true);
  } else if constexpr (std::is_same_v<T, object>) {
    read_object(r, value);
  } else if constexpr (is_vector<T>::value || is_scalars_view<T>::value) {
    read_vector(r, value, form);
  } else if constexpr (is_box<T>::value) {
    read_value(r, *value, form);
  } else if constexpr (tl_boxed<T>) {
    read_boxed(r, value);
  } else if constexpr (tl_constructor<T>) {
    const std::size_t at = r.offset();
    if constexpr (!std::is_same_v<Form, wire::bare>) {
      const std::uint32_t id = r.read_u32();
      if (r.failed()) return;
      if (id != T::constructor_id) [[unlikely]]
        return r.fail(errc::unexpected_constructor, at);
    }
    nested(r, at, [&] { read_fields(r, value); });
  } else {
    static_assert(dependent_false<T>, "this C++ type has no TL encoding");
  }
}

}  // namespace tlcodec::detail
