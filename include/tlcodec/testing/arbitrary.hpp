// tlcodec/testing/arbitrary.hpp: random valid values of any generated TL type, for property
// tests, fuzzers and benchmarks (yours too).
//
//   tlcodec::testing::random_source random(seed);
//   auto call = tlcodec::testing::arbitrary<tlcodec::api::phone::PhoneCall>(random);
//   auto third = tlcodec::testing::arbitrary_alternative<tlcodec::api::InputPeer>(2, random);
//
// Values are valid TL: they encode without error and decode back equal. The same seed gives
// the same value on every platform. Size is bounded: nesting by max_depth (deeper boxed values
// take their non-recursive default constructor, vectors are empty and optional fields absent),
// vectors and strings by their maximum sizes. A boxed value takes any of its constructors;
// arbitrary_alternative() picks one, so that a loop covers them all. Optional fields are
// present or absent as `optional_fields` says; fields sharing a flag bit agree.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <type_traits>

#include <tlcodec/family.hpp>
#include <tlcodec/fields.hpp>
#include <tlcodec/object.hpp>
#include <tlcodec/rules.hpp>
#include <tlcodec/storage.hpp>

namespace tlcodec::testing {

// splitmix64: small, fast, and the same sequence everywhere.
class random_source {
 public:
  explicit random_source(std::uint64_t seed) noexcept : state_(seed) {}
  std::uint64_t next() noexcept {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
    z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n) (n > 0), by rejection: no modulo bias.
  std::uint64_t below(std::uint64_t n) noexcept {
    const std::uint64_t limit = -n % n;  // 2^64 mod n
    std::uint64_t x;
    do x = next();
    while (x < limit);
    return x % n;
  }
  bool coin() noexcept { return (next() & 1) != 0; }

 private:
  std::uint64_t state_;
};

enum class presence { random, all, none };

struct arbitrary_options {
  std::uint32_t max_depth = 4;      // constructors nested below this are the plainest possible
  std::size_t min_vector_size = 0;  // above max_depth vectors are empty all the same
  std::size_t max_vector_size = 3;
  std::size_t max_string_size = 24;  // strings and bytes
  presence optional_fields = presence::random;
  // Longs within ±(2^53 - 1), for peers that hold some longs as doubles (mtcute's int53 ids).
  bool longs_fit_double = false;
  // false: a present optional vector holds at least one element, for peers that write an empty
  // one as absent (mtcute).
  bool empty_optional_vectors = true;
  // Makes the value of Object fields (`!X`, rpc_result's result); unset: boolTrue, kept opaque
  // (typing an Object needs a registry, arbitrary.hpp knows no schema).
  std::function<object(random_source&)> any_object;
};

namespace detail {

class arbitrary_builder {
 public:
  arbitrary_builder(random_source& random, const arbitrary_options& options) : random_(random), options_(options) {}

  // noinline: each type's builder is compiled once instead of inlined into every caller (the
  // recursion over a whole schema would multiply the code).
  template <class T>
  [[gnu::noinline]] void fill(T& out) {
    static_assert(tl_value<T>, "arbitrary<T>: T is not a TL value");
    fill_as(family_t<T>{}, out);
  }

  template <class T>
  void fill_alternative(T& out, std::size_t index) {
    out.reset_to(index);
    ++depth_;
    T::with_index(index, [&]<class C>(std::type_identity<C>) { fill(*out.template get_if<C>()); });
    --depth_;
  }

