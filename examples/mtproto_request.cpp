// A client's first MTProto request: help.getNearestDc wrapped in invokeWithLayer +
// initConnection, encoded; then two answers the server may send for it, decoded by the type of
// the function that was called: an rpc_result carrying its NearestDc, and one carrying an
// rpc_error. (Encryption, message ids and transport belong to the MTProto stack: this is the
// payload it carries.)
#include <cstdint>
#include <cstdio>
#include <variant>
#include <vector>

#include <tlcodec/api/help.hpp>
#include <tlcodec/api/root.hpp>
#include <tlcodec/format_error.hpp>
#include <tlcodec/mtproto/all.hpp>
#include <tlcodec/object_type.hpp>
#include <tlcodec/rpc_error.hpp>
#include <tlcodec/service/rpc_answer.hpp>
#include <tlcodec/text.hpp>

namespace api = tlcodec::api;
namespace mtproto = tlcodec::mtproto;

// The request's type says what answers it: its result_type is help.getNearestDc's, NearestDc.
using first_request = api::invokeWithLayer<api::initConnection<api::help::getNearestDc>>;

// Decodes one answer to first_request and prints it.
static int print_answer(const std::vector<std::byte>& payload) {
  const auto answer = tlcodec::decode_rpc_answer<first_request>(payload);
  if (!answer) return std::fprintf(stderr, "%s", tlcodec::format_error(answer.error(), payload).c_str()), 1;
  std::printf("answer to message %lld: ", static_cast<long long>(answer->req_msg_id));
  if (const auto* dc = std::get_if<api::NearestDc>(&answer->outcome)) {
    std::printf("%s\n", tlcodec::to_text(*dc).c_str());
  } else {
    const auto& error = std::get<mtproto::rpc_error>(answer->outcome);
    const auto parts = tlcodec::split_rpc_error(error.error_message);
    std::printf("error %d %s, retry in %lld s\n", error.error_code, parts.name.c_str(),
                static_cast<long long>(parts.number.value_or(0)));
  }
  return 0;
}

int main() {
  const first_request request{
      .layer = 223,
      .query = {.api_id = 12345,
                .device_model = "Desktop",
                .system_version = "Debian 12",
                .app_version = "0.1.0",
                .system_lang_code = "en",
                .lang_pack = "",
                .lang_code = "en",
                .query = api::help::getNearestDc{}},
  };
  const auto encoded = tlcodec::encode(request);
  if (!encoded) return std::fprintf(stderr, "encode failed: %s\n", tlcodec::describe(encoded.error().code)), 1;
  std::printf("request, %zu bytes:\n%s\n", encoded->size(), tlcodec::to_text(request).c_str());

  // What the server's decrypted payloads would hold: rpc_result for the message that carried
  // the request, its result an Object.
  const std::int64_t msg_id = 0x5f3c2a1b00000004;
  const auto result = tlcodec::encode(mtproto::rpc_result{
      .req_msg_id = msg_id,
      .result = tlcodec::make_object(api::nearestDc{.country = "NL", .this_dc = 2, .nearest_dc = 4})});
  const auto error = tlcodec::encode(mtproto::rpc_result{
      .req_msg_id = msg_id,
      .result = tlcodec::make_object(mtproto::rpc_error{.error_code = 420, .error_message = "FLOOD_WAIT_30"})});
  if (!result || !error) return 1;
  return print_answer(*result) + print_answer(*error);
}
