// One half of the ODR test (see odr.hpp): an answer to phone.confirmCall, gzip_packed in an rpc_result.
#include "odr.hpp"

namespace odr_test {

namespace {
tlcodec::api::phone::PhoneCall arbitrary_answer(std::uint64_t seed) {
  tlcodec::testing::random_source random(seed);
  return tlcodec::testing::arbitrary<tlcodec::api::phone::PhoneCall>(random);
}
}  // namespace

std::vector<std::byte> encode_in_a(std::uint64_t seed) {
  const auto answer = tlcodec::encode(arbitrary_answer(seed));
  const tlcodec::mtproto::gzip_packed packed{.packed_data = tlcodec::bytes(tlcodec::gzip(*answer))};
  return *tlcodec::encode(tlcodec::mtproto::rpc_result{.req_msg_id = 5, .result = tlcodec::make_object(packed)});
}

std::string text_in_a(std::uint64_t seed) { return tlcodec::to_text(arbitrary_answer(seed)); }

}  // namespace odr_test
