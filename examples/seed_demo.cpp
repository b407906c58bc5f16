// The seed flow: build a phone.confirmCall request, encode it, print its hex, decode it back.
#include <cstdio>
#include <string>

#include <tlcodec/api/phone.hpp>
#include <tlcodec/format_error.hpp>

int main() {
  namespace api = tlcodec::api;

  tlcodec::bytes g_a;
  g_a.resize(256);  // a 256-byte Diffie-Hellman value (here a fixed pattern)
  for (std::size_t i = 0; i < g_a.size(); ++i) g_a.data()[i] = std::byte(i * 37 + 11);

  const api::phone::confirmCall request{
      .peer = api::inputPhoneCall{.id = -7340671985711632286, .access_hash = -2569650547609320026},
      .g_a = g_a,
      .key_fingerprint = 2863522092472423203,
      .protocol = {.udp_p2p = true, .udp_reflector = true, .min_layer = 65, .max_layer = 92,
                   .library_versions = {"2.4.4", "11.0.0"}},
  };

  const auto encoded = tlcodec::encode(request);
  if (!encoded) return std::fprintf(stderr, "encode failed: %s\n", tlcodec::describe(encoded.error().code)), 1;
  std::printf("%s#%08x: %zu bytes\n", std::string(request.tl_name).c_str(),
              static_cast<unsigned>(request.constructor_id), encoded->size());
  for (std::size_t i = 0; i < encoded->size(); ++i)
    std::printf("%02x%s", std::to_integer<unsigned>((*encoded)[i]), (i % 32 == 31 || i + 1 == encoded->size()) ? "\n" : "");

  const auto decoded = tlcodec::decode<api::phone::confirmCall>(*encoded);
  if (!decoded) return std::fprintf(stderr, "%s", tlcodec::format_error(decoded.error(), *encoded).c_str()), 1;
  std::printf("decoded back: peer.id=%lld, protocol layers %d..%d, %zu library versions, equal: %s\n",
              static_cast<long long>(decoded->peer.id), decoded->protocol.min_layer, decoded->protocol.max_layer,
              decoded->protocol.library_versions.size(), *decoded == request ? "yes" : "no");

  // Malformed input is an error value, never a crash: cut the request short.
  const std::span<const std::byte> cut(encoded->data(), 40);
  const auto broken = tlcodec::decode<api::phone::confirmCall>(cut);
  std::printf("decoding the first 40 bytes only:\n%s", tlcodec::format_error(broken.error(), cut).c_str());
  return *decoded == request ? 0 : 1;
}
