// tlcodec/detail/read.hpp: the decode walk, from any tlcodec::reader. read_value dispatches on
// the family of the C++ type (tlcodec/family.hpp) and on the wire form a field declares;
// constructors go through build_fields (tlcodec/fields.hpp), variants through their generated
// switches, Objects through the registry in the options (type-erased, from a span_reader).
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

#include <tlcodec/arena.hpp>
#include <tlcodec/arena_values.hpp>
#include <tlcodec/decode_state.hpp>
#include <tlcodec/detail/endian.hpp>
#include <tlcodec/detail/wire_form.hpp>
#include <tlcodec/detail/wire_size.hpp>
#include <tlcodec/detail/write.hpp>
#include <tlcodec/family.hpp>
#include <tlcodec/fields.hpp>
#include <tlcodec/object.hpp>
#include <tlcodec/reader.hpp>
#include <tlcodec/registry.hpp>
#include <tlcodec/rules.hpp>
#include <tlcodec/variant.hpp>

namespace tlcodec::detail {

template <class R>
bool failed(R& r) noexcept {
  return r.state().failed();
}

// One level of constructor nesting, bounded by decode_options::max_depth.
template <class R, class Body>
[[gnu::always_inline]] inline void nested(R& r, std::size_t at, Body&& body) {
  if (r.state().enter()) [[likely]]
    body();
  else
    fail(r, errc::depth_exceeded, at);
  r.state().leave();
}

// Charges `bytes` that the walk is about to request from the allocator against
// decode_options::max_decoded_bytes; false, with errc::memory_budget_exceeded at `at`, if they
// would pass it (then nothing is requested).
template <class R>
[[gnu::always_inline]] inline bool charge(R& r, std::size_t bytes, std::size_t at) noexcept {
  if (r.state().charge(bytes)) [[likely]]
    return true;
  fail(r, errc::memory_budget_exceeded, at);
  return false;
}

// Runs the walk of a decode: an allocation failure (std::bad_alloc, e.g. under ulimit -v) ends
// it with errc::out_of_memory where it stood, since decoding never lets an exception out.
template <class R, class Walk>
void walk_catching_bad_alloc(R& r, Walk&& walk) {
  try {
    walk();
  } catch (const std::bad_alloc&) {
    fail(r, errc::out_of_memory, r.offset());
  }
}

// What assigning n chars to an owning string (std::string, tlcodec::bytes) may request: nothing
// within its capacity, else at least twice the old capacity and the terminating zero, rounded up
// to 16 (libstdc++ and libc++ grow that way).
template <class S>
std::size_t string_allocation(const S& s, std::size_t n) noexcept {
  return n <= s.capacity() ? 0 : (std::max(n, 2 * s.capacity()) | 15) + 1;
}

// Charges what assigning a string of `size` bytes, just read, to s requests; the error names
// where the string started.
template <class R>
[[gnu::cold, gnu::noinline]] void fail_string_budget(R& r, std::size_t size) noexcept {
  const std::size_t header = size < 254 ? 1 : 4;
  fail(r, errc::memory_budget_exceeded, r.offset() - ((header + size + 3) & ~std::size_t{3}));
}
template <class R, class S>
[[gnu::always_inline]] inline bool charge_string(R& r, const S& s, std::size_t size) noexcept {
  if (size <= s.capacity() || r.state().charge(string_allocation(s, size))) [[likely]]
    return true;
  fail_string_budget(r, size);
  return false;
}

// Arena mode: `size` bytes aligned to `align` from the decode's arena (decode_state::memory).
// A new block is charged before it is requested: the size the arena prefers, or as much of it
// as the budget has room for, but no less than the least that will do. Null, with the decode
// failed, if that passes the budget (or there is no arena: errc::out_of_memory).
template <class R>
void* arena_allocate(R& r, std::size_t size, std::size_t align, std::size_t at) {
  arena* memory = r.state().memory;
  if (memory == nullptr) [[unlikely]] {
    fail(r, errc::out_of_memory, at);
    return nullptr;
  }
  if (void* p = memory->allocate_here(size, align)) [[likely]]
    return p;
  const std::size_t block =
      std::min(memory->preferred_block(size), std::max(arena::least_block(size), r.state().allocatable()));
  if (!charge(r, block, at)) [[unlikely]]
    return nullptr;
  return memory->allocate_in_new_block(size, align, block);
}
// A T built in the arena, default-initialized as tlcodec::variant builds its alternatives.
template <class T, class R>
T* arena_new(R& r, std::size_t at) {
  static_assert(alignof(T) <= arena::max_align);
  void* p = arena_allocate(r, sizeof(T), alignof(T), at);
  return p == nullptr ? nullptr : ::new (p) T;
}
// The `size` bytes at payload, copied into the arena (as a string or bytes that started at `at`).
template <class R>
bool arena_copy(R& r, const std::byte*& payload, std::size_t size, std::size_t at) {
  if (size == 0) return true;
  void* copy = arena_allocate(r, size, 1, at);
  if (copy == nullptr) [[unlikely]]
    return false;
  payload = static_cast<const std::byte*>(std::memcpy(copy, payload, size));
  return true;
}

template <class R>
void read_string(R& r, std::byte const*& payload, std::size_t& size) {
  const std::size_t start = r.offset();
  const std::size_t available = r.remaining();
  payload = nullptr;
  size = 0;
  if (available < 4) [[unlikely]]
    return fail(r, errc::truncated, start);
  const std::byte* at = r.take(0);
  std::size_t length = std::to_integer<std::size_t>(at[0]);
  std::size_t header = 1;
  const bool strict = r.state().options().strict;
  if (length == 254) {
    length = std::to_integer<std::size_t>(at[1]) | std::to_integer<std::size_t>(at[2]) << 8 |
             std::to_integer<std::size_t>(at[3]) << 16;
    header = 4;
    if (length < 254 && strict) [[unlikely]]
      return fail(r, errc::non_canonical_length, start);
  } else if (length == 255) [[unlikely]] {
    return fail(r, errc::invalid_length_prefix, start);
  }
  const std::size_t total = (header + length + 3) & ~std::size_t{3};
  if (total > available) [[unlikely]]
    return fail(r, errc::truncated, start);
  // The padding (0 to 3 bytes) is the high end of the string's last little-endian word: one
  // load tests it; the loop only finds which byte is not zero.
  if (const std::size_t padding = total - header - length;
      strict && padding != 0 && load_le<std::uint32_t>(at + total - 4) >> (32 - 8 * padding) != 0) [[unlikely]] {
    for (std::size_t i = header + length; i < total; ++i)
      if (at[i] != std::byte{0}) return fail(r, errc::nonzero_padding, start + i);
  }
  r.take(total);
  payload = at + header;
  size = length;
}

template <class R, class T, class Form>
[[gnu::always_inline]] inline void read_value(R& r, T& value, Form form);

// The fields of a constructor, as build_fields asks the decoder for them.
template <class R>
struct fields_reader {
  R& r;
  [[gnu::always_inline]] std::uint32_t flags(unnamed_field, std::uint32_t& reserved, std::uint32_t known) {
    const std::uint32_t word = read_u32(r);
    reserved = word & ~known;
    return word;
  }
  template <class F, class Form>
  [[gnu::always_inline]] void field(unnamed_field, F& value, Form form) {
    read_value(r, value, form);
  }
};

// Decodes the fields of one constructor (its id has been read), within the rules a protocol
// layer attaches to it (tlcodec/rules.hpp).
template <class R, class T>
void read_fields(R& r, T& object) {
  static_assert(id_matches_signature<T>(),
                "constructor_id is not the CRC32 of tl_signature (docs/tl-binary.md §7): the declaration is wrong");
  if constexpr (requires { constructor_rules<T>::decode(r, [] {}); })
    constructor_rules<T>::decode(r, [&] { build_fields(object, fields_reader<R>{r}); });
  else
    build_fields(object, fields_reader<R>{r});
  r.state().note_constructor(T::constructor_id);
}

// Decodes a variant: the id chooses the constructor (reusing the one held if it matches).
template <class R, class T>
void read_variant(R& r, T& value) {
  const std::size_t at = r.offset();
  const std::uint32_t id = read_u32(r);
  if (failed(r)) return;
  const int index = T::index_of(id);
  if (index < 0) [[unlikely]]
    return fail(r, errc::unexpected_constructor, at);
  const bool reuse = value.index() == static_cast<std::size_t>(index) && !value.valueless_after_move();
  // A constructor held on the heap allocates as it is read into, unless it has already.
  if (const std::size_t bytes = T::allocation_of(static_cast<std::size_t>(index));
      bytes != 0 && !(reuse && value.holds_allocation()) && !charge(r, bytes, at)) [[unlikely]]
    return;
  // One switch both builds the alternative the id names (in place of the one held) and reads it.
  nested(r, at, [&] {
    T::with_index(static_cast<std::size_t>(index), [&]<class C>(std::type_identity<C>) {
      if constexpr (held_indirectly<C> && !allocates_itself<C>) {
        // Arena mode: the alternative is built in the arena and the variant points to it. (Its
        // offset is the id's, just read: not captured, since every capture of this lambda is
        // stack at every level of the deepest input, in all modes.)
        if (reuse && value.holds_allocation())
          read_fields(r, *value.template get_if<C>());
        else if (C* built = arena_new<C>(r, r.offset() - 4))
          read_fields(r, value.template emplace<C>(held_t<C>(built)));
      } else {
        read_fields(r, reuse ? *value.template get_if<C>() : value.template emplace<C>());
      }
    });
  });
}

// An Object built in an arena (a field of an arena value) owns its typed value on the heap: the
// arena is to destroy it when it goes. False if that cannot be arranged (the decode failed).
// Out of line, so that its locals stay out of the frame of every Object level.
[[gnu::noinline]] inline bool destroyed_with_arena(span_reader& r, arena& memory, object& value) {
  if (!memory.holds(&value)) return true;
  void* node = arena_allocate(r, arena::cleanup_size, alignof(void*), r.offset());
  if (node == nullptr) [[unlikely]]
    return false;
  memory.destroy_later(value, node);
  return true;
}

// Decodes an Object through the registry in the options. An Object always ends where its input
// does (the rest of an rpc_result, a message body of known length, unpacked gzip data), so an
// id the registry does not know, or a constructor of a newer layer anywhere inside a known one
// (errc::unexpected_constructor), keeps the rest of the input as an opaque value, unless
// unknown_as_opaque is false (then it is an error).
inline void read_object(span_reader& r, object& value, bool unknown_as_opaque = true) {
  if (arena* memory = r.state().memory; memory != nullptr && !destroyed_with_arena(r, *memory, value)) [[unlikely]]
    return;
  const std::size_t at = r.offset();
  if (r.remaining() < 4) [[unlikely]]
    return fail(r, errc::truncated, at);
  const std::uint32_t id = peek_u32(r);
  if (r.state().object_rule) {
    r.state().object_rule(r.state(), id, at);
    if (r.failed()) [[unlikely]]
      return (void)r.take(r.remaining());  // the rule's error stands
  }
  const object_type* type = r.options().registry ? r.options().registry->find(id) : nullptr;
  const auto keep_opaque = [&] {
    const std::size_t size = r.remaining();
    if (charge(r, object::allocation_for_raw(size), at)) value = object::opaque({r.take(size), size});
  };
  if (!type) {
    if (!unknown_as_opaque) return fail(r, errc::unexpected_constructor, at);
    return keep_opaque();
  }
  // Decoded by a reader of its own, so that a failure can still be undone.
  std::size_t end = at;
  continue_decode(r, r.rest(), at, [&](span_reader& typed) {
    typed.take(4);
    nested(typed, at, [&] { type->decode(typed, value); });
    end = typed.offset();
  });
  if (const error e = r.state().status(); e) [[unlikely]] {
    if (e.code == errc::unexpected_constructor && unknown_as_opaque) {
      r.state().set_status({});
      return keep_opaque();
    }
    return fail(r, e.code, e.offset);
  }
  r.take(end - at);
}

// A length (int32, a multiple of 4: docs/tl-binary.md §1) then an Object that fills exactly
// that many bytes (wire::sized: an MTProto message's `bytes` and body).
template <class R>
void read_length_prefixed(R& r, object& value) {
  const std::size_t at = r.offset();
  const auto length = static_cast<std::int32_t>(read_u32(r));
  if (failed(r)) return;
  if (length < 0 || length % 4 != 0) [[unlikely]]
    return fail(r, errc::body_length_mismatch, at);
  const auto size = static_cast<std::size_t>(length);
  if (size > r.remaining()) [[unlikely]]
    return fail(r, errc::truncated, at);
  const std::size_t body_at = r.offset();
  continue_decode(r, {r.take(size), size}, body_at, [&](span_reader& body) {
    read_object(body, value);
    if (!body.failed() && body.remaining() != 0) [[unlikely]]
      body.fail(errc::body_length_mismatch, body.offset());
  });
  if (failed(r)) [[unlikely]] {
    // Running out of the body while the input goes on: the body is longer than its length says.
    error e = r.state().status();
    if (e.code == errc::truncated && r.remaining() != 0) {
      e.code = errc::body_length_mismatch;
      r.state().set_status(e);
    }
    fail(r, e.code, e.offset);
  }
}

// ---- one overload per family ----

template <class R, class Form>
[[gnu::always_inline]] inline void read_as(family::int32, R& r, std::int32_t& value, Form) {
  value = static_cast<std::int32_t>(read_u32(r));
}
template <class R, class Form>
[[gnu::always_inline]] inline void read_as(family::int64, R& r, std::int64_t& value, Form) {
  value = static_cast<std::int64_t>(read_u64(r));
}
template <class R, class Form>
[[gnu::always_inline]] inline void read_as(family::float64, R& r, double& value, Form) {
  value = std::bit_cast<double>(read_u64(r));
}
template <class R, class Form>
void read_as(family::boolean, R& r, bool& value, Form) {
  const std::size_t at = r.offset();
  const std::uint32_t id = read_u32(r);
  value = id == bool_true_id;
  if (id != bool_true_id && id != bool_false_id && !failed(r)) [[unlikely]]
    fail(r, errc::invalid_bool_id, at);
}
template <class R, class T, class Form>
void read_as(family::wide_int, R& r, T& value, Form) {
  if (const std::byte* at = take_bytes(r, value.bytes.size())) std::memcpy(value.bytes.data(), at, value.bytes.size());
}
template <class R, class T, class Form>
void read_as(family::string, R& r, T& value, Form) {
  const std::byte* payload;
  std::size_t size;
  const std::size_t at = r.offset();
  read_string(r, payload, size);
  if constexpr (std::is_same_v<T, std::string_view>) {
    value = std::string_view(reinterpret_cast<const char*>(payload), size);
  } else if constexpr (std::is_same_v<T, arena_string>) {
    if (arena_copy(r, payload, size, at)) value = arena_string({reinterpret_cast<const char*>(payload), size});
  } else {
    if (!charge_string(r, value, size)) [[unlikely]]
      return;
    value.assign(reinterpret_cast<const char*>(payload), size);
  }
}
template <class R, class T, class Form>
void read_as(family::bytes, R& r, T& value, Form) {
  const std::byte* payload;
  std::size_t size;
  const std::size_t at = r.offset();
  read_string(r, payload, size);
  if constexpr (std::is_same_v<T, bytes_view>) {
    value = bytes_view(payload, size);
  } else if constexpr (std::is_same_v<T, arena_bytes>) {
    if (arena_copy(r, payload, size, at)) value = arena_bytes({payload, size});
  } else {
    if (!charge_string(r, value, size)) [[unlikely]]
      return;
    value.assign(payload, size);
  }
}

template <class R, class T, class Form>
void read_as(family::vector, R& r, T& out, Form) {
  using element_type = typename T::value_type;
  using vf = vector_form<Form>;
  if constexpr (vf::boxed) {
    const std::size_t at = r.offset();
    if (read_u32(r) != vector_id && !failed(r)) [[unlikely]]
      return fail(r, errc::invalid_vector_id, at);
  }
  const std::size_t count_at = r.offset();
  const auto count = static_cast<std::int32_t>(read_u32(r));
  if (failed(r)) return;
  // The count must leave room for the later elements of the vectors this one is inside
  // (decode_state::claimed): then every count is backed by input bytes of its own.
  constexpr std::size_t min_size = min_wire_size<element_type, typename vf::element>();
  std::size_t& claimed = r.state().claimed;
  const std::size_t usable = r.remaining() > claimed ? r.remaining() - claimed : 0;
  if (count < 0 || static_cast<std::size_t>(count) > usable / min_size) [[unlikely]]
    return fail(r, errc::invalid_count, count_at);
  const auto n = static_cast<std::size_t>(count);
  constexpr bool as_in_memory = std::is_arithmetic_v<element_type> && !std::is_same_v<element_type, bool> &&
                                std::endian::native == std::endian::little;
  // Reads the n elements, element i into element_at(i). While element i is read, the n - 1 - i
  // after it claim their minimum size.
  const auto read_elements = [&](auto&& element_at) {
    const std::size_t outer_claim = claimed;
    claimed += n * min_size;
    for (std::size_t i = 0; i < n && !failed(r); ++i) {
      claimed -= min_size;
      read_value(r, element_at(i), typename vf::element{});
    }
    claimed = outer_claim;
  };
  // Room for all n at once (the count is backed, see above), charged first: reserve()
  // allocates exactly that (std::vector<bool>: whole 64-bit words).
  const auto charge_room = [&](const auto& vector) {  // generic: scalars_view has no capacity
    if (n <= vector.capacity()) return true;
    return charge(r, std::is_same_v<element_type, bool> ? (n + 63) / 64 * 8 : n * sizeof(element_type), count_at);
  };
  if constexpr (requires { out.wire_bytes(); }) {
    // View mode (scalars_view): the elements stay in the input.
    out = T(r.take(n * sizeof(element_type)), n);
  } else if constexpr (std::is_same_v<T, arena_vector<element_type>>) {
    // Arena mode: the n elements are built in place in the arena, then read.
    if (n == 0) return (void)(out = T());
    auto* items =
        static_cast<element_type*>(arena_allocate(r, n * sizeof(element_type), alignof(element_type), count_at));
    if (items == nullptr) [[unlikely]]
      return;
    if constexpr (as_in_memory) {
      std::memcpy(items, r.take(n * sizeof(element_type)), n * sizeof(element_type));
    } else {
      // Bool and int128/int256 elements zeroed (a failed decode leaves none indeterminate), the
      // others default-initialized (their members have initializers).
      if constexpr (std::is_trivially_default_constructible_v<element_type>)
        std::uninitialized_value_construct_n(items, n);
      else
        std::uninitialized_default_construct_n(items, n);
      read_elements([&](std::size_t i) -> element_type& { return items[i]; });
    }
    out = T(items, n);
  } else if (!charge_room(out)) [[unlikely]] {
    return;
  } else if constexpr (as_in_memory) {
    // int, long, double: the wire is the memory layout.
    if (n > out.capacity()) out.clear();  // nothing to keep when it moves
    out.reserve(n);
    out.resize(n);
    if (n != 0) std::memcpy(out.data(), r.take(n * sizeof(element_type)), n * sizeof(element_type));
  } else if constexpr (std::is_same_v<element_type, bool>) {
    // Vector<Bool> is a std::vector<bool>, whose elements are proxies.
    out.clear();
    out.reserve(n);
    for (std::size_t i = 0; i < n && !failed(r); ++i) {
      bool element = false;
      read_value(r, element, typename vf::element{});
      out.push_back(element);
    }
  } else {
    // Reuses the elements already there.
    const std::size_t reused = std::min(out.size(), n);
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(reused), out.end());
    out.reserve(n);
    read_elements([&](std::size_t i) -> element_type& {
      if (i >= reused) out.emplace_back();
      return out[i];
    });
  }
}

