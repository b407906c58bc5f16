// The compile-cost budget of a typical user translation unit (issue 3): include the phone
// namespace, encode and decode phone.phoneCall. Compiled by tests/budget/measure_compile.py.
#include <cstdio>

#include <tlcodec/api/phone.hpp>

int main(int argc, char** argv) {
  tlcodec::api::phone::phoneCall call;
  call.users.resize(static_cast<std::size_t>(argc));
  const auto bytes = tlcodec::encode(call);
  const auto back = tlcodec::decode<tlcodec::api::phone::phoneCall>(*bytes);
  std::printf("%s: %zu bytes, round trip %s\n", argv[0], bytes->size(), back && *back == call ? "ok" : "failed");
}
