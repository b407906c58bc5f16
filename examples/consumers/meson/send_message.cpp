// A messages.sendMessage request encoded into a buffer that is reused from one message to the
// next, and decoded back. Header-only: the codecs of the types used compile here.
#include <cstdio>
#include <vector>

#include <tlcodec/api/functions/messages.sendMessage.hpp>
#include <tlcodec/decode.hpp>
#include <tlcodec/encode.hpp>

int main() {
  namespace api = tlcodec::api;
  std::vector<std::byte> buffer;  // its capacity survives from one request to the next
  int failures = 0;
  for (const char* text : {"hello", "a second, longer message"}) {
    api::messages::sendMessage request;
    request.peer = api::inputPeerUser{.user_id = 777000, .access_hash = -4260915325430364741};
    request.message = text;
    request.random_id = 0x1234567890abcdef;
    request.silent = true;
    if (const auto err = tlcodec::encode_into(buffer, request)) {
      std::fprintf(stderr, "encode failed: %s\n", tlcodec::describe(err.code));
      return 1;
    }
    const auto decoded = tlcodec::decode<api::messages::sendMessage>(buffer);
    const bool same = decoded && *decoded == request;
    failures += same ? 0 : 1;
    std::printf("messages.sendMessage \"%s\": %zu bytes, decoded back %s\n", text, buffer.size(),
                same ? "equal" : "DIFFERENT");
  }
  return failures;
}
