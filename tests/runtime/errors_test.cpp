// Errors as values: the std::error_code category, describe(), result<T>, and format_error's
// rendering of an error against its input.
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <vector>

#include <tlcodec/tlcodec.hpp>

#include "error_printing.hpp"
#include "hex.hpp"
#include "seed_schema.hpp"

using tlcodec::errc;

namespace {

constexpr errc last_errc = errc::out_of_memory;  // the last one (error.hpp)

std::vector<errc> every_errc() {
  std::vector<errc> out;
  for (int i = 0; i <= static_cast<int>(last_errc); ++i) out.push_back(static_cast<errc>(i));
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Column of each whitespace-separated token of a line.
std::vector<std::size_t> token_columns(const std::string& line) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < line.size(); ++i)
    if (line[i] != ' ' && (i == 0 || line[i - 1] == ' ')) out.push_back(i);
  return out;
}

// In format_error's output, the hex row that starts with the address `row` (8 hex digits) and
// the line right after it.
struct rendered_row {
  std::string hex;
  std::string below;
};
rendered_row find_row(const std::string& text, std::size_t row) {
  char address[16];
  std::snprintf(address, sizeof address, "%08zx", row);
  const auto lines = lines_of(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto tokens = token_columns(lines[i]);
    if (!tokens.empty() && lines[i].compare(tokens[0], 8, address) == 0)
      return {lines[i], i + 1 < lines.size() ? lines[i + 1] : ""};
  }
  return {};
}

// The caret line marks the two hex digits of byte `column` of its row.
void check_caret_under(const rendered_row& row, std::size_t column) {
  INFO("row:   '" << row.hex << "'\ncaret: '" << row.below << "'");
  const auto tokens = token_columns(row.hex);
  REQUIRE(tokens.size() > column + 1);  // the address, then the bytes
  const std::size_t first_digit = tokens[column + 1];
  CHECK(row.below == std::string(first_digit, ' ') + "^^");
}

}  // namespace

// ---- std::error_code ----

TEST_CASE("errc is an error_code enum of the \"tlcodec\" category", "[errors]") {
  STATIC_REQUIRE(std::is_error_code_enum_v<errc>);
  const std::error_code code = errc::truncated;  // implicit, through make_error_code
  CHECK(code.category() == tlcodec::error_category());
  CHECK(std::string(tlcodec::error_category().name()) == "tlcodec");
  CHECK(code.value() == static_cast<int>(errc::truncated));
  CHECK(code.message() == "truncated input");
  CHECK(code == tlcodec::make_error_code(errc::truncated));
  CHECK(code != tlcodec::make_error_code(errc::trailing_bytes));
  CHECK(code != std::make_error_code(std::errc::invalid_argument));
  CHECK(&tlcodec::error_category() == &tlcodec::error_category());
  const std::error_code ok = errc::ok;
  CHECK(ok.value() == 0);
  CHECK_FALSE(ok);  // errc::ok is "no error"
}

TEST_CASE("each errc has its own message, the one describe() gives", "[errors]") {
  std::set<std::string> seen;
  for (errc code : every_errc()) {
    const std::string message = tlcodec::make_error_code(code).message();
    INFO("errc " << static_cast<int>(code) << ": " << message);
    CHECK(message == tlcodec::describe(code));
    CHECK_FALSE(message.empty());
    CHECK(message != "unknown tlcodec error");
    CHECK(seen.insert(message).second);
  }
  CHECK(seen.size() == static_cast<std::size_t>(last_errc) + 1);
  // A value past the last errc is still described, not undefined.
  CHECK(std::string(tlcodec::describe(static_cast<errc>(200))) == "unknown tlcodec error");
  CHECK(tlcodec::error_category().message(200) == "unknown tlcodec error");
}

TEST_CASE("describe() is usable in constant expressions", "[errors]") {
  STATIC_REQUIRE(tlcodec::describe(errc::ok)[0] == 'o');
  STATIC_REQUIRE(std::string_view(tlcodec::describe(errc::depth_exceeded)) == "nesting deeper than the depth limit");
}

TEST_CASE("error: false when ok, compared field by field", "[errors]") {
  constexpr tlcodec::error none{};
  STATIC_REQUIRE_FALSE(static_cast<bool>(none));
  STATIC_REQUIRE(static_cast<bool>(tlcodec::error{errc::truncated, 0, 0}));
  STATIC_REQUIRE(tlcodec::error{errc::truncated, 4, 1} == tlcodec::error{errc::truncated, 4, 1});
  STATIC_REQUIRE(tlcodec::error{errc::truncated, 4, 1} != tlcodec::error{errc::truncated, 5, 1});
  STATIC_REQUIRE(tlcodec::error{errc::truncated, 4, 1} != tlcodec::error{errc::truncated, 4, 2});
}

