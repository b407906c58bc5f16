// The seed flow: build a phone.confirmCall request, encode it, print its hex, decode it back;
// then decode the server's phone.phoneCall answer and print it as TL text.
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <tlcodec/api/phone.hpp>
#include <tlcodec/format_error.hpp>
#include <tlcodec/text.hpp>

namespace {

// A phone.phoneCall answer as a server sends it (written by mtcute, layer 223).
constexpr std::string_view phone_call_answer =
    "40e182ecf55a5330a00000006d3487ad32beff544f00ea4c73488b7b80129c67b966f53c01000000dfd1a69a01000000"
    "fe00010029231416d98642ba41165c90b6b2c83ddd048af5dc45706e047be1cb3cf467aa57e24ff09e0014373588f565"
    "865c158d386f37c9606f0331be488df1535a3b6705870000ac7ae6f90315741beaed6c7c66d8e8899f83aaff4c4fe978"
    "47f1a5d34aa06ccb4dac4d683708d96914a8851a707bf8571fac169d58ce1a54dba7c7889f15fc014c8b36d033e72f0f"
    "dbb87e61a503584bf5e00d65009050b52ab08271546ed4f868eca798419f24e78112621732492d1998d555fb494073f7"
    "d2bebad8c45ce3cc07a5da54c7be7c7f72a1a511cfd77e5a548b5bd216dac8d9ff1ae8f8b80c6e978b91139c3278d8de"
    "fcb80f25e3f86d43bc6409bc1352dfbde68ae3d7000e120fc0954ba0c88f87fc03000000410000005c00000015c4b51c"
    "0200000005322e342e3400000631312e302e300015c4b51c02000000c723c19c00000000ddfd9f151a1324f20b39312e"
    "3130382e392e333615323030313a6232383a663233663a663030353a3a6100005602000010288698e41eaddca041121d"
    "832b669e35000000c723c19c0000000041a028fff3555d2f0e3134392e3135342e3137352e35320015323030313a6232"
    "383a663233643a663030313a3a6100005602000010e760c0b9dd731eb2c3297259672d394500000087129c67048d747d"
    "337b226e6574776f726b5f7573655f7463706f6e6c79223a66616c73652c22617564696f5f6672616d655f73697a6522"
    "3a36307d15c4b51c02000000884377317f04005000030000b966f53c010000004b5878b5a27ea60f05416c6963650000"
    "05536d69746800000a616c696365736d697468000b373936333439363034333506f7d1820200000089c02afb278e27ac"
    "962681d7f73dd0a33e74b1c4a107c1b5621b7a3396168a4cb10ab621e8499323084aae663bac0e4c050f4bf95ce1a75f"
    "e052a34b760b881d6562ee78049e479286d3ebda41e9b05ee4dde53f32390557e634b842e60fb716a86d893ee3d0dfb5"
    "4144d64a7daeedadd6912097b3139875e2b24a29cc6973581d3673d17d628280fc511f50b34fd82937835959d5df7255"
    "8130147470832e00040000004939b9edac139c678a06ffe7000000005996951041f90445cf5a4bb50300000000000000"
    "804f6333c0e049e8cf5a4bb50100000004000000884377317f18005000010000dfd1a69a01000000f10d72a257aa1525"
    "03426f62074a6f686e736f6e0a626f626a6f686e736f6e000b373930373038323437353406f7d18202000000b2075dc9"
    "93e04b8d88abbc05c3865baa77e06f72d22b94ae916a554a32a635d1fe7ca6e6be86d1c3b885e4ef17db9ef41441ea8d"
    "8b59ebd6dfeef1bb3a93923ce8983ef9001c7d1af0c98f1dd9f38ef5b65a14654094de1b3f9e47e4fdb2c3f97dcd9699"
    "49dcc6ce6de33396fb8a6fe499ee711ffc93b7fd7c9c43931a694e439f038a79c8c33e93bd98300198f0b3c539000000"
    "020000003f708c00b5b09b678a06ffe700000000f62e705317f00881cf5a4bb50300000000000000c27525ce6d426b53";

std::vector<std::byte> from_hex(std::string_view hex) {
  std::vector<std::byte> out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    out.push_back(static_cast<std::byte>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  return out;
}

}  // namespace

int main() {
  namespace api = tlcodec::api;

  tlcodec::bytes g_a;
  g_a.resize(256);  // a 256-byte Diffie-Hellman value (here a fixed pattern)
  for (std::size_t i = 0; i < g_a.size(); ++i) g_a.data()[i] = std::byte(i * 37 + 11);

  const api::phone::confirmCall request{
      .peer = api::inputPhoneCall{.id = -7340671985711632286, .access_hash = -2569650547609320026},
      .g_a = g_a,
      .key_fingerprint = 2863522092472423203,
      .protocol = {.udp_p2p = true,
                   .udp_reflector = true,
                   .min_layer = 65,
                   .max_layer = 92,
                   .library_versions = {"2.4.4", "11.0.0"}},
  };

  const auto encoded = tlcodec::encode(request);
  if (!encoded) return std::fprintf(stderr, "encode failed: %s\n", tlcodec::describe(encoded.error().code)), 1;
  std::printf("%s#%08x: %zu bytes\n", std::string(request.tl_name).c_str(),
              static_cast<unsigned>(request.constructor_id), encoded->size());
  for (std::size_t i = 0; i < encoded->size(); ++i)
    std::printf("%02x%s", std::to_integer<unsigned>((*encoded)[i]),
                (i % 32 == 31 || i + 1 == encoded->size()) ? "\n" : "");

  const auto decoded = tlcodec::decode<api::phone::confirmCall>(*encoded);
  if (!decoded) return std::fprintf(stderr, "%s", tlcodec::format_error(decoded.error(), *encoded).c_str()), 1;
  std::printf("decoded back: peer.id=%lld, protocol layers %d..%d, %zu library versions, equal: %s\n",
              static_cast<long long>(decoded->peer.id), decoded->protocol.min_layer, decoded->protocol.max_layer,
              decoded->protocol.library_versions.size(), *decoded == request ? "yes" : "no");

  // Malformed input is an error value, never a crash: cut the request short.
  const std::span<const std::byte> cut(encoded->data(), 40);
  const auto broken = tlcodec::decode<api::phone::confirmCall>(cut);
  std::printf("decoding the first 40 bytes only:\n%s", tlcodec::format_error(broken.error(), cut).c_str());

  // The answer: a boxed phone.PhoneCall (one constructor, phone.phoneCall), printed as TL text.
  const auto answer_bytes = from_hex(phone_call_answer);
  const auto answer = tlcodec::decode<api::phone::PhoneCall>(answer_bytes);
  if (!answer) return std::fprintf(stderr, "%s", tlcodec::format_error(answer.error(), answer_bytes).c_str()), 1;
  std::printf("the answer, %zu bytes:\n%s\n", answer_bytes.size(), tlcodec::to_text(*answer).c_str());
  return *decoded == request ? 0 : 1;
}
