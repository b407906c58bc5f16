// phone.confirmCall encoded and decoded by the compiled codecs of libtlcodec-api, and decoded
// as a view by those of libtlcodec-api-views (the headers declare them extern:
// -DTLCODEC_API_EXTERN_CODECS and -DTLCODEC_API_EXTERN_VIEWS, from pkg-config).
#include <cstdio>

#include <tlcodec/api/phone.hpp>
#include <tlcodec/decode.hpp>
#include <tlcodec/encode.hpp>
#include <tlcodec/storage.hpp>

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
  const auto viewed = tlcodec::decode<tlcodec::view_of<api::phone::confirmCall>>(*encoded);
  const bool same = decoded && *decoded == request && viewed && viewed->g_a.size() == request.g_a.size() &&
                    viewed->protocol.library_versions.at(0) == "11.0.0";
  std::printf("phone.confirmCall: %zu bytes, decoded back and viewed %s\n", encoded->size(),
              same ? "equal" : "DIFFERENT");
  return same ? 0 : 1;
}
