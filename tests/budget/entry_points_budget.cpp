// Every public entry point that encodes or decodes phone.phoneCall, in one user translation
// unit with the compiled codec library: encode (into a std::vector and an
// uninitialized_buffer), encode_into, encode_to a span, encoded_size, decode and decode_into.
// All of them call the library's compiled instances, so the TU stays within the phone budget
// (tests/budget/meson.build); encode_to a span once compiled the whole walk again (8 s).
#include <cstdio>
#include <vector>

#include <tlcodec/api/phone.hpp>

int main(int argc, char** argv) {
  tlcodec::api::phone::phoneCall call;
  call.users.resize(static_cast<std::size_t>(argc));
  const auto bytes = tlcodec::encode(call);
  const auto fresh = tlcodec::encode<tlcodec::uninitialized_buffer>(call);
  std::vector<std::byte> reused;
  const auto into = tlcodec::encode_into(reused, call);
  std::vector<std::byte> room(tlcodec::encoded_size(call));
  const auto to_span = tlcodec::encode_to(std::span<std::byte>(room), call);
  const auto back = tlcodec::decode<tlcodec::api::phone::phoneCall>(*bytes);
  tlcodec::api::phone::phoneCall again;
  const auto again_error = tlcodec::decode_into(reused, again);
  const bool ok = fresh && !into && to_span && back && *back == call && !again_error && again == call;
  std::printf("%s: %zu bytes, %s\n", argv[0], bytes->size(), ok ? "ok" : "failed");
}
