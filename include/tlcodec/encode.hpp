// tlcodec/encode.hpp: encoding TL values (constructors and functions are boxed: id first).
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

#include <tlcodec/detail/wire_size.hpp>
#include <tlcodec/detail/write.hpp>
#include <tlcodec/result.hpp>
#include <tlcodec/wire.hpp>
#include <tlcodec/writer.hpp>

namespace tlcodec {

// The exact number of bytes encode() produces. A constant expression for fixed-size values:
// scalars, and constructors whose generated tl_fixed_size says so (no strings, vectors, flags).
template <class T>
constexpr std::size_t encoded_size(const T& value) {
  if constexpr (detail::fixed_size<T>() != 0) {
    return detail::fixed_size<T>();
  } else {
    buffer_writer counter(nullptr);
    detail::write_value(counter, value, wire::boxed{});
    return counter.size();
  }
}

// Encodes through any writer; returns the writer's first error (errc::ok if none).
template <writer W, class T>
error encode_to(W& out, const T& value) {
  if constexpr (depth_counting_writer<W>) {
    detail::write_value(out, value, wire::boxed{});
  } else {
    detail::depth_counting<W> counting(out);
    detail::write_value(counting, value, wire::boxed{});
  }
  return out.status();
}

// Encodes into a caller's buffer; the number of bytes written, or errc::buffer_overflow (its
// offset: how many bytes were written, a prefix of the encoding; a string is written whole or
// not at all), or the first error before the bytes ran out. Through buffer_writer, whose
// encoders the codec libraries compile.
template <class T>
result<std::size_t> encode_to(std::span<std::byte> out, const T& value) {
  buffer_writer w(out.data(), out.size());
  detail::write_value(w, value, wire::boxed{});
  const error& e = w.status();
  if (!w.fits() && (!e || e.offset > w.written())) return {w.written(), {errc::buffer_overflow, w.written(), 0}};
  return {w.size(), e};
}

// Replaces the contents of out with the encoding of value, reusing its capacity. The value is
// written over the bytes out holds already (a buffer reused for messages of similar size: one
// pass); if it does not fit, that pass has counted its exact size, and it is written again into
// out resized to that. On error out is left empty.
template <class T>
error encode_into(std::vector<std::byte>& out, const T& value) {
  buffer_writer w(out.data(), out.size());
  detail::write_value(w, value, wire::boxed{});
  if (!w.status() && !w.fits()) {
    out.resize(w.size());
    w = buffer_writer(out.data(), out.size());
    detail::write_value(w, value, wire::boxed{});
  }
  if (w.status()) [[unlikely]] {
    out.clear();
    return w.status();
  }
  // Only ever shorter here: erase() is a store, resize() an out-of-line call.
  out.erase(out.begin() + static_cast<std::ptrdiff_t>(w.size()), out.end());
  return {};
}

// A byte vector whose resize() leaves the new bytes as they are instead of zeroing them: for
// encode<uninitialized_buffer>(), which writes every byte (zero-filling 128 KiB of upload.file first costs
// as much as copying it).
template <class T>
struct uninitialized_allocator : std::allocator<T> {
  uninitialized_allocator() = default;
  template <class U>
  uninitialized_allocator(const uninitialized_allocator<U>&) noexcept {}
  template <class U>
  void construct(U* at) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(at)) U;  // default-initialized: a std::byte stays as it is
  }
  template <class U, class... Args>
  void construct(U* at, Args&&... args) {
    ::new (static_cast<void*>(at)) U(std::forward<Args>(args)...);
  }
};
using uninitialized_buffer = std::vector<std::byte, uninitialized_allocator<std::byte>>;

// Encodes into a new buffer of exactly the right size: sized first, then written. Buffer is
// std::vector<std::byte>, or uninitialized_buffer to skip zero-filling it first.
template <class Buffer = std::vector<std::byte>, class T>
result<Buffer> encode(const T& value) {
  Buffer out(encoded_size(value));
  buffer_writer w(out.data(), out.size());
  detail::write_value(w, value, wire::boxed{});
  if (w.status()) [[unlikely]]
    out.clear();
  return {std::move(out), w.status()};
}

}  // namespace tlcodec
