// The benchmarks of one object: encode into a fresh buffer and into a reused one,
// encoded_size, decode (owning) and, where given, decode in view mode. Each reports bytes/s
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

// Registers "<operation>/<name>" for value, whose encoding is `encoding`; decode(span) decodes
// it (returning something with operator bool), decode_view too in view mode (when given).
template <class Value, class Decode, class DecodeView = std::nullptr_t>
void register_object(const std::string& name, byte_vector encoding, Value value, Decode decode,
                     DecodeView decode_view = nullptr) {
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
  add("decode/" + name, [=](benchmark::State& state) {
    if (!decode(*input)) fail(name + ": does not decode");
    measure(state, size, [&] { benchmark::DoNotOptimize(decode(*input)); });
  });
  if constexpr (!std::is_same_v<DecodeView, std::nullptr_t>) {
    add("decode_view/" + name, [=](benchmark::State& state) {
      if (!decode_view(*input)) fail(name + ": does not decode in view mode");
      measure(state, size, [&] { benchmark::DoNotOptimize(decode_view(*input)); });
    });
  }
}

}  // namespace bench