// Mutable access allocates the value of a default or moved-from indirect: charged first. An
// arena_ref is given one built in the arena.
template <class R, class T, class Form>
void read_as(family::indirect, R& r, T& value, Form form) {
  using held = std::remove_cvref_t<decltype(*std::as_const(value))>;
  if (!value.allocated()) {
    if constexpr (std::is_same_v<T, arena_ref<held>>) {
      held* built = arena_new<held>(r, r.offset());
      if (built == nullptr) [[unlikely]]
        return;
      value = T(built);
    } else if (!charge(r, sizeof(held), r.offset())) [[unlikely]] {
      return;
    }
  }
  read_value(r, *value, form);
}
template <class R, class T, class Form>
void read_as(family::variant, R& r, T& value, Form) {
  read_variant(r, value);
}
template <class R, class T, class Form>
void read_as(family::constructor, R& r, T& value, Form) {
  const std::size_t at = r.offset();
  if constexpr (!std::is_same_v<Form, wire::bare>) {
    const std::uint32_t id = read_u32(r);
    if (failed(r)) return;
    if (id != T::constructor_id) [[unlikely]]
      return fail(r, errc::unexpected_constructor, at);
  }
  nested(r, at, [&] { read_fields(r, value); });
}
template <class R, class T, class Form>
void read_as(family::mapped, R& r, T& value, Form form) {
  typename tl_mapping<T>::wire_type wire{};
  read_value(r, wire, form);
  if (!failed(r)) value = tl_mapping<T>::from_wire(std::move(wire));
}

// An Object with its length first (wire::sized), or one that fills the rest of the input.
// From a reader other than span_reader, its bytes are taken whole and decoded by a span_reader
// that continues the same decode.
template <class R, class Form>
void read_as(family::object, R& r, object& value, Form) {
  if constexpr (std::is_same_v<Form, wire::sized>) {
    read_length_prefixed(r, value);
  } else if constexpr (std::is_same_v<R, span_reader>) {
    read_object(r, value);
  } else {
    const std::size_t at = r.offset();
    const std::size_t size = r.remaining();
    continue_decode(r, {r.take(size), size}, at, [&](span_reader& rest) { read_object(rest, value); });
  }
}

template <class R, class T, class Form>
[[gnu::always_inline]] inline void read_value(R& r, T& value, Form form) {
  static_assert(tl_value<T>, "this C++ type has no TL form: give it one with tlcodec::tl_mapping (tlcodec/family.hpp)");
  read_as(family_t<T>{}, r, value, form);
}

}  // namespace tlcodec::detail
