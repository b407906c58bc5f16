// phone.confirmCall encoded and decoded by the compiled codecs of libtlcodec-api (the headers
// declare them extern: -DTLCODEC_API_EXTERN_CODECS, from pkg-config).
#include <cstdio>

#include <tlcodec/api/phone.hpp>
#include <tlcodec/decode.hpp>
#include <tlcodec/encode.hpp>

int main() {
  namespace api = tlcodec::api;
  api::phone::confirmCall request;
  request.peer = api::inputPhoneCall{.id = 1, .access_hash = 2};
  request.g_a.resize(256);
  request.key_fingerprint = 3;
  request.protocol = {.udp_p2p = true, .min_layer = 65, .max_layer = 223, .library_versions = {"11.0.0"}};
  const auto encoded = tlcodec::encode(request);
  if (!encoded) return 1;
  const auto decoded = tlcodec::decode<api::phone::confirmCall>(*encoded);
  std::printf("phone.confirmCall: %zu bytes, decoded back %s\n", encoded->size(),
              decoded && *decoded == request ? "equal" : "DIFFERENT");
  return decoded && *decoded == request ? 0 : 1;
}
