// A decrypted MTProto payload as a server sends it (a msg_container with a pong and an
// rpc_result), decoded as an Object through the default registry and printed as TL text.
#include <cstdio>

#include <tlcodec/decode.hpp>
#include <tlcodec/encode.hpp>
#include <tlcodec/mtproto/all.hpp>
#include <tlcodec/object_type.hpp>
#include <tlcodec/registry.hpp>
#include <tlcodec/text.hpp>

int main() {
  namespace mtproto = tlcodec::mtproto;
  // The server side, to have bytes to read: two messages in one container.
  const mtproto::msg_container container{.messages = {
                                             {.msg_id = 0x5f3c2a1b00000001,
                                              .seqno = 1,
                                              .body = tlcodec::make_object(mtproto::pong{.msg_id = 7, .ping_id = 42})},
                                             {.msg_id = 0x5f3c2a1b00000005,
                                              .seqno = 3,
                                              .body = tlcodec::make_object(mtproto::rpc_result{
                                                  .req_msg_id = 8,
                                                  .result = tlcodec::make_object(mtproto::rpc_error{
                                                      .error_code = 401, .error_message = "AUTH_KEY_UNREGISTERED"})})},
                                         }};
  const auto payload = tlcodec::encode(container);
  if (!payload) return 1;

  // The client side: what is in it is known from the bytes alone, through the registry.
  tlcodec::decode_options options;
  options.registry = &tlcodec::default_registry();
  const auto object = tlcodec::decode<tlcodec::object>(*payload, options);
  if (!object) return std::fprintf(stderr, "decode failed: %s\n", tlcodec::describe(object.error().code)), 1;
  std::printf("%zu bytes: %s\n%s\n", payload->size(), std::string(object->type()->name).c_str(),
              tlcodec::to_text(*object).c_str());
  return object->holds<mtproto::msg_container>() ? 0 : 1;
}
