// The instructions a decode runs per input byte, on the amplification inputs of every boxed
// type (amplification_inputs.hpp) against the corpus messages.messages: run under callgrind by
// instructions_per_byte.py, which reads one dump per decode (CALLGRIND_DUMP_STATS_AT names it
// "<what> <input bytes>") and holds each type under a bound per byte. Natively the client
// requests do nothing and this only checks that every input decodes as it should.
#include <catch2/catch.hpp>

#include <valgrind/callgrind.h>

#include <string>
#include <vector>

#include <tlcodec/api/messages.hpp>
#include <tlcodec/api/type_lists.hpp>
#include <tlcodec/mtproto/type_lists.hpp>

#include "amplification_inputs.hpp"
#include "hex.hpp"
#include "json.hpp"

using namespace service_support;

namespace {

// Decodes input into a fresh T, destroys it, and dumps what that took: collection is on only
// around the decode and the destruction.
template <class T>
tlcodec::errc measured_decode(const std::string& what, const byte_vector& input) {
  const tlcodec::decode_options options = with_registry();
  tlcodec::errc code;
  CALLGRIND_TOGGLE_COLLECT;
  {
    T value;
    code = tlcodec::decode_into(input, value, options).code;
  }
  CALLGRIND_TOGGLE_COLLECT;
  // Named: callgrind reads the string after the statement that hands it over.
  const std::string name = what + " " + std::to_string(input.size());
  CALLGRIND_DUMP_STATS_AT(name.c_str());
  return code;
}

}  // namespace

TEST_CASE("instructions per input byte: every boxed type against messages.messages", "[amplification][cost]") {
  const auto messages =
      test_support::from_hex(test_support::read_file(std::string(TLCODEC_CORPUS_DIR) + "/messages_messages.hex"));
  // Once to warm up (the registry, lazy binding, first allocations), then measured.
  CHECK(tlcodec::decode<tlcodec::api::messages::Messages>(messages, with_registry()).has_value());
  CHECK(measured_decode<tlcodec::api::messages::Messages>("baseline", messages) == tlcodec::errc::ok);

  std::size_t wrong = 0;
  const auto measure = [&]<class T>() {
    const auto inputs = amplification_inputs_of<T>(64 * 1024);
    if (!inputs) return;
    const std::string name(T::tl_name);
    if (measured_decode<std::vector<T>>("accepted:" + name, inputs->accepted) != tlcodec::errc::ok) ++wrong;
    if (measured_decode<std::vector<T>>("rejected:" + name, inputs->rejected) != tlcodec::errc::unexpected_constructor)
      ++wrong;
  };
  for_each_type(tlcodec::api::boxed_type_chunks{}, measure);
  for_each_type(tlcodec::mtproto::boxed_type_chunks{}, measure);
  CHECK(wrong == 0);
}
