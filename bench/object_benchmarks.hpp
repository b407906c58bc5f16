// The benchmarks of one object: encode into a fresh buffer and into a reused one,
// encoded_size, and its decodes (owning, in view mode, in an arena). Each reports bytes/s
// (of the object's encoding) and heap allocations per operation.
#pragma once

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include <tlcodec/encode.hpp>

#include "counting_allocator.hpp"

namespace bench {

using byte_vector = std::vector<std::byte>;

// Runs `operation` in the benchmark loop, counting its allocations; bytes is the size of the
// object's encoding, whichever way the operation goes.
template <class Operation>
void measure(benchmark::State& state, std::size_t bytes, Operation&& operation) {
  test_support::allocation_scope allocations;
  for (auto _ : state) operation();
  allocations.stop();
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.counters["allocs_per_op"] =
      benchmark::Counter(static_cast<double>(allocations.count()), benchmark::Counter::kAvgIterations);
}

// Registers a benchmark. With TLCODEC_BENCH_ITERATIONS=N in the environment every benchmark
// runs exactly N iterations (instruction counts under callgrind: callgrind_reference.py).
template <class Function>
void add(const std::string& name, Function&& function) {
  static const char* const fixed = std::getenv("TLCODEC_BENCH_ITERATIONS");
  auto* registered = benchmark::RegisterBenchmark(name.c_str(), std::forward<Function>(function));
  if (fixed != nullptr) registered->Iterations(std::strtoll(fixed, nullptr, 10));
}

[[noreturn]] inline void fail(const std::string& what) {
  std::fprintf(stderr, "tlcodec-bench: %s\n", what.c_str());
  std::exit(2);
}

// Registers "<operation>/<name>": decode(span) decodes `input` (returning something with
// operator bool), bytes long.
template <class Decode>
void add_decode(const std::string& operation, const std::string& name, std::shared_ptr<const byte_vector> input,
                Decode decode) {
  add(operation + "/" + name, [=](benchmark::State& state) {
    if (!decode(*input)) fail(name + ": does not " + operation);
    measure(state, input->size(), [&] { benchmark::DoNotOptimize(decode(*input)); });
  });
}

// Registers "<operation>/<name>" for value, whose encoding is `encoding`: encodes it, sizes it
// and decodes it with each of `decodes` (operation name, decode(span)).
template <class Value, class... Decodes>
void register_object(const std::string& name, byte_vector encoding, Value value, Decodes... decodes) {
  const auto check = tlcodec::encode(value);
  if (!check || *check != encoding) fail(name + ": the value does not re-encode to its input");
  const std::size_t size = encoding.size();
  auto shared_value = std::make_shared<const Value>(std::move(value));
  auto input = std::make_shared<const byte_vector>(std::move(encoding));

  add("encode_fresh/" + name, [=](benchmark::State& state) {
    measure(state, size, [&] { benchmark::DoNotOptimize(tlcodec::encode(*shared_value)); });
  });
  add("encode_fresh_uninitialized/" + name, [=](benchmark::State& state) {
    measure(state, size,
            [&] { benchmark::DoNotOptimize(tlcodec::encode<tlcodec::uninitialized_buffer>(*shared_value)); });
  });
  add("encode_reused/" + name, [=](benchmark::State& state) {
    byte_vector buffer;
    measure(state, size, [&] {
      benchmark::DoNotOptimize(tlcodec::encode_into(buffer, *shared_value));
      benchmark::ClobberMemory();
    });
  });
  add("encoded_size/" + name, [=](benchmark::State& state) {
    measure(state, size, [&] { benchmark::DoNotOptimize(tlcodec::encoded_size(*shared_value)); });
  });
  (add_decode(decodes.first, name, input, decodes.second), ...);
}

}  // namespace bench
