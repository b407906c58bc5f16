// A small JSON reader for the tests: enough for the corpus files (objects keep their key order,
// numbers keep their text so 64-bit values lose nothing).
#pragma once

#include <cstdint>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace test_support {

struct json {
  enum class kind { null, boolean, number, string, array, object };
  kind type = kind::null;
  bool boolean = false;
  std::string text;  // number text or string value
  std::vector<json> items;
  std::vector<std::string> keys;  // object members: keys[i] names values[i], in file order
  std::vector<json> values;

  const json* find(std::string_view key) const {
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (keys[i] == key) return &values[i];
    return nullptr;
  }
  const json& at(std::string_view key) const {
    if (const json* found = find(key)) return *found;
    throw std::runtime_error("json: no key " + std::string(key));
  }
};

class json_parser {
 public:
  explicit json_parser(std::string_view text) : text_(text) {}

  json parse() {
    json value = parse_value();
    skip_space();
    if (pos_ != text_.size()) fail("trailing characters");
    return value;
  }

 private:
  [[noreturn]] void fail(const char* what) const {
    throw std::runtime_error("json: " + std::string(what) + " at " + std::to_string(pos_));
  }
  void skip_space() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\t'))
      ++pos_;
  }
  char next() {
    if (pos_ >= text_.size()) fail("unexpected end");
    return text_[pos_++];
  }
  void expect(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) fail("unexpected token");
    pos_ += word.size();
  }

  json parse_value() {
    skip_space();
    json value;
    if (pos_ >= text_.size()) fail("unexpected end");
    const char c = text_[pos_];
    if (c == '{') {
      value.type = json::kind::object;
      ++pos_;
      skip_space();
      if (text_[pos_] == '}') return ++pos_, value;
      for (;;) {
        skip_space();
        std::string key = parse_string();
        skip_space();
        if (next() != ':') fail("expected ':'");
        value.keys.push_back(std::move(key));
        value.values.push_back(parse_value());
        skip_space();
        const char sep = next();
        if (sep == '}') break;
        if (sep != ',') fail("expected ',' or '}'");
      }
    } else if (c == '[') {
      value.type = json::kind::array;
      ++pos_;
      skip_space();
      if (text_[pos_] == ']') return ++pos_, value;
      for (;;) {
        value.items.push_back(parse_value());
        skip_space();
        const char sep = next();
        if (sep == ']') break;
        if (sep != ',') fail("expected ',' or ']'");
      }
    } else if (c == '"') {
      value.type = json::kind::string;
      value.text = parse_string();
    } else if (c == 't') {
      expect("true");
      value.type = json::kind::boolean;
      value.boolean = true;
    } else if (c == 'f') {
      expect("false");
      value.type = json::kind::boolean;
    } else if (c == 'n') {
      expect("null");
    } else {
      value.type = json::kind::number;
      const std::size_t start = pos_;
      while (pos_ < text_.size() && std::string_view("+-0123456789.eE").find(text_[pos_]) != std::string_view::npos)
        ++pos_;
      if (start == pos_) fail("unexpected character");
      value.text = std::string(text_.substr(start, pos_ - start));
    }
    return value;
  }

  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xc0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xe0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
      out += static_cast<char>(0xf0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    }
  }
  std::uint32_t parse_hex4() {
    if (pos_ + 4 > text_.size()) fail("short \\u escape");
    const std::uint32_t cp = static_cast<std::uint32_t>(std::stoul(std::string(text_.substr(pos_, 4)), nullptr, 16));
    pos_ += 4;
    return cp;
  }
  std::string parse_string() {
    if (next() != '"') fail("expected string");
    std::string out;
    for (;;) {
      const char c = next();
      if (c == '"') return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      const char e = next();
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          std::uint32_t cp = parse_hex4();
          if (cp >= 0xd800 && cp < 0xdc00) {
            expect("\\u");
            cp = 0x10000 + ((cp - 0xd800) << 10) + (parse_hex4() - 0xdc00);
          }
          append_utf8(out, cp);
          break;
        }
        default: fail("bad escape");
      }
    }
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline json read_json(const std::string& path) { return json_parser(read_file(path)).parse(); }

}  // namespace test_support
