// tlcodec/documented_error.hpp: an RPC error a method is documented to return (schema/errors.tsv),
// and whether an rpc_error received is one of them.
#pragma once

#include <cstdint>
#include <string_view>

#include <tlcodec/rpc_error.hpp>

namespace tlcodec {

// Generated functions list theirs as `static constexpr std::array<documented_error, N> tl_errors`,
// e.g. phone::confirmCall: {400, "CALL_ALREADY_DECLINED"}, {400, "CALL_PEER_INVALID"}.
struct documented_error {
  std::int32_t code;
  std::string_view name;  // may hold a placeholder such as FLOOD_PREMIUM_WAIT_%d
  friend constexpr bool operator==(const documented_error&, const documented_error&) = default;
};

// Whether Function (a generated function struct) is documented to return this error: its code
// and message are one of Function::tl_errors, the number in the message matching a %d there.
template <class Function>
bool is_documented_error(std::int32_t code, std::string_view message) {
  const rpc_error_name split = split_rpc_error(message);
  for (const auto& documented : Function::tl_errors)
    if (documented.code == code && (documented.name == message || (split.number && documented.name == split.pattern)))
      return true;
  return false;
}

}  // namespace tlcodec
