// The stack a decode uses, measured on a painted thread stack, on the deepest input each path
// allows (decode_options::max_depth): typed values, Objects, gzip_packed, containers, rpc_result.
// Built with the configuration's own optimization (not -O0 as the other suites): the bound README
// states is for an optimized build, 32 KiB, and 256 KiB under sanitizers.
#include <catch2/catch.hpp>

#include <pthread.h>

#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>

#include "nesting_support.hpp"

using namespace service_support;

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_UNDEFINED__)
constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif
#else
constexpr bool sanitized = false;
#endif

#ifdef __OPTIMIZE__
constexpr bool optimized = true;
#else
constexpr bool optimized = false;
#endif

constexpr std::size_t stack_size = std::size_t{4} << 20;
constexpr unsigned char paint = 0xa5;

// The bytes of a fresh thread's stack that run() wrote: the stack is painted first, and grows
// down from its end.
std::size_t painted_stack_used(const std::function<void()>& run) {
  void* stack = nullptr;
  REQUIRE(posix_memalign(&stack, 1 << 16, stack_size) == 0);
  std::memset(stack, paint, stack_size);
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstack(&attributes, stack, stack_size);
  pthread_t thread;
  auto body = [](void* f) -> void* {
    (*static_cast<const std::function<void()>*>(f))();
    return nullptr;
  };
  REQUIRE(pthread_create(&thread, &attributes, body, const_cast<std::function<void()>*>(&run)) == 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attributes);
  const auto* bytes = static_cast<const unsigned char*>(stack);
  std::size_t untouched = 0;
  while (untouched < stack_size && bytes[untouched] == paint) ++untouched;
  std::free(stack);
  return stack_size - untouched;
}

// What decode adds to the stack of a thread that does nothing (the thread's own start-up and
// its descriptor, which glibc keeps at the top of the stack, are not the decode's).
std::size_t decode_stack(const std::function<void()>& decode) {
  const std::size_t idle = painted_stack_used([] {});
  const std::size_t used = painted_stack_used(decode);
  return used > idle ? used - idle : 0;
}

// The deepest of inputs made by make(depth) that still decodes, by decode(input) == ok.
template <class Make, class Decode>
byte_vector deepest(Make&& make, Decode&& decode) {
  for (std::size_t depth = 80; depth > 0; --depth) {
    byte_vector input = make(depth);
    if (decode(input) == tlcodec::errc::ok) return input;
  }
  FAIL("no depth decodes");
  return {};
}

const byte_vector ping = encoded(tlcodec::mtproto::ping{.ping_id = 7});

template <class T>
tlcodec::errc decode_code(const byte_vector& input) {
  return tlcodec::decode<T>(input, with_registry()).error().code;
}

void check_path(const std::string& path, const byte_vector& input, const std::function<void()>& decode) {
  const std::size_t used = decode_stack(decode);
  const std::size_t limit = sanitized ? 256 * 1024 : optimized ? 32 * 1024 : 256 * 1024;
  INFO(path << ": " << input.size() << " bytes of input, " << used << " bytes of stack (limit " << limit << ")");
  CHECK(used > 0);
  CHECK(used <= limit);
}

}  // namespace

TEST_CASE("the stack a decode uses is bounded on the deepest input of each path", "[stack]") {
  const auto typed = deepest(rich_text_bytes, decode_code<tlcodec::api::RichText>);
  check_path("typed RichText", typed, [&] { (void)tlcodec::decode<tlcodec::api::RichText>(typed, with_registry()); });

  const auto objects =
      deepest([](std::size_t depth) { return rpc_result_bytes(invoke_with_layers_bytes(depth, ping)); },
              decode_code<tlcodec::mtproto::rpc_result>);
  check_path("Object in Object", objects,
             [&] { (void)tlcodec::decode<tlcodec::mtproto::rpc_result>(objects, with_registry()); });

  // gzip_packed at the deepest level an Object reaches, unpacking to a typed RichText as deep as
  // the levels left allow.
  const auto gzip = deepest(
      [](std::size_t depth) {
        return rpc_result_bytes(
            invoke_with_layers_bytes(depth / 2, gzip_packed_bytes(rich_text_bytes(depth - depth / 2))));
      },
      decode_code<tlcodec::mtproto::rpc_result>);
  check_path("gzip_packed", gzip, [&] { (void)tlcodec::decode<tlcodec::mtproto::rpc_result>(gzip, with_registry()); });

  const auto container = deepest(
      [](std::size_t depth) {
        return container_bytes({message_bytes(
            4, 1, invoke_with_layers_bytes(depth / 2, gzip_packed_bytes(rich_text_bytes(depth - depth / 2))))});
      },
      decode_code<tlcodec::mtproto::msg_container>);
  check_path("msg_container", container,
             [&] { (void)tlcodec::decode<tlcodec::mtproto::msg_container>(container, with_registry()); });

  // A typed rpc answer: decode_rpc_answer of invokeWithLayer's query, an Object.
  const auto answer = deepest(
      [](std::size_t depth) { return rpc_result_bytes(gzip_packed_bytes(invoke_with_layers_bytes(depth, ping))); },
      decode_code<tlcodec::mtproto::rpc_result>);
  check_path("rpc_result", answer,
             [&] { (void)tlcodec::decode<tlcodec::mtproto::rpc_result>(answer, with_registry()); });
}
