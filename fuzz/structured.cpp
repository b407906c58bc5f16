// Fuzz target: the input seeds arbitrary<T> (the first byte picks T, the next bytes the seed and
// the size bounds); the laws must hold: encode succeeds, encoded_size agrees, decode gives the
// value back, and its encoding is the same bytes.
#include <cstdint>
#include <cstring>

#include <tlcodec/api/phone.hpp>
#include <tlcodec/api/root.hpp>
#include <tlcodec/decode.hpp>
#include <tlcodec/encode.hpp>
#include <tlcodec/mtproto/all.hpp>
#include <tlcodec/testing/arbitrary.hpp>

#include "fuzz_check.hpp"

namespace {

template <class T>
void check_laws(tlcodec::testing::random_source& random, const tlcodec::testing::arbitrary_options& options) {
  const T value = tlcodec::testing::arbitrary<T>(random, options);
  const auto encoded = tlcodec::encode(value);
  fuzz::require(encoded.has_value(), "an arbitrary value encodes");
  fuzz::require(tlcodec::encoded_size(value) == encoded->size(), "encoded_size is the encoding's size");
  const auto decoded = tlcodec::decode<T>(*encoded);
  fuzz::require(decoded.has_value(), "an encoded value decodes");
  fuzz::require(*decoded == value, "decode(encode(x)) == x");
  const auto encoded_again = tlcodec::encode(*decoded);
  fuzz::require(encoded_again.has_value() && *encoded_again == *encoded, "re-encoding is byte-identical");
}

using check_fn = void (*)(tlcodec::testing::random_source&, const tlcodec::testing::arbitrary_options&);
namespace api = tlcodec::api;
constexpr check_fn targets[] = {
    &check_laws<api::phone::PhoneCall>,
    &check_laws<api::phone::confirmCall>,
    &check_laws<api::PageBlock>,
    &check_laws<api::RichText>,
    &check_laws<api::JSONValue>,
    &check_laws<api::InputPeer>,
    &check_laws<api::codeSettings>,
    &check_laws<tlcodec::mtproto::future_salts>,
    &check_laws<tlcodec::mtproto::Server_DH_Params>,
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 12) return 0;
  std::uint64_t seed;
  std::memcpy(&seed, data + 1, sizeof seed);
  tlcodec::testing::random_source random(seed);
  tlcodec::testing::arbitrary_options options;
  options.max_depth = data[9] % 8;
  options.max_vector_size = data[10] % 5;
  options.max_string_size = data[11] % 300;  // past 253: the 4-byte length prefix
  options.optional_fields = static_cast<tlcodec::testing::presence>(data[0] / 16 % 3);
  targets[data[0] % std::size(targets)](random, options);
  return 0;
}
