// tlcodec/fields.hpp: the fields of a constructor in wire order, with its flags resolved. The
// one walk over a constructor's fields: encode, decode, encoded size, text and arbitrary values
// all go through it, so flag words and conditional fields are decided here only.
//
// A constructor lists its fields with their wire forms (tlcodec/wire.hpp, generated each_field);
// a visitor sees them as the wire does: `#` words, fields present, `?true` flags.
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

#include <tlcodec/detail/wire_form.hpp>

namespace tlcodec {

// Which field a visitor is handed. Walks that name fields (text, JSON) declare
// `static constexpr bool names_fields = true;` and get the field's position in
// T::tl_field_names, a std::size_t; the others get this empty tag, so that encode and decode
// keep no counter at run time.
struct unnamed_field {};

namespace detail {
template <class V>
constexpr bool names_fields = requires {
  requires std::remove_cvref_t<V>::names_fields;
};

template <bool Named>
struct field_position {
  std::size_t index = 0;
  std::size_t get() const { return index; }
  void next() { ++index; }
};
template <>
struct field_position<false> {
  unnamed_field get() const { return {}; }
  void next() {}
};

// What a visitor's flags_slot returns (see visit_fields).
template <class V, bool FillsLater>
struct flags_slot_of {
  using type = int;
};
template <class V>
struct flags_slot_of<V, true> {
  using type = decltype(std::declval<V&>().flags_slot(unnamed_field{}));
};

template <class T>
constexpr bool is_present(const T& field) {
  if constexpr (std::is_same_v<T, bool>)
    return field;
  else
    return field.has_value();
}
}  // namespace detail

// Walks that read a value (encode, encoded size, text, ...). Calls, in wire order:
//   v.flags(index, word, reserved)   a `#` field: the word to put on the wire (the bits of the
//                                    fields present, and the reserved bits the value keeps)
//   v.field(index, value, form)      a field on the wire; an optional field if present, with
//                                    the form of its value
//   v.flag(index, set)               a `?true` flag (no bytes of its own)
//   v.inconsistent(index)            an optional field whose flag bit, shared with another
//                                    field, says present when it is absent or the reverse
// index is the field's position in T::tl_field_names, or unnamed_field (see above).
//
// A visitor that can fill in a flags word after the fields it governs (an encoder into a
// buffer) has, instead of v.flags,
//   slot = v.flags_slot(index)       a `#` field: its place, to fill in later
//   v.fill_flags(slot, word)         once every field was visited, for each `#` field
// and the fields are visited once: their presence makes the words as they are written
// (otherwise a first pass over every field makes them). Either way the shared bits are
// decided before the first field, so that v.inconsistent comes at the same field.
template <class T, class V>
[[gnu::always_inline]] constexpr void visit_fields(const T& object, V&& v) {
  using detail::form_traits;
  constexpr bool fills_later = requires(V & later) { later.flags_slot(unnamed_field{}); };
  std::uint32_t words[detail::max_flag_fields] = {};
  T::each_field(object, [&]<class F, class Form>(const F& field, Form) {
    using ft = form_traits<Form>;
    if constexpr (ft::is_when) {
      if constexpr (ft::shared || !fills_later)
        if (detail::is_present(field)) words[ft::index] |= ft::mask;
    } else if constexpr (ft::is_flags) {
      static_assert(ft::index < detail::max_flag_fields, "too many flags fields in one constructor");
      if constexpr (!fills_later) words[ft::index] |= field.bits & ~ft::known;
    }
  });
  [[maybe_unused]] typename detail::flags_slot_of<V, fills_later>::type slots[detail::max_flag_fields] = {};
  detail::field_position<detail::names_fields<V>> at;
  T::each_field(object, [&]<class F, class Form>(const F& field, Form form) {
    using ft = form_traits<Form>;
    if constexpr (ft::is_flags) {
      if constexpr (fills_later) {
        words[ft::index] |= field.bits & ~ft::known;
        slots[ft::index] = v.flags_slot(at.get());
      } else {
        v.flags(at.get(), words[ft::index], field.bits);
      }
    } else if constexpr (ft::is_when) {
      if constexpr (ft::shared) {
        if (((words[ft::index] & ft::mask) != 0) != detail::is_present(field)) [[unlikely]]
          v.inconsistent(at.get());
      } else if constexpr (fills_later) {
        if (detail::is_present(field)) words[ft::index] |= ft::mask;
      }
      if constexpr (std::is_same_v<F, bool>)
        v.flag(at.get(), field);
      else if (field.has_value())
        v.field(at.get(), *field, typename ft::inner{});
    } else {
      v.field(at.get(), field, form);
    }
    at.next();
  });
  if constexpr (fills_later) {
    T::each_field(object, [&]<class F, class Form>(const F&, Form) {
      using ft = form_traits<Form>;
      if constexpr (ft::is_flags) v.fill_flags(slots[ft::index], words[ft::index]);
    });
  }
}

// Walks that build a value (decode, arbitrary values, ...). Calls, in wire order:
//   std::uint32_t v.flags(index, reserved, known)   a `#` field: returns its word (read,
//                                    chosen, ...) and sets reserved, the bits the value keeps
//                                    (those outside known, which the fields explain)
//   v.field(index, value, form)      fills a field on the wire; an optional one whose bit is
//                                    set, emplaced first if it was absent
//   v.optional_field(index, value, form)   instead, for optional fields, if V has it
// and sets `?true` flags from their bits and resets the optional fields whose bit is clear.
template <class T, class V>
[[gnu::always_inline]] constexpr void build_fields(T& object, V&& v) {
  using detail::form_traits;
  std::uint32_t words[detail::max_flag_fields] = {};
  detail::field_position<detail::names_fields<V>> at;
  T::each_field(object, [&]<class F, class Form>(F& field, Form form) {
    using ft = form_traits<Form>;
    if constexpr (ft::is_flags) {
      static_assert(ft::index < detail::max_flag_fields, "too many flags fields in one constructor");
      words[ft::index] = v.flags(at.get(), field.bits, ft::known);
    } else if constexpr (ft::is_when) {
      const bool on = (words[ft::index] & ft::mask) != 0;
      if constexpr (std::is_same_v<F, bool>) {
        field = on;
      } else if (on) {
        if (!field) field.emplace();
        if constexpr (requires { v.optional_field(at.get(), *field, typename ft::inner{}); })
          v.optional_field(at.get(), *field, typename ft::inner{});
        else
          v.field(at.get(), *field, typename ft::inner{});
      } else {
        field.reset();
      }
    } else {
      v.field(at.get(), field, form);
    }
    at.next();
  });
}

}  // namespace tlcodec