 private:
  void fill_as(family::int32, std::int32_t& out) { out = static_cast<std::int32_t>(random_.next()); }
  void fill_as(family::int64, std::int64_t& out) {
    constexpr std::uint64_t double_exact = (std::uint64_t{1} << 53) - 1;
    out = options_.longs_fit_double ? static_cast<std::int64_t>(random_.below(2 * double_exact + 1) - double_exact)
                                    : static_cast<std::int64_t>(random_.next());
  }
  void fill_as(family::float64, double& out) {
    // Finite (NaN != NaN would break equality), exact, of either sign and varied magnitude.
    out = static_cast<double>(static_cast<std::int32_t>(random_.next())) /
          static_cast<double>(1u << (random_.next() % 24));
  }
  void fill_as(family::boolean, bool& out) { out = random_.coin(); }
  void fill_as(family::string, std::string& out) {
    // Printable ASCII: valid UTF-8 for peers that decode strings as text.
    out.resize(random_.below(options_.max_string_size + 1));
    for (char& ch : out) ch = static_cast<char>(' ' + random_.below(95));
  }
  void fill_as(family::bytes, bytes& out) {
    out.resize(random_.below(options_.max_string_size + 1));
    for (std::size_t i = 0; i < out.size(); ++i) out.data()[i] = static_cast<std::byte>(random_.next());
  }
  template <class T>
  void fill_as(family::wide_int, T& out) {
    for (auto& b : out.bytes) b = static_cast<std::byte>(random_.next());
  }
  void fill_as(family::object, object& out) {
    if (options_.any_object) {
      out = options_.any_object(random_);
    } else {
      const std::byte bool_true[] = {std::byte{0xb5}, std::byte{0x75}, std::byte{0x72}, std::byte{0x99}};
      out = object::opaque(bool_true);
    }
  }
  template <class T>
  void fill_as(family::vector, T& out) {
    out.clear();
    const std::size_t min = std::min(options_.min_vector_size, options_.max_vector_size);
    const std::size_t size = depth_ < options_.max_depth ? min + random_.below(options_.max_vector_size - min + 1) : 0;
    ++depth_;
    for (std::size_t i = 0; i < size; ++i) {
      typename T::value_type element{};
      fill(element);
      out.push_back(std::move(element));
    }
    --depth_;
  }
  template <class T>
  void fill_as(family::indirect, T& out) {
    fill(*out);
  }
  template <class T>
  void fill_as(family::variant, T& out) {
    if (depth_ >= options_.max_depth) {
      out = T{};  // its non-recursive default constructor
      T::with_index(out.index(), [&]<class C>(std::type_identity<C>) { fill(*out.template get_if<C>()); });
    } else {
      fill_alternative(out, static_cast<std::size_t>(random_.below(T::alternative_count)));
    }
  }
  template <class T>
  void fill_as(family::constructor, T& out) {
    // Which flag bits are set, per flags field: optional fields follow their bit, so fields
    // that share one agree.
    fields_filler filler{*this};
    for (auto& word : filler.words) {
      const bool deep = depth_ >= options_.max_depth;
      word = deep || options_.optional_fields == presence::none ? 0u
             : options_.optional_fields == presence::all        ? ~0u
                                                                : static_cast<std::uint32_t>(random_.next());
    }
    ++depth_;
    build_fields(out, filler);
    --depth_;
    if constexpr (requires { constructor_rules<T>::make_valid(out); }) constructor_rules<T>::make_valid(out);
  }
  template <class T>
  void fill_as(family::mapped, T& out) {
    typename tl_mapping<T>::wire_type wire{};
    fill(wire);
    out = tl_mapping<T>::from_wire(std::move(wire));
  }

  // A constructor's fields, as build_fields asks for them.
  struct fields_filler {
    arbitrary_builder& builder;
    std::uint32_t words[tlcodec::detail::max_flag_fields] = {};  // chosen before the fields
    std::size_t flags_seen = 0;
    std::uint32_t flags(unnamed_field, std::uint32_t& reserved, std::uint32_t) {
      reserved = 0;  // no unknown bits: what peers would drop
      return words[flags_seen++];
    }
    template <class F, class Form>
    void field(unnamed_field, F& value, Form) {
      builder.fill(value);
    }
    template <class F, class Form>
    void optional_field(unnamed_field, F& value, Form) {
      builder.fill(value);
      if constexpr (std::is_same_v<family_t<F>, family::vector>) {
        if (value.empty() && !builder.options_.empty_optional_vectors) {
          ++builder.depth_;  // past max_depth the element takes the plainest constructor
          builder.fill(value.emplace_back());
          --builder.depth_;
        }
      }
    }
  };

  random_source& random_;
  const arbitrary_options& options_;
  std::uint32_t depth_ = 0;
};

}  // namespace detail

template <class T>
T arbitrary(random_source& random, const arbitrary_options& options = {}) {
  static_assert(!lives_in_arena<T>, "arbitrary values own their data: decode one into an arena for an arena value");
  T value{};
  detail::arbitrary_builder(random, options).fill(value);
  return value;
}

// Alternative number `index` (0 <= index < T::alternative_count) of boxed type T.
template <class T>
T arbitrary_alternative(std::size_t index, random_source& random, const arbitrary_options& options = {}) {
  static_assert(!lives_in_arena<T>, "arbitrary values own their data: decode one into an arena for an arena value");
  T value{};
  detail::arbitrary_builder(random, options).fill_alternative(value, index);
  return value;
}

}  // namespace tlcodec::testing
