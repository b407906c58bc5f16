// tlcodec/detail/write.hpp: the encode walk. write_value dispatches on the family of the C++
// type (tlcodec/family.hpp) and on the wire form a field declares (tlcodec/wire.hpp);
// constructors go through visit_fields (tlcodec/fields.hpp), variants through their generated
// switch. Writes to any tlcodec::writer: the encoded size is this walk into a counting writer.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

#include <tlcodec/crc32.hpp>
#include <tlcodec/detail/endian.hpp>
#include <tlcodec/detail/wire_form.hpp>
#include <tlcodec/family.hpp>
#include <tlcodec/fields.hpp>
#include <tlcodec/object.hpp>
#include <tlcodec/rules.hpp>
#include <tlcodec/writer.hpp>

namespace tlcodec::detail {

// TL's built-in constructors (docs/tl-binary.md §4, §5).
inline constexpr std::uint32_t vector_id = 0x1cb5c415;
inline constexpr std::uint32_t bool_true_id = 0x997275b5;
inline constexpr std::uint32_t bool_false_id = 0xbc799737;

// The id written in the schema must be the CRC32 of the normalized declaration (docs/tl-binary.md §7),
// unless the generator marked the constructor as a known historical exception.
template <class T>
constexpr bool id_matches_signature() {
  if constexpr (requires { T::tl_id_is_historical; })
    return true;
  else
    return crc32(T::tl_signature) == T::constructor_id;
}

// Always inlined: an id or a scalar is then one bounds check and one store (out of line, as
// g++ -O2 leaves it for thousands of callers, it was a call per word: 39% of an encode).
template <class U, class W>
[[gnu::always_inline]] inline void put_le(W& w, U value) {
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
  const std::size_t header = size < 254 ? 1 : 4;
  if constexpr (requires { w.claim(size); }) {
    // Header, bytes and padding in one claim; the last word is zeroed first (the padding is in
    // it, the bytes may cover the rest of it).
    const std::size_t total = (header + size + 3) & ~std::size_t{3};
    if (std::byte* at = w.claim(total)) {
      std::memset(at + total - 4, 0, 4);
      if (header == 1) {
        at[0] = static_cast<std::byte>(size);
      } else {
        store_le(at, 0xfeu | static_cast<std::uint32_t>(size << 8));
      }
      if (size != 0) std::memcpy(at + header, data, size);
    }
  } else {
    if (header == 1) {
      const std::byte prefix[1] = {static_cast<std::byte>(size)};
      w.write(prefix, 1);
    } else {
      put_le<std::uint32_t>(w, 0xfeu | static_cast<std::uint32_t>(size << 8));
    }
    if (size != 0) w.write(data, size);
    w.write_zeros((4 - (header + size) % 4) % 4);
  }
}

template <class W, class T, class Form>
void write_value(W& w, const T& value, Form form);

// The fields of a constructor, as visit_fields hands them to the encoder. Into a
// buffer_writer each flags word is filled in after the fields: one pass over them instead of
// two. (Only there: the bytes another writer claims need not stay where they were, e.g. in a
// vector that grows.)
template <class W>
struct fields_writer {
  W& w;
  void flags(unnamed_field, std::uint32_t word, std::uint32_t) { put_le<std::uint32_t>(w, word); }
  // Laid out by hand: clang-format 14 mangles requires clauses.
  // clang-format off
  std::byte* flags_slot(unnamed_field)
    requires std::is_same_v<W, buffer_writer>
  {
    return w.claim(4);  // null if it does not fit (then only counted)
  }
  // clang-format on
  void fill_flags(std::byte* slot, std::uint32_t word) {
    if (slot != nullptr) store_le(slot, word);
  }
  template <class F, class Form>
  void field(unnamed_field, const F& value, Form form) {
    write_value(w, value, form);
  }
  void flag(unnamed_field, bool) {}
  void inconsistent(unnamed_field) { w.fail(errc::inconsistent_flags); }
};

// Encodes the fields of one constructor. Like read_fields, read_variant and write_variant, it is an
// ordinary (non-inline) function template, so a generated `extern template` declaration can
// keep it from being compiled again in every translation unit (see docs/compile-cost.md §5).
// Each constructor is one level of nesting, as for the decoder: past default_max_depth the
// encoder stops descending and refuses the value.
template <class W, class T>
void write_fields(W& w, const T& object) {
  static_assert(id_matches_signature<T>(),
                "constructor_id is not the CRC32 of tl_signature (docs/tl-binary.md §7): the declaration is wrong");
  if (w.enter()) [[likely]] {
    if constexpr (requires { constructor_rules<T>::encode(w, object); }) constructor_rules<T>::encode(w, object);
    visit_fields(object, fields_writer<W>{w});
  } else {
    w.fail(errc::depth_exceeded);
  }
  w.leave();
}

// Encodes the constructor a variant holds: its id, then its fields.
template <class W, class T>
void write_variant(W& w, const T& value) {
  if (value.valueless_after_move()) [[unlikely]]
    return w.fail(errc::moved_from_value);
  value.visit([&]<class C>(const C& alternative) {
    put_le<std::uint32_t>(w, C::constructor_id);
    write_fields(w, alternative);
  });
}

// ---- one overload per family ----

template <class W, class Form>
void write_as(family::int32, W& w, std::int32_t value, Form) {
  put_le<std::uint32_t>(w, static_cast<std::uint32_t>(value));
}
template <class W, class Form>
void write_as(family::int64, W& w, std::int64_t value, Form) {
  put_le<std::uint64_t>(w, static_cast<std::uint64_t>(value));
}
template <class W, class Form>
void write_as(family::float64, W& w, double value, Form) {
  put_le<std::uint64_t>(w, std::bit_cast<std::uint64_t>(value));
}
template <class W, class Form>
void write_as(family::boolean, W& w, bool value, Form) {
  put_le<std::uint32_t>(w, value ? bool_true_id : bool_false_id);
}
template <class W, class T, class Form>
void write_as(family::wide_int, W& w, const T& value, Form) {
  w.write(value.bytes.data(), value.bytes.size());
}
template <class W, class T, class Form>
void write_as(family::string, W& w, const T& value, Form) {
  write_string(w, reinterpret_cast<const std::byte*>(value.data()), value.size());
}
template <class W, class T, class Form>
void write_as(family::bytes, W& w, const T& value, Form) {
  write_string(w, value.data(), value.size());
}

template <class W, class T, class Form>
void write_as(family::vector, W& w, const T& value, Form) {
  using vf = vector_form<Form>;
  if constexpr (vf::boxed) put_le<std::uint32_t>(w, vector_id);
  if (value.size() > 0x7fffffff) [[unlikely]]
    w.fail(errc::invalid_count);  // the count is an int: it would read back negative
  put_le<std::uint32_t>(w, static_cast<std::uint32_t>(value.size()));
  using element_type = typename T::value_type;
  if constexpr (requires { value.wire_bytes(); }) {
    w.write(value.wire_bytes().data(), value.wire_bytes().size());  // a scalars_view: as it came
  } else if constexpr (std::is_arithmetic_v<element_type> && !std::is_same_v<element_type, bool> &&
                       std::endian::native == std::endian::little) {
    // int, long, double: the memory layout is the wire (as read_as decodes them).
    if (!value.empty()) w.write(reinterpret_cast<const std::byte*>(value.data()), value.size() * sizeof(element_type));
  } else {
    for (const auto& element : value) write_value(w, element, typename vf::element{});
  }
}

template <class W, class T, class Form>
void write_as(family::indirect, W& w, const T& value, Form form) {
  if (value.valueless_after_move()) [[unlikely]]
    return w.fail(errc::moved_from_value);
  write_value(w, *value, form);
}
template <class W, class T, class Form>
void write_as(family::variant, W& w, const T& value, Form) {
  static_assert(!std::is_same_v<Form, wire::bare>, "a boxed type with several constructors cannot be bare");
  write_variant(w, value);
}
template <class W, class T, class Form>
void write_as(family::constructor, W& w, const T& value, Form) {
  if constexpr (!std::is_same_v<Form, wire::bare>) put_le<std::uint32_t>(w, T::constructor_id);
  write_fields(w, value);
}
template <class W, class T, class Form>
void write_as(family::mapped, W& w, const T& value, Form form) {
  write_value(w, tl_mapping<T>::to_wire(value), form);
}

// An Object is encoded by its object_type into a buffer_writer (type-erased: one function per
// constructor, whatever the writer). wire::sized puts its length first.
template <class W, class Form>
void write_as(family::object, W& w, const object& value, Form) {
  if constexpr (std::is_same_v<Form, wire::sized>) {
    if (value.encoded_size() % 4 != 0) [[unlikely]]
      w.fail(errc::body_length_mismatch);  // an opaque Object's bytes can be any length
    put_le<std::uint32_t>(w, static_cast<std::uint32_t>(value.encoded_size()));
  }
  if constexpr (std::is_same_v<W, buffer_writer>) {
    value.encode(w);
  } else {
    std::vector<std::byte> encoding(value.encoded_size());
    buffer_writer into(encoding.data(), encoding.size());
    into.start_at_depth(w.depth());
    value.encode(into);
    if (into.status()) [[unlikely]]
      return w.fail(into.status().code);
    w.write(encoding.data(), encoding.size());
  }
}

template <class W, class T, class Form>
void write_value(W& w, const T& value, Form form) {
  static_assert(tl_value<T>, "this C++ type has no TL form: give it one with tlcodec::tl_mapping (tlcodec/family.hpp)");
  write_as(family_t<T>{}, w, value, form);
}

}  // namespace tlcodec::detail