// ---- result<T> ----

TEST_CASE("result<T>: a value", "[errors][result]") {
  tlcodec::result<std::string> r = std::string("abc");
  CHECK(r.has_value());
  CHECK(static_cast<bool>(r));
  CHECK(r.error() == tlcodec::error{});
  CHECK(*r == "abc");
  CHECK(r->size() == 3);
  CHECK(r.value() == "abc");
  r->push_back('d');
  CHECK(r.value() == "abcd");
  const tlcodec::result<std::string>& view = r;
  CHECK(view->size() == 4);
  CHECK(*view == "abcd");
  const std::string taken = std::move(r).value();
  CHECK(taken == "abcd");
  STATIC_REQUIRE_FALSE(std::is_convertible_v<tlcodec::result<int>, bool>);  // explicit operator bool
}

TEST_CASE("result<T>: an error; value() throws std::system_error with its code", "[errors][result]") {
  const tlcodec::result<std::string> r = tlcodec::error{errc::invalid_count, 12, 0x7e6260d7};
  CHECK_FALSE(r.has_value());
  CHECK_FALSE(static_cast<bool>(r));
  CHECK(r.error() == tlcodec::error{errc::invalid_count, 12, 0x7e6260d7});
  CHECK_THROWS_AS(r.value(), std::system_error);
  try {
    (void)r.value();
    FAIL("value() did not throw");
  } catch (const std::system_error& e) {
    CHECK(e.code() == tlcodec::make_error_code(errc::invalid_count));
    CHECK(std::string(e.what()).find(tlcodec::describe(errc::invalid_count)) != std::string::npos);
  }
  tlcodec::result<std::string> movable = tlcodec::error{errc::truncated, 0, 0};
  CHECK_THROWS_AS(std::move(movable).value(), std::system_error);
}

// Whether value_or(nullptr) compiles on a const lvalue R (it copies the value out).
template <class R>
concept value_or_on_lvalue = requires(const R& r) {
  r.value_or(nullptr);
};

TEST_CASE("result<T>: value_or gives the value, or the fallback when there is an error", "[errors][result]") {
  const tlcodec::result<std::string> good = std::string("abc");
  const tlcodec::result<std::string> bad = tlcodec::error{errc::truncated, 3, 0};
  // On an lvalue: a copy of the value, the value left in place.
  CHECK(good.value_or("fallback") == "abc");
  CHECK(*good == "abc");
  CHECK(bad.value_or("fallback") == "fallback");
  std::string fallback(40, 'f');
  CHECK(bad.value_or(std::move(fallback)) == std::string(40, 'f'));
  CHECK(bad.value_or({}).empty());
  STATIC_REQUIRE(std::is_same_v<decltype(good.value_or("x")), std::string>);

  // On an rvalue: the value moved out.
  tlcodec::result<std::string> movable = std::string(40, 'v');
  const std::string taken = std::move(movable).value_or("fallback");
  CHECK(taken == std::string(40, 'v'));
  CHECK(tlcodec::result<std::string>(tlcodec::error{errc::truncated, 0, 0}).value_or("fallback") == "fallback");

  // A move-only T: value_or only on an rvalue.
  tlcodec::result<std::unique_ptr<int>> owner = std::make_unique<int>(7);
  const std::unique_ptr<int> kept = std::move(owner).value_or(nullptr);
  REQUIRE(kept != nullptr);
  CHECK(*kept == 7);
  CHECK(tlcodec::result<std::unique_ptr<int>>(tlcodec::error{errc::truncated, 0, 0}).value_or(nullptr) == nullptr);
  STATIC_REQUIRE_FALSE(value_or_on_lvalue<tlcodec::result<std::unique_ptr<int>>>);
  STATIC_REQUIRE(value_or_on_lvalue<tlcodec::result<std::shared_ptr<int>>>);

  // What decode returns.
  CHECK(tlcodec::decode<std::int32_t>(test_support::from_hex("05 00 00 00")).value_or(-1) == 5);
  CHECK(tlcodec::decode<std::int32_t>(test_support::from_hex("05 00")).value_or(-1) == -1);
}

TEST_CASE("result<T> from decode and encode", "[errors][result]") {
  const auto good = tlcodec::decode<std::int32_t>(test_support::from_hex("05 00 00 00"));
  REQUIRE(good.has_value());
  CHECK(good.value() == 5);
  const auto bad = tlcodec::decode<std::int32_t>(test_support::from_hex("05 00"));
  CHECK(bad.error() == tlcodec::error{errc::truncated, 0, 0});
  CHECK_THROWS_AS(bad.value(), std::system_error);
  const auto encoded = tlcodec::encode(seed::codeSettings{.token = "t"});
  CHECK_THROWS_AS(encoded.value(), std::system_error);
}

