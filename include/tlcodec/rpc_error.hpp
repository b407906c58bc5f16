// tlcodec/rpc_error.hpp: the message of an rpc_error split into its name and number (checked
// against a function's documented errors by is_documented_error, in documented_error.hpp).
#pragma once

#include <cctype>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tlcodec {

struct rpc_error_name {
  std::string name;                    // FLOOD_WAIT (the message without its number)
  std::optional<std::int64_t> number;  // 5
  std::string pattern;                 // FLOOD_WAIT_%d: the number as schema/errors.tsv writes it
};

// "FLOOD_WAIT_5" → {FLOOD_WAIT, 5, FLOOD_WAIT_%d}; "FILE_REFERENCE_2_EXPIRED" →
// {FILE_REFERENCE_EXPIRED, 2, FILE_REFERENCE_%d_EXPIRED}; "..._WAIT_5MIN" → {..._WAIT_MIN, 5,
// ..._WAIT_%dMIN}; "CALL_PEER_INVALID" and "2FA_CONFIRM_WAIT" (digits in the first word are
// part of the name) have no number. The number is the last '_'-separated word after the first
// that starts with digits.
inline rpc_error_name split_rpc_error(std::string_view message) {
  std::size_t number_begin = std::string_view::npos, number_end = 0;
  for (std::size_t word = message.find('_'); word != std::string_view::npos; word = message.find('_', word + 1)) {
    std::size_t digits = word + 1;
    while (digits < message.size() && std::isdigit(static_cast<unsigned char>(message[digits]))) ++digits;
    if (digits > word + 1) number_begin = word + 1, number_end = digits;
  }
  rpc_error_name out{std::string(message), std::nullopt, std::string(message)};
  if (number_begin == std::string_view::npos) return out;
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(message.data() + number_begin, message.data() + number_end, value);
  if (ec != std::errc{} || end != message.data() + number_end) return out;  // too large: keep whole
  out.number = value;
  const std::string_view before = message.substr(0, number_begin);  // ends with '_'
  const std::string_view after = message.substr(number_end);
  if (after.empty())  // FLOOD_WAIT_5: drop the word and its separator
    out.name = std::string(before.substr(0, before.size() - 1));
  else if (after.front() == '_')  // FILE_REFERENCE_2_EXPIRED: drop the word and one separator
    out.name = std::string(before) + std::string(after.substr(1));
  else  // ..._WAIT_5MIN: the unit stays
    out.name = std::string(before) + std::string(after);
  out.pattern = std::string(before) + "%d" + std::string(after);
  return out;
}

}  // namespace tlcodec
