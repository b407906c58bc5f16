// tlcodec/text.hpp: the TL text form of any value, for people and for tests that compare it.
//
//   phone.confirmCall {
//     peer: inputPhoneCall {
//       id: -7340671985711632286
//       access_hash: -2569650547609320026
//     }
//     g_a: bytes[256] 75bf7c3bf4ca4ddbfef4add0f75a7db9…d8f8523534de82b46bd27c88f87fc0
//     protocol: phoneCallProtocol {
//       udp_p2p: true
//       library_versions: [
//         "2.4.4"
//       ]
//     }
//   }
//
// TL names, nested and indented by two spaces, only the fields present (absent flags.N? fields
// and unset ?true flags are left out), bytes as hex (over 32 bytes: the first and last 16 with
// the length), strings quoted with C escapes. The form is stable: it changes only with the schema.
//
// Strings never carry a control character to a terminal: C0 and DEL print as \x1b, C1 (U+0080 to
// U+009F) as \u0085, and a byte that is not part of well-formed UTF-8 as \x9b (an 8-bit terminal
// would take 0x80 to 0x9f as C1); other UTF-8 stays as it is.
//
// print_text() and operator<< write the text to a std::ostream as it is produced, so printing a
// large value takes no memory of the text's size; to_text() returns it as a string.
#pragma once

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <tlcodec/family.hpp>
#include <tlcodec/fields.hpp>
#include <tlcodec/object.hpp>

namespace tlcodec {

class text_writer;

namespace detail {

// The text of one constructor. An ordinary (non-inline) function template, so that the
// registry library can compile it once per constructor and every other use calls that instance
// (detail/instances.hpp, TLCODEC_CONSTRUCTOR_TEXT).
template <class T>
void write_text(text_writer& out, const T& constructor);

// How many bytes the well-formed UTF-8 sequence at the start of text spans (Unicode's table
// 3-7: no overlong form, no surrogate, nothing past U+10FFFF); 0 if it is not one.
constexpr std::size_t utf8_length(std::string_view text) noexcept {
  const auto at = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
  const unsigned lead = at(0);
  if (lead < 0x80) return text.empty() ? 0 : 1;
  std::size_t length = 0;
  unsigned second_min = 0x80, second_max = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead == 0xe0) second_min = 0xa0;
    if (lead == 0xed) second_max = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead == 0xf0) second_min = 0x90;
    if (lead == 0xf4) second_max = 0x8f;
  } else {
    return 0;
  }
  if (at(1) < second_min || at(1) > second_max) return 0;
  for (std::size_t i = 2; i < length; ++i)
    if (at(i) < 0x80 || at(i) > 0xbf) return 0;
  return length;
}

}  // namespace detail

// Writes through std::ostream::write and put only, so the stream's flags and locale do not
// change the text. Public: value() prints any TL value; list(), record() and field() give the
// same layout to values whose type is known only at run time (tl-dump's envelopes and type
// expressions).
class text_writer {
 public:
  // depth: the indentation level the value starts at (a value nested in another one's text).
  explicit text_writer(std::ostream& out, std::size_t depth = 0) : out_(out), depth_(depth) {}

  // The text of any TL value, by its family (tlcodec/family.hpp).
  template <class T>
  void value(const T& v) {
    static_assert(tl_value<T>,
                  "this C++ type has no TL form: give it one with tlcodec::tl_mapping (tlcodec/family.hpp)");
    value_as(family_t<T>{}, v);
  }

  // A list of count items, each on its own line: item() writes the next one. What a vector
  // prints as, also for lists whose element type is known only at run time (tl-dump's).
  template <class Item>
  void list(std::size_t count, Item&& item) {
    if (count == 0) return write("[]");
    write("[\n");
    ++depth_;
    for (std::size_t i = 0; i < count; ++i) {
      indent();
      item();
      out_.put('\n');
    }
    --depth_;
    indent();
    out_.put(']');
  }

  // A constructor's form, with fields the caller writes: `name {`, then fields(), which calls
  // field() for each, then `}` on its own line; `name {}` if it wrote none.
  template <class Fields>
  void record(std::string_view name, Fields&& fields) {
    write(name);
    write(" {");
    const std::size_t fields_before = fields_;
    ++depth_;
    fields();
    --depth_;
    if (fields_ != fields_before) {
      out_.put('\n');
      indent();
    }
    out_.put('}');
  }

