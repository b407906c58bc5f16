// Fuzz target: any bytes as one Object through the default registry, strict and lenient, and
// as a decrypted MTProto message (header, then a body that may be a container, an rpc_result,
// gzip_packed...). Never a crash; accepted strict input re-encodes byte for byte; the text form
// of anything accepted can be printed.
#include <cstdint>
#include <vector>

#include <tlcodec/decode.hpp>
#include <tlcodec/encode.hpp>
#include <tlcodec/object_type.hpp>
#include <tlcodec/registry.hpp>
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
  if (strict) fuzz::require(std::equal(encoded->begin(), encoded->end(), input.begin(), input.end()), "byte-exact re-encode");
}

// salt, session_id, msg_id, seq_no, then length and body (padding after it is not TL).
void as_message(std::span<const std::byte> input) {
  if (input.size() < 28) return;
  tlcodec::decode_options options;
  options.registry = &tlcodec::default_registry();
  options.max_unpacked_size = 1 << 20;
  tlcodec::span_reader in(input, options);
  in.take(28);
  tlcodec::object body;
  tlcodec::detail::read_length_prefixed(in, body);
  if (in.failed()) return;
  (void)tlcodec::to_text(body);
  fuzz::require(body.encoded_size() == tlcodec::encode(body)->size(), "a body's size is its encoding's");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto input = fuzz::as_bytes(data, size);
  as_object(input, true);
  as_object(input, false);
  as_message(input);
  return 0;
}
