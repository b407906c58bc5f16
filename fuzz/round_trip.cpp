// Fuzz target: the first byte picks a type, the rest is decoded as it (strict). Accepted input
// re-encodes byte for byte, encoded_size agrees, and decoding the re-encoding gives the same
// value again; in arena mode (arena_of<T>) the decode ends the same. The types are those whose
// decoders recurse or branch the most.
#include <algorithm>
#include <cstdint>

#include <tlcodec/api/help.hpp>
#include <tlcodec/api/messages.hpp>
#include <tlcodec/api/phone.hpp>
#include <tlcodec/api/root.hpp>
#include <tlcodec/decode.hpp>
#include <tlcodec/encode.hpp>
#include <tlcodec/mtproto/all.hpp>

#include "fuzz_check.hpp"

namespace {

template <class T>
void round_trip(std::span<const std::byte> input) {
  const auto decoded = tlcodec::decode<T>(input);
  {
    // In arena mode the same bytes give the same outcome.
    tlcodec::arena memory;
    const auto in_arena = tlcodec::decode<tlcodec::arena_of<T>>(input, memory);
    fuzz::require(in_arena.error() == decoded.error(), "an arena decode ends as an owning one");
    if (in_arena) {
      const auto encoded = tlcodec::encode(*in_arena);
      fuzz::require(encoded && std::equal(encoded->begin(), encoded->end(), input.begin(), input.end()),
                    "an arena value re-encodes byte for byte");
    }
  }
  if (!decoded) {
    fuzz::require(decoded.error().offset <= input.size(), "an error offset inside the input");
    return;
  }
  const auto encoded = tlcodec::encode(*decoded);
  fuzz::require(encoded.has_value(), "a decoded value encodes");
  fuzz::require(std::equal(encoded->begin(), encoded->end(), input.begin(), input.end()), "byte-exact re-encode");
  fuzz::require(tlcodec::encoded_size(*decoded) == input.size(), "encoded_size is the input size");
  // Decoding the re-encoding gives the same value, compared by its bytes: a double read as NaN
  // (any exponent-all-ones payload) is not equal to itself, yet it round-trips exactly.
  const auto again = tlcodec::decode<T>(*encoded);
  fuzz::require(again.has_value(), "encode(x) decodes");
  const auto encoded_again = tlcodec::encode(*again);
  fuzz::require(encoded_again.has_value() && *encoded_again == *encoded, "decode(encode(x)) encodes the same");
}

using round_trip_fn = void (*)(std::span<const std::byte>);
namespace api = tlcodec::api;
constexpr round_trip_fn targets[] = {
    &round_trip<api::phone::PhoneCall>,
    &round_trip<api::phone::confirmCall>,
    &round_trip<api::PageBlock>,
    &round_trip<api::RichText>,
    &round_trip<api::messages::Messages>,
    &round_trip<api::Updates>,
    &round_trip<api::JSONValue>,
    &round_trip<api::InputMedia>,
    &round_trip<api::help::getConfig>,
    &round_trip<tlcodec::mtproto::msg_container>,
    &round_trip<tlcodec::mtproto::rpc_result>,
    &round_trip<tlcodec::mtproto::future_salts>,
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  targets[data[0] % std::size(targets)](fuzz::as_bytes(data + 1, size - 1));
  return 0;
}
