// Fills a reflected TL value with non-default values, recursively, with every optional field
// present or every one absent, so that round trips exercise every field of a constructor.
// `depth` bounds recursion: past it, boxed values keep their default (non-recursive)
// constructor and vectors stay empty.
#pragma once

#include <cstdint>
#include <string>
#include <type_traits>

#include <tlcodec/core.hpp>
#include <tlcodec/detail/traits.hpp>

namespace test_support {

class filler {
 public:
  filler(int depth, bool optional_present) : depth_(depth), optional_present_(optional_present) {}

  // noinline: each type's filler is compiled once, instead of being inlined into every caller
  // (inlined, the recursion over the whole api multiplies the code).
  template <class T>
  [[gnu::noinline]] void fill(T& out) {
    using namespace tlcodec::detail;
    ++counter_;
    if constexpr (std::is_same_v<T, std::int32_t>) {
      out = static_cast<std::int32_t>(counter_ * 7919);
    } else if constexpr (std::is_same_v<T, std::int64_t>) {
      out = static_cast<std::int64_t>(counter_) * 1000000007LL - 5;
    } else if constexpr (std::is_same_v<T, double>) {
      out = 0.5 + counter_;
    } else if constexpr (std::is_same_v<T, bool>) {
      out = counter_ % 2 == 0;
    } else if constexpr (std::is_same_v<T, std::string>) {
      out = "text-" + std::to_string(counter_);
    } else if constexpr (std::is_same_v<T, tlcodec::bytes>) {
      out = tlcodec::bytes{0x00, 0xff, static_cast<unsigned char>(counter_)};
    } else if constexpr (is_wide_int<T>::value) {
      for (std::size_t i = 0; i < out.bytes.size(); ++i) out.bytes[i] = std::byte(counter_ + i);
    } else if constexpr (std::is_same_v<T, tlcodec::object>) {
      const std::byte bool_true[] = {std::byte{0xb5}, std::byte{0x75}, std::byte{0x72}, std::byte{0x99}};
      out = tlcodec::object::opaque(bool_true);
    } else if constexpr (is_vector<T>::value) {
      out.clear();
      if (depth_ > 0) {
        --depth_;
        fill(out.emplace_back());
        ++depth_;
      }
    } else if constexpr (is_box<T>::value) {
      fill(*out);
    } else if constexpr (tl_boxed<T>) {
      if (depth_ <= 0) return;
      // Rotate through the alternatives so that repeated fills cover different constructors.
      const std::size_t index = static_cast<std::size_t>(counter_) % T::alternative_count;
      out.reset_to(index);
      --depth_;
      T::with_index(index, [&]<class C>(std::type_identity<C>) { fill(*out.template get_if<C>()); });
      ++depth_;
    } else if constexpr (tl_constructor<T>) {
      T::each_field(out, [&]<class F, class Form>(F& field, Form) {
        using ft = form_traits<Form>;
        if constexpr (ft::is_flags) {
        } else if constexpr (ft::is_when && std::is_same_v<F, bool>) {
          field = optional_present_;
        } else if constexpr (ft::is_when) {
          if (optional_present_) fill(field.emplace());
        } else {
          fill(field);
        }
      });
    } else {
      static_assert(dependent_false<T>, "no filler for this type");
    }
  }

 private:
  int depth_;
  bool optional_present_;
  int counter_ = 0;
};

template <class T>
T filled(bool optional_present, int depth = 3) {
  T out{};
  filler(depth, optional_present).fill(out);
  return out;
}

}  // namespace test_support
