// The other half of the ODR test (see odr.hpp): decoding.
#include "odr.hpp"

namespace odr_test {

std::string text_in_b(const std::vector<std::byte>& bytes) {
  const auto answer = tlcodec::decode_rpc_answer<tlcodec::api::phone::confirmCall>(bytes);
  if (!answer) return tlcodec::format_error(answer.error(), bytes);
  if (answer->req_msg_id != 5) return "wrong req_msg_id";
  const auto* call = std::get_if<tlcodec::api::phone::PhoneCall>(&answer->outcome);
  return call ? tlcodec::to_text(*call) : "an rpc_error";
}

}  // namespace odr_test
