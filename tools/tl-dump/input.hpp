// tl-dump's input: hex, base64 or raw bytes, chosen by flag or recognised.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tl_dump {

enum class input_format { detect, hex, base64, raw };

// Hex digits, optionally separated by whitespace, ':' or '|' (as docs/tl-binary.md writes its examples),
// with or without "0x" before each group. Nothing on an odd digit count or another character.
inline std::optional<std::vector<std::byte>> parse_hex(std::string_view text) {
  std::vector<std::byte> out;
  int high = -1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (ch == '0' && i + 1 < text.size() && (text[i + 1] == 'x' || text[i + 1] == 'X') && high < 0) {
      ++i;
      continue;
    }
    int digit;
    if (ch >= '0' && ch <= '9')
      digit = ch - '0';
    else if (ch >= 'a' && ch <= 'f')
      digit = ch - 'a' + 10;
    else if (ch >= 'A' && ch <= 'F')
      digit = ch - 'A' + 10;
    else if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == ':' || ch == '|') {
      if (high >= 0) return std::nullopt;  // a lone digit
      continue;
    } else {
      return std::nullopt;
    }
    if (high < 0) {
      high = digit;
    } else {
      out.push_back(static_cast<std::byte>(high << 4 | digit));
      high = -1;
    }
  }
  if (high >= 0) return std::nullopt;
  return out;
}

// Standard or URL-safe base64, padding optional, whitespace ignored.
inline std::optional<std::vector<std::byte>> parse_base64(std::string_view text) {
  std::vector<std::byte> out;
  unsigned buffer = 0;
  int bits = 0;
  std::size_t padding = 0;
  for (const char ch : text) {
    int value;
    if (ch >= 'A' && ch <= 'Z')
      value = ch - 'A';
    else if (ch >= 'a' && ch <= 'z')
      value = ch - 'a' + 26;
    else if (ch >= '0' && ch <= '9')
      value = ch - '0' + 52;
    else if (ch == '+' || ch == '-')
      value = 62;
    else if (ch == '/' || ch == '_')
      value = 63;
    else if (ch == '=') {
      ++padding;
      continue;
    } else if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')
      continue;
    else
      return std::nullopt;
    if (padding != 0) return std::nullopt;  // data after '='
    buffer = (buffer << 6 | static_cast<unsigned>(value)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<std::byte>(buffer >> bits & 0xff));
    }
  }
  if (bits >= 6 || padding > 2) return std::nullopt;  // a dangling character
  return out;
}

// The bytes of the input, and the form they were read in.
struct input {
  input_format format;                          // hex, base64 or raw: the form read
  bool detected;                                // recognised (not forced by --hex, --base64 or --raw)
  std::optional<std::vector<std::byte>> bytes;  // nullopt: not valid in that form
};

inline std::string_view name_of(input_format format) {
  switch (format) {
    case input_format::hex: return "hex";
    case input_format::base64: return "base64";
    case input_format::raw: return "raw";
    case input_format::detect: break;
  }
  return "detected";
}

// For an error on recognised input, which may not be what its author meant ("hello world" is
// valid base64): the form assumed, and the flags that force the others.
inline std::string detection_note(const input& read) {
  std::string others;
  for (const input_format format : {input_format::hex, input_format::base64, input_format::raw}) {
    if (format == read.format) continue;
    others += others.empty() ? "--" : " or --";
    others += name_of(format);
  }
  return "tl-dump: the input was read as " + std::string(name_of(read.format)) +
         " (recognised, not chosen by a flag); " + others + " reads it as another form\n";
}

// Printable text is hex if it uses only hex digits and separators, else base64 if it parses
// as base64; anything else (or a file with control bytes) is raw binary.
inline input read_input(const std::string& content, input_format format) {
  const auto as_raw = [&] {
    const auto* data = reinterpret_cast<const std::byte*>(content.data());
    return std::vector<std::byte>(data, data + content.size());
  };
  switch (format) {
    case input_format::hex: return {format, false, parse_hex(content)};
    case input_format::base64: return {format, false, parse_base64(content)};
    case input_format::raw: return {format, false, as_raw()};
    case input_format::detect: break;
  }
  for (const char ch : content) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x7f || (c < 0x20 && ch != '\n' && ch != '\r' && ch != '\t')) return {input_format::raw, true, as_raw()};
  }
  // Text of hex digits and separators only is hex, even when it is not valid hex (an odd
  // digit count): reading it as base64 would decode bytes that are not in it.
  const bool hex_alphabet = content.find_first_not_of("0123456789abcdefABCDEFxX \t\r\n:|") == std::string::npos;
  if (hex_alphabet) return {input_format::hex, true, parse_hex(content)};
  if (auto base64 = parse_base64(content)) return {input_format::base64, true, std::move(base64)};
  return {input_format::raw, true, as_raw()};
}

}  // namespace tl_dump
