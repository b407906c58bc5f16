// tlcodec's benchmarks (Google Benchmark): the six objects of tests/data/corpus and three typical
// small messages of bench/data, each encoded (fresh and reused buffer), sized and decoded
// (owning, in view mode, in an arena); plus a memcpy of the 128 KiB upload.file, the bound of its encoding.
// Names are <operation>/<object>; counters bytes_per_second and allocs_per_op.
//   tlcodec-bench --benchmark_format=json --benchmark_out=results.json
#include <cstring>
#include <fstream>
#include <iterator>
#include <span>
#include <string>
#include <utility>

#include <tlcodec/api/messages.hpp>
#include <tlcodec/api/phone.hpp>
#include <tlcodec/api/root.hpp>
#include <tlcodec/api/upload.hpp>
#include <tlcodec/decode.hpp>
#include <tlcodec/mtproto/all.hpp>
#include <tlcodec/object_type.hpp>
#include <tlcodec/service/rpc_answer.hpp>

#include "hex.hpp"
#include "object_benchmarks.hpp"

namespace {

namespace api = tlcodec::api;
using bench::byte_vector;

byte_vector read_hex_file(const std::string& path) {
  std::ifstream file(path);
  if (!file) bench::fail("cannot read " + path);
  return test_support::from_hex(std::string(std::istreambuf_iterator<char>(file), {}));
}

// An object decoded as T (owning), as view_of<T> (view mode) and as arena_of<T>, in an arena
// of its own per decode (made, filled and freed in each operation).
template <class T>
void register_typed(const std::string& name, const std::string& path) {
  byte_vector encoding = read_hex_file(path);
  auto value = tlcodec::decode<T>(encoding);
  if (!value) bench::fail(name + ": " + tlcodec::describe(value.error().code));
  bench::register_object(
      name, std::move(encoding), std::move(*value),
      std::pair("decode", [](std::span<const std::byte> input) { return tlcodec::decode<T>(input); }),
      std::pair("decode_view",
                [](std::span<const std::byte> input) { return tlcodec::decode<tlcodec::view_of<T>>(input); }),
      std::pair("decode_arena", [](std::span<const std::byte> input) {
        tlcodec::arena memory;
        return tlcodec::decode<tlcodec::arena_of<T>>(input, memory).has_value();
      }));
}

// An rpc_result answering messages.sendMessage: decoded for that function (its Updates typed;
// owning only: a function's result_type is owning), encoded as the server writes it
// (rpc_result holding the Updates as an Object).
void register_rpc_result(const std::string& name, const std::string& path) {
  byte_vector encoding = read_hex_file(path);
  const auto answer = tlcodec::decode_rpc_answer<api::messages::sendMessage>(encoding);
  if (!answer || answer->outcome.index() != 0) bench::fail(name + ": not an rpc_result of Updates");
  tlcodec::mtproto::rpc_result value{.req_msg_id = answer->req_msg_id,
                                     .result = tlcodec::make_object(std::get<0>(answer->outcome))};
  bench::register_object(name, std::move(encoding), std::move(value),
                         std::pair("decode", [](std::span<const std::byte> input) {
                           return tlcodec::decode_rpc_answer<api::messages::sendMessage>(input);
                         }));
}

void register_memcpy(const std::string& name, const std::string& path) {
  const byte_vector source = read_hex_file(path);
  bench::add("memcpy/" + name, [source](benchmark::State& state) {
    byte_vector target(source.size());
    bench::measure(state, source.size(), [&] {
      std::memcpy(target.data(), source.data(), source.size());
      benchmark::ClobberMemory();
    });
  });
}

}  // namespace

int main(int argc, char** argv) {
  const std::string corpus = std::string(TLCODEC_CORPUS_DIR) + "/";
  const std::string data = std::string(TLCODEC_BENCH_DATA_DIR) + "/";
  register_typed<api::phone::confirmCall>("phone_confirmCall", corpus + "phone_confirmCall.hex");
  register_typed<api::phone::PhoneCall>("phone_phoneCall", corpus + "phone_phoneCall.hex");
  register_typed<api::messages::Messages>("messages_messages", corpus + "messages_messages.hex");
  register_typed<api::upload::File>("upload_file_128k", corpus + "upload_file_128k.hex");
  register_typed<std::vector<std::int64_t>>("vector_long_1000", corpus + "vector_long_1000.hex");
  register_typed<std::vector<api::Updates>>("vector_updateShort_1000", corpus + "vector_updateShort_1000.hex");
  register_typed<api::Updates>("updateShortMessage", data + "updateShortMessage.hex");
  register_typed<api::messages::sendMessage>("messages_sendMessage", data + "messages_sendMessage.hex");
  register_rpc_result("rpc_result_updates", data + "rpc_result_updates.hex");
  register_memcpy("upload_file_128k", corpus + "upload_file_128k.hex");

  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