// ---- format_error ----

TEST_CASE("format_error: description, offset, constructor id in hex, the hex row, a caret under the byte",
          "[errors][format]") {
  const auto input = test_support::from_hex("22 17 fe 2e 01 02 03 04");
  const tlcodec::error err{errc::unexpected_constructor, 4, 0x2efe1722};
  const std::string text = tlcodec::format_error(err, input);
  INFO(text);
  CHECK(lines_of(text).at(0) ==
        "unexpected constructor id (errc::unexpected_constructor) at offset 4 (in constructor #2efe1722)");
  const rendered_row row = find_row(text, 0);
  CHECK(row.hex.find("22 17 fe 2e 01 02 03 04") != std::string::npos);
  check_caret_under(row, 4);
}

TEST_CASE("format_error: no constructor part when the id is 0; small ids keep 8 hex digits", "[errors][format]") {
  const auto input = test_support::from_hex("01 02 03");
  const std::string top = tlcodec::format_error({errc::truncated, 0, 0}, input);
  INFO(top);
  CHECK(top.find("truncated input") != std::string::npos);
  CHECK(top.find("offset 0") != std::string::npos);
  CHECK(top.find("constructor") == std::string::npos);
  check_caret_under(find_row(top, 0), 0);

  const std::string small_id = tlcodec::format_error({errc::truncated, 0, 0x7efe0e}, input);
  CHECK(small_id.find("#007efe0e") != std::string::npos);
}

TEST_CASE("format_error: a later row, with one row of context on each side", "[errors][format]") {
  std::vector<std::byte> input(64);
  for (std::size_t i = 0; i < input.size(); ++i) input[i] = std::byte(i);
  const std::string text = tlcodec::format_error({errc::nonzero_padding, 37, 0x2144ca19}, input);
  INFO(text);
  CHECK(text.find("non-zero padding byte") != std::string::npos);
  CHECK(text.find("offset 37") != std::string::npos);
  CHECK(text.find("#2144ca19") != std::string::npos);
  CHECK(find_row(text, 0x00).hex.empty());  // more than one row before: not shown
  CHECK_FALSE(find_row(text, 0x10).hex.empty());
  CHECK_FALSE(find_row(text, 0x30).hex.empty());
  const rendered_row row = find_row(text, 0x20);
  CHECK(row.hex.find("20 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d 2e 2f") != std::string::npos);
  check_caret_under(row, 37 - 32);
  // Exactly one caret line.
  std::size_t carets = 0;
  for (const auto& line : lines_of(text)) carets += line.find('^') != std::string::npos;
  CHECK(carets == 1);
}

TEST_CASE("format_error: an offset at the end of the input points just past the last byte", "[errors][format]") {
  const auto input = test_support::from_hex("19 ca 44 21 a4 01 00 00");
  const std::string text = tlcodec::format_error({errc::truncated, 8, 0x2144ca19}, input);
  INFO(text);
  CHECK(text.find("offset 8") != std::string::npos);
  const rendered_row row = find_row(text, 0);
  const auto tokens = token_columns(row.hex);
  REQUIRE(tokens.size() == 9);
  const std::size_t step = tokens[2] - tokens[1];
  CHECK(row.below == std::string(tokens.back() + step, ' ') + "^^");

  // At the end of a full row, the caret goes under a row of its own.
  std::vector<std::byte> sixteen(16, std::byte{0xee});
  const std::string full = tlcodec::format_error({errc::truncated, 16, 0}, sixteen);
  INFO(full);
  const rendered_row next = find_row(full, 0x10);
  CHECK_FALSE(next.hex.empty());
  CHECK(next.below.find("^^") != std::string::npos);
}

TEST_CASE("format_error: empty input", "[errors][format]") {
  const std::string text = tlcodec::format_error({errc::truncated, 0, 0}, {});
  INFO(text);
  CHECK(lines_of(text).at(0) == "truncated input (errc::truncated) at offset 0");
  const rendered_row row = find_row(text, 0);
  CHECK_FALSE(row.hex.empty());
  CHECK(row.below.find("^^") != std::string::npos);
}

TEST_CASE("format_error renders what decode reports", "[errors][format]") {
  const auto input = test_support::from_hex("22 17 fe 2e c7 23 c1 9c 00 00 00 00");
  const auto decoded = tlcodec::decode<seed::phone::confirmCall>(input);
  REQUIRE_FALSE(decoded.has_value());
  const std::string text = tlcodec::format_error(decoded.error(), input);
  INFO(text);
  CHECK(lines_of(text).at(0) ==
        "unexpected constructor id (errc::unexpected_constructor) at offset 4 (in constructor #2efe1722)");
  check_caret_under(find_row(text, 0), 4);
}
