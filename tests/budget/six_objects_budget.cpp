// A user translation unit like the benchmark's: the six corpus objects (phone.confirmCall,
// phone.phoneCall, messages.messages, upload.file, Vector<long>, Vector<Updates>), each encoded
// into a new and into a reused buffer and decoded owning and as a view, with the compiled codec
// and view libraries linked: within 3.5 times the phone-TU budget (tests/budget/meson.build).
#include <cstdio>
#include <vector>

#include <tlcodec/api/messages.hpp>
#include <tlcodec/api/phone.hpp>
#include <tlcodec/api/root.hpp>
#include <tlcodec/api/upload.hpp>

// Encodes value as T, then decodes it back as T and as a view of T. (No copy and no ==: those
// are the user's own instances, not the library's.)
template <class T, class Value>
bool every_entry_point(const Value& value) {
  const auto bytes = tlcodec::encode(value);
  std::vector<std::byte> reused;
  const auto error = tlcodec::encode_into(reused, value);
  const auto back = tlcodec::decode<T>(*bytes);
  const auto view = tlcodec::decode<tlcodec::view_of<T>>(reused);
  return bytes && !error && back && tlcodec::encode(*back).value() == reused && view &&
         tlcodec::encode(*view).value() == *bytes;
}

int main(int argc, char** argv) {
  namespace api = tlcodec::api;
  const auto n = static_cast<std::size_t>(argc);
  api::phone::confirmCall confirm;
  confirm.g_a.resize(n);
  api::phone::phoneCall call;
  call.users.resize(n);
  api::messages::messages list;
  list.messages.resize(n);
  api::upload::file file;
  file.bytes.resize(n);
  const std::vector<std::int64_t> longs(n);
  const std::vector<api::Updates> updates(n);
  const bool ok = every_entry_point<api::phone::confirmCall>(confirm) &&
                  every_entry_point<api::phone::phoneCall>(call) && every_entry_point<api::messages::Messages>(list) &&
                  every_entry_point<api::upload::File>(file) && every_entry_point<std::vector<std::int64_t>>(longs) &&
                  every_entry_point<std::vector<api::Updates>>(updates);
  std::printf("%s: six objects %s\n", argv[0], ok ? "ok" : "failed");
}
