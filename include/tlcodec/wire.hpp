// tlcodec/wire.hpp: how a field travels on the wire, as the generated each_field() states it.
//
// A generated struct lists its fields in wire order:
//   template <class Self, class Visitor>
//   static constexpr void each_field(Self& self, Visitor&& visit) {
//     visit(self.flags, wire::flags<0, 0x3>{});
//     visit(self.id, wire::boxed{});
//     visit(self.until, wire::when<0, 0>{});   // until:flags.0?int
//   }
// The C++ type of a field says what it is (int, string, a constructor, a boxed type, a vector);
// the form says only what the C++ type cannot: bare or boxed, and flag conditions.
#pragma once

#include <compare>
#include <cstdint>

namespace tlcodec {

// The id that starts a boxed vector (`Vector<T>`: id, count, elements); a bare `vector<T>` has none.
inline constexpr std::uint32_t vector_id = 0x1cb5c415;

// The value of a `flags:#` field as the user sees it: only the bits no field of this
// constructor uses, kept so that decode -> encode is byte-exact. The other bits are derived on
// encode from the fields that depend on them.
struct reserved_flags {
  std::uint32_t bits = 0;
  friend constexpr bool operator==(const reserved_flags&, const reserved_flags&) = default;
};

namespace wire {

// Boxed, TL's default: as the C++ type says. Constructors and boxed types with their id first,
// vectors boxed; built-in types (int, string, ...), which have no id, as they are.
struct boxed {};
// Bare: `%T`, a lower-case constructor used as a type, or `vector<T>`.
struct bare {};
// A vector whose elements take form Element: `Vector<%T>`, `vector<T>`, `Vector<Vector<T>>`...
template <bool Boxed, class Element = boxed>
struct vector {};

// `name:flagsI.Bit?T`: present on the wire iff bit Bit of this constructor's flags field number
// FlagIndex (0 for the first `#` field, 1 for the second, ...) is set. The C++ type is bool for
// `?true` and std::optional<T> otherwise. Shared: another field uses the same bit.
template <unsigned FlagIndex, unsigned Bit, class Form = boxed, bool Shared = false>
struct when {
  static_assert(Bit < 32, "a flag bit is 0..31");
};

// `bytes:int body:Object` of an MTProto message, as one field: the body preceded by its length
// in bytes, which encode derives and decode checks (errc::body_length_mismatch).
struct sized {};

// A `#` field that conditions other fields; KnownBits are the bits those fields use.
template <unsigned FlagIndex, std::uint32_t KnownBits>
struct flags {};

}  // namespace wire
}  // namespace tlcodec
