// Fuzz target: any bytes as one Object through the default registry, strict and lenient, and
// as an MTProto message, decrypted (header, then a body that may be a container, an rpc_result,
// gzip_packed..., then padding) and unencrypted. Never a crash; accepted strict input re-encodes
// byte for byte; the text form of anything accepted can be printed.
#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

#include <tlcodec/decode.hpp>
#include <tlcodec/encode.hpp>
#include <tlcodec/object_type.hpp>
#include <tlcodec/registry.hpp>
#include <tlcodec/service/message.hpp>
#include <tlcodec/text.hpp>

#include "fuzz_check.hpp"

namespace {

void as_object(std::span<const std::byte> input, bool strict) {
  tlcodec::decode_options options;
  options.registry = &tlcodec::default_registry();
  options.strict = strict;
  options.max_unpacked_size = 1 << 20;
  const auto decoded = tlcodec::decode<tlcodec::object>(input, options);
  if (!decoded) {
    fuzz::require(decoded.error().offset <= input.size(), "an error offset inside the input");
    return;
  }
  (void)tlcodec::to_text(*decoded);
  const auto encoded = tlcodec::encode(*decoded);
  fuzz::require(encoded.has_value(), "a decoded Object encodes");
  if (strict)
    fuzz::require(std::equal(encoded->begin(), encoded->end(), input.begin(), input.end()), "byte-exact re-encode");
}

bool same_bytes(std::span<const std::byte> a, std::span<const std::byte> b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

// A decrypted payload (salt, session_id, msg_id, seq_no, length, body, padding of any length) and
// an unencrypted message (auth_key_id 0, msg_id, length, body).
void as_message(std::span<const std::byte> input) {
  tlcodec::decode_options options;
  options.registry = &tlcodec::default_registry();
  options.max_unpacked_size = 1 << 20;
  const auto message = tlcodec::decode_message(input, options, tlcodec::padding_rule::any);
  if (!message) {
    fuzz::require(message.error().offset <= input.size(), "an error offset inside the input");
  } else {
    (void)tlcodec::to_text(message->body);
    const auto body = tlcodec::encode(message->body);
    fuzz::require(body.has_value() && body->size() == message->body.encoded_size(), "a body's size is its encoding's");
    const auto encoded = tlcodec::encode_message(*message, tlcodec::padding_rule::any);
    fuzz::require(encoded && same_bytes(*encoded, input), "a decoded message re-encodes byte for byte");
  }
  const auto unencrypted = tlcodec::decode_unencrypted_message(input, options);
  if (!unencrypted) {
    fuzz::require(unencrypted.error().offset <= input.size(), "an error offset inside the input");
    return;
  }
  const auto encoded = tlcodec::encode_unencrypted_message(*unencrypted);
  fuzz::require(encoded && same_bytes(*encoded, input), "a decoded unencrypted message re-encodes byte for byte");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto input = fuzz::as_bytes(data, size);
  as_object(input, true);
  as_object(input, false);
  as_message(input);
  return 0;
}
