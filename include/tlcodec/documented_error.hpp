// tlcodec/documented_error.hpp: an RPC error a method is documented to return (schema/errors.tsv).
#pragma once

#include <cstdint>
#include <string_view>

namespace tlcodec {

// Generated functions list theirs as `static constexpr std::array<documented_error, N> tl_errors`,
// e.g. phone::confirmCall: {400, "CALL_ALREADY_DECLINED"}, {400, "CALL_PEER_INVALID"}.
struct documented_error {
  std::int32_t code;
  std::string_view name;  // may hold a placeholder such as FLOOD_PREMIUM_WAIT_%d
  friend constexpr bool operator==(const documented_error&, const documented_error&) = default;
};

}  // namespace tlcodec
