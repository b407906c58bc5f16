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
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

#include <tlcodec/detail/traits.hpp>
#include <tlcodec/object.hpp>

namespace tlcodec {

namespace detail {

class text_writer;

// The text of one constructor. An ordinary (non-inline) function template, so that the
// registry library can compile it once per constructor and every other use calls that instance
// (detail/instances.hpp, TLCODEC_CONSTRUCTOR_TEXT).
template <class T>
void write_text(text_writer& out, const T& constructor);

class text_writer {
 public:
  // depth: the indentation level the value starts at (a value nested in another one's text).
  explicit text_writer(std::string& out, std::size_t depth = 0) : out_(out), depth_(depth) {}

  template <class T>
  void value(const T& v) {
    if constexpr (std::is_same_v<T, std::int32_t> || std::is_same_v<T, std::int64_t>) {
      out_ += std::to_string(v);
    } else if constexpr (std::is_same_v<T, double>) {
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%.17g", v);
      out_ += buffer;
    } else if constexpr (std::is_same_v<T, bool>) {
      out_ += v ? "true" : "false";
    } else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view>) {
      quoted(v);
    } else if constexpr (std::is_same_v<T, bytes> || std::is_same_v<T, bytes_view>) {
      hex_bytes(v.data(), v.size());
    } else if constexpr (is_wide_int<T>::value) {
      hex(v.bytes.data(), v.bytes.size());
    } else if constexpr (std::is_same_v<T, object>) {
      object_value(v);
    } else if constexpr (is_vector<T>::value || is_scalars_view<T>::value) {
      if (v.empty()) {
        out_ += "[]";
        return;
      }
      out_ += "[\n";
      ++depth_;
      for (const typename T::value_type& item : v) {
        indent();
        value(item);
        out_ += '\n';
      }
      --depth_;
      indent();
      out_ += ']';
    } else if constexpr (is_box<T>::value) {
      value(*v);
    } else if constexpr (tl_boxed<T>) {
      v.visit([&](const auto& alternative) { value(alternative); });
    } else if constexpr (tl_constructor<T>) {
      write_text(*this, v);
    } else {
      static_assert(dependent_false<T>, "this C++ type has no TL text form");
    }
  }

 // For write_text: the name, then each field on its own line.
  template <class T>
  void constructor(const T& object) {
    out_ += T::tl_name;
    out_ += " {";
    const std::size_t opened = out_.size();
    ++depth_;
    std::size_t index = 0;
    T::each_field(object, [&]<class F, class Form>(const F& field, Form) {
      const std::string_view name = T::tl_field_names[index++];
      using ft = form_traits<Form>;
      if constexpr (ft::is_flags) {
        // Only the bits no field explains are shown: the rest is in the fields themselves.
        if (field.bits != 0) {
          char bits[32];
          std::snprintf(bits, sizeof bits, "reserved bits 0x%08x", static_cast<unsigned>(field.bits));
          line(name, [&] { out_ += bits; });
        }
      } else if constexpr (ft::is_when && std::is_same_v<F, bool>) {
        if (field) line(name, [&] { out_ += "true"; });
      } else if constexpr (ft::is_when) {
        if (field) line(name, [&] { value(*field); });
      } else {
        line(name, [&] { value(field); });
      }
    });
    --depth_;
    if (out_.size() != opened) {  // fields were written, each on its own line
      out_ += '\n';
      indent();
    }
    out_ += '}';
  }

 private:
  // A typed Object prints as its value; an opaque one as its id and the bytes after it; a
  // gzip_packed one as its packed bytes and what they unpack to.
  void object_value(const object& v) {
    if (const object_type* type = v.type()) return type->text(v.value_address(), out_, depth_);
    if (!v.has_value()) {
      out_ += "(empty)";
    } else if (v.is_gzip()) {
      out_ += "gzip_packed {";
      ++depth_;
      line("packed_data", [&] { hex_bytes(v.packed_data().data(), v.packed_data().size()); });
      line("unpacked", [&] { object_value(v.unpacked()); });
      --depth_;
      out_ += '\n';
      indent();
      out_ += '}';
    } else {
      char id[24];
      std::snprintf(id, sizeof id, "opaque#%08x ", static_cast<unsigned>(v.constructor_id()));
      out_ += id;
      const auto body = v.raw().subspan(std::min<std::size_t>(4, v.raw().size()));  // after the id
      hex_bytes(body.data(), body.size());
    }
  }

  template <class Body>
  void line(std::string_view name, Body&& body) {
    out_ += '\n';
    indent();
    out_ += name;
    out_ += ": ";
    body();
  }

  void indent() { out_.append(2 * depth_, ' '); }

  void quoted(std::string_view text) {
    out_ += '"';
    for (char ch : text) {
      const auto c = static_cast<unsigned char>(ch);
      switch (ch) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default:
          if (c < 0x20 || c == 0x7f) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02x", c);
            out_ += escaped;
          } else {
            out_ += ch;  // UTF-8 stays as it is
          }
      }
    }
    out_ += '"';
  }

  void hex(const std::byte* data, std::size_t size) {
    static constexpr char digits[] = "0123456789abcdef";
    for (std::size_t i = 0; i < size; ++i) {
      out_ += digits[std::to_integer<unsigned>(data[i]) >> 4];
      out_ += digits[std::to_integer<unsigned>(data[i]) & 15];
    }
  }

  // bytes[N] and the hex; past 32 bytes, the first and last 16 around an ellipsis.
  void hex_bytes(const std::byte* data, std::size_t size) {
    out_ += "bytes[" + std::to_string(size) + "]";
    if (size == 0) return;
    out_ += ' ';
    if (size <= 32) return hex(data, size);
    hex(data, 16);
    out_ += "\xe2\x80\xa6";  // …
    hex(data + size - 16, 16);
  }

  std::string& out_;
  std::size_t depth_ = 0;
};

template <class T>
void write_text(text_writer& out, const T& constructor) {
  out.constructor(constructor);
}

}  // namespace detail

// The text form of a TL value (a constructor, a boxed value, a vector, a scalar).
template <class T>
std::string to_text(const T& value) {
  std::string out;
  detail::text_writer(out).value(value);
  return out;
}

// Stream output of generated types and Objects in their text form (found through the storage
// policy, a tlcodec type, by argument-dependent lookup).
template <class T>
  requires detail::tl_constructor<T> || detail::tl_boxed<T> || std::is_same_v<T, object>
std::ostream& operator<<(std::ostream& out, const T& value) {
  return out << to_text(value);
}

}  // namespace tlcodec
