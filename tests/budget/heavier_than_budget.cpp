// The test of the budget test: a user TU about twice as costly as the phone-TU budget allows.
// It includes the phone namespace header-only (no compiled codec library) and compiles the
// codecs of phone.phoneCall, phone.groupCall and phone.groupParticipants itself;
// tests/budget/meson.build expects the budget check to report it over budget.
#include <cstdio>

// Compiled with the phone budget's flags, which say the codec library is linked: this TU is the
// user who does not link it.
#undef TLCODEC_API_EXTERN_CODECS

#include <tlcodec/api/phone.hpp>

template <class T>
bool round_trips(const T& value) {
  const auto bytes = tlcodec::encode(value);
  const auto back = tlcodec::decode<T>(*bytes);
  return back && *back == value;
}

int main() {
  const bool ok = round_trips(tlcodec::api::phone::phoneCall{}) && round_trips(tlcodec::api::phone::groupCall{}) &&
                  round_trips(tlcodec::api::phone::groupParticipants{});
  std::printf("round trips %s\n", ok ? "ok" : "failed");
}