  // One field of a record, on its own line: body() writes its value.
  template <class Body>
  void field(std::string_view name, Body&& body) {
    ++fields_;
    out_.put('\n');
    indent();
    write(name);
    write(": ");
    body();
  }

  // For write_text: the TL name, then the fields present.
  template <class T>
  void constructor(const T& object) {
    record(T::tl_name, [&] { visit_fields(object, fields_text<T>{*this}); });
  }

 private:
  void value_as(family::int32, std::int32_t v) { integer(v); }
  void value_as(family::int64, std::int64_t v) { integer(v); }
  void value_as(family::float64, double v) {
    // As "%.17g" prints it in the C locale, whatever locale the program has set.
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::general, 17).ptr;
    write({buffer, static_cast<std::size_t>(end - buffer)});
  }
  void value_as(family::boolean, bool v) { write(v ? "true" : "false"); }
  template <class T>
  void value_as(family::wide_int, const T& v) {
    hex(v.bytes.data(), v.bytes.size());
  }
  void value_as(family::string, std::string_view v) { quoted(v); }
  template <class T>
  void value_as(family::bytes, const T& v) {
    hex_bytes(v.data(), v.size());
  }
  template <class T>
  void value_as(family::vector, const T& v) {
    auto next = v.begin();
    list(v.size(), [&] {
      const typename T::value_type& item = *next;  // (a std::vector<bool> gives a proxy)
      ++next;
      value(item);
    });
  }
  template <class T>
  void value_as(family::indirect, const T& v) {
    if (v.valueless_after_move()) return write("(moved-from)");
    value(*v);
  }
  template <class T>
  void value_as(family::variant, const T& v) {
    if (v.valueless_after_move()) return write("(moved-from)");
    v.visit([&](const auto& alternative) { value(alternative); });
  }
  template <class T>
  void value_as(family::constructor, const T& v) {
    detail::write_text(*this, v);
  }
  template <class T>
  void value_as(family::mapped, const T& v) {
    value(tl_mapping<T>::to_wire(v));
  }
  void value_as(family::object, const object& v) { object_value(v); }

  template <class T>
  void integer(T v) {
    char digits[24];
    write({digits, static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, v).ptr - digits)});
  }

  // The fields of constructor T, as visit_fields hands them: only those present; of a flags
  // word, only the bits no field explains (the rest is in the fields themselves).
  template <class T>
  struct fields_text {
    static constexpr bool names_fields = true;
    text_writer& out;
    void flags(std::size_t index, std::uint32_t, std::uint32_t reserved) {
      if (reserved == 0) return;
      char bits[32];
      std::snprintf(bits, sizeof bits, "reserved bits 0x%08x", static_cast<unsigned>(reserved));
      out.field(T::tl_field_names[index], [&] { out.write(bits); });
    }
    template <class F, class Form>
    void field(std::size_t index, const F& v, Form) {
      out.field(T::tl_field_names[index], [&] { out.value(v); });
    }
    void flag(std::size_t index, bool set) {
      if (set) out.field(T::tl_field_names[index], [&] { out.write("true"); });
    }
    void inconsistent(std::size_t) {}
  };
  // A typed Object prints as its value; an opaque one as its id and the bytes after it; a
  // gzip_packed one as its packed bytes and what they unpack to.
  void object_value(const object& v) {
    if (const object_type* type = v.type()) return type->text(v.value_address(), *this);
    if (!v.has_value()) {
      write("(empty)");
    } else if (v.is_gzip()) {
      record("gzip_packed", [&] {
        field("packed_data", [&] { hex_bytes(v.packed_data().data(), v.packed_data().size()); });
        field("unpacked", [&] { object_value(v.unpacked()); });
      });
    } else {
      char id[24];
      std::snprintf(id, sizeof id, "opaque#%08x ", static_cast<unsigned>(v.constructor_id()));
      write(id);
      const auto body = v.raw().subspan(std::min<std::size_t>(4, v.raw().size()));  // after the id
      hex_bytes(body.data(), body.size());
    }
  }

  void indent() {
    static constexpr std::string_view spaces = "                                ";
    for (std::size_t left = 2 * depth_; left != 0;) {
      const std::size_t n = std::min(left, spaces.size());
      write(spaces.substr(0, n));
      left -= n;
    }
  }

  void write(std::string_view text) { out_.write(text.data(), static_cast<std::streamsize>(text.size())); }

  // Runs of characters that print as they are go out in one write, between the escapes.
  void quoted(std::string_view text) {
    out_.put('"');
    std::size_t written = 0;
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t length = detail::utf8_length(text.substr(i));
      char buffer[8];
      const std::string_view escaped = escape(text.substr(i), length, buffer);
      const std::size_t next = i + std::max<std::size_t>(length, 1);
      if (!escaped.empty()) {
        write(text.substr(written, i - written));
        write(escaped);
        written = next;
      }
      i = next;
    }
    write(text.substr(written));
    out_.put('"');
  }

  // How the character at the start of text (a UTF-8 sequence of length bytes, 0 if malformed)
  // prints, written into buffer; empty if it prints as it is.
  static std::string_view escape(std::string_view text, std::size_t length, char (&buffer)[8]) {
    switch (text[0]) {
      case '"': return "\\\"";
      case '\\': return "\\\\";
      case '\n': return "\\n";
      case '\r': return "\\r";
      case '\t': return "\\t";
      default: break;
    }
    const auto lead = static_cast<unsigned char>(text[0]);
    if (length == 0 || lead < 0x20 || lead == 0x7f)
      return {buffer, static_cast<std::size_t>(std::snprintf(buffer, sizeof buffer, "\\x%02x", lead))};
    if (lead == 0xc2 && static_cast<unsigned char>(text[1]) < 0xa0)  // C1: U+0080 to U+009F
      return {buffer, static_cast<std::size_t>(
                          std::snprintf(buffer, sizeof buffer, "\\u00%02x", static_cast<unsigned char>(text[1])))};
    return {};
  }

  void hex(const std::byte* data, std::size_t size) {
    static constexpr char digits[] = "0123456789abcdef";
    char chunk[64];
    for (std::size_t done = 0; done < size;) {
      const std::size_t n = std::min(size - done, sizeof chunk / 2);
      for (std::size_t i = 0; i < n; ++i) {
        chunk[2 * i] = digits[std::to_integer<unsigned>(data[done + i]) >> 4];
        chunk[2 * i + 1] = digits[std::to_integer<unsigned>(data[done + i]) & 15];
      }
      write({chunk, 2 * n});
      done += n;
    }
  }

  // bytes[N] and the hex; past 32 bytes, the first and last 16 around an ellipsis.
  void hex_bytes(const std::byte* data, std::size_t size) {
    write("bytes[");
    integer(size);
    out_.put(']');
    if (size == 0) return;
    out_.put(' ');
    if (size <= 32) return hex(data, size);
    hex(data, 16);
    write("\xe2\x80\xa6");  // …
    hex(data + size - 16, 16);
  }

  std::ostream& out_;
  std::size_t depth_ = 0;
  std::size_t fields_ = 0;  // fields written so far: whether a record had any
};

namespace detail {
template <class T>
void write_text(text_writer& out, const T& constructor) {
  out.constructor(constructor);
}

}  // namespace detail

// Writes the text form of a TL value (a constructor, a boxed value, a vector, a scalar) to out
// as it is produced: a large value's text is never held whole.
template <class T>
void print_text(std::ostream& out, const T& value) {
  text_writer(out).value(value);
}

// The text form of a TL value, as a string.
template <class T>
std::string to_text(const T& value) {
  std::ostringstream out;
  print_text(out, value);
  return std::move(out).str();
}

// Stream output of generated types and Objects in their text form (found through the storage
// policy, a tlcodec type, by argument-dependent lookup).
// Laid out by hand: clang-format 14 mangles requires clauses.
// clang-format off
template <class T>
  requires tl_constructor<T> || tl_variant<T> || std::is_same_v<T, object>
std::ostream& operator<<(std::ostream& out, const T& value) {
  print_text(out, value);
  return out;
}
// clang-format on

}  // namespace tlcodec
