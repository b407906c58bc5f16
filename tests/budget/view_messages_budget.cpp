// A user translation unit that decodes messages.messages as a view (view_of<T>: strings and
// bytes point into the input) with the compiled codec and view libraries linked (their
// dependencies define TLCODEC_API_EXTERN_CODECS and TLCODEC_API_EXTERN_VIEWS): it calls the
// view library's instances, within the phone-TU budget (tests/budget/meson.build).
#include <cstdio>
#include <vector>

#include <tlcodec/api/messages.hpp>

int main(int argc, char** argv) {
  tlcodec::api::messages::messages list;
  list.messages.resize(static_cast<std::size_t>(argc));
  const std::vector<std::byte> bytes = tlcodec::encode(list).value();
  const auto view = tlcodec::decode<tlcodec::view_of<tlcodec::api::messages::Messages>>(bytes);
  const bool ok = view && tlcodec::encode(*view).value() == bytes;
  std::printf("%s: %zu bytes viewed, %s\n", argv[0], bytes.size(), ok ? "ok" : "failed");
}
