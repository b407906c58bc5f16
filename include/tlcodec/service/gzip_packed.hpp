// tlcodec/service/gzip_packed.hpp: reading the content of gzip_packed#3072cfa1 (docs/tl-binary.md §8).
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include <tlcodec/detail/read.hpp>
#include <tlcodec/gzip.hpp>
#include <tlcodec/service/rules.hpp>

namespace tlcodec::service {

namespace detail {
// What read_gzip_packed does with the unpacked content, any callable taking a span_reader&,
// called through one function pointer: the unpacking below (zlib's loop, the budget, the nested
// reader) is then compiled once, not once per caller (decode_rpc_answer<F> for every F).
class content_decode {
 public:
  template <class Decode>
  explicit content_decode(Decode& decode) noexcept
      : decode_(const_cast<void*>(static_cast<const void*>(std::addressof(decode)))),
        call_([](void* d, span_reader& content) { (*static_cast<Decode*>(d))(content); }) {}
  void operator()(span_reader& content) const { call_(decode_, content); }

 private:
  void* decode_;
  void (*call_)(void*, span_reader&);
};

inline bool unpack_and_decode(span_reader& in, std::size_t at, content_decode decode, std::vector<std::byte>* keep) {
  if (in.state().scope & in_gzip) [[unlikely]] {
    in.fail(errc::nested_gzip, at);
    return false;
  }
  const std::byte* packed;
  std::size_t size;
  tlcodec::detail::read_string(in, packed, size);
  if (in.failed()) return false;
  decode_state& state = in.state();
  std::vector<std::byte> unpacked;
  const auto approve = [&](std::size_t bytes) { return tlcodec::detail::charge(in, bytes, at); };
  switch (gunzip({packed, size}, unpacked, state.unpack_allowance(), approve)) {
    case gunzip_status::ok: state.count_unpacked(unpacked.size()); break;
    case gunzip_status::invalid: in.fail(errc::invalid_gzip, at); return false;
    case gunzip_status::too_large: in.fail(errc::gzip_too_large, at); return false;
    case gunzip_status::refused: return false;  // charge() recorded memory_budget_exceeded
  }
  continue_decode(in, unpacked, 0, [&](span_reader& content) {
    within(content.state(), in_gzip, [&] { decode(content); });
    if (!content.failed() && content.remaining() != 0 && content.options().strict) [[unlikely]]
      content.fail(errc::trailing_bytes, content.offset());
  });
  if (const error e = state.status(); e) [[unlikely]] {
    state.set_status({e.code, at, e.constructor_id});
    in.fail(e.code, at);
    return false;
  }
  if (keep) *keep = std::move(unpacked);  // the same heap block: what was decoded may point into it
  return true;
}
}  // namespace detail

// After the id of a gzip_packed at offset `at`: reads packed_data, unpacks it (all gzip_packed
// of one decode together: at most decode_options::max_unpacked_size bytes) and calls
// decode(content) with a reader of the unpacked bytes, in which no gzip_packed may start; the
// content must fill them (strict mode). An error in the unpacked data keeps its code and
// constructor id, at offset `at` (offsets into compressed data would tell nothing); a
// gzip_packed inside one is errc::nested_gzip at the outer one's id. Returns whether it all
// succeeded. A decode in view mode, whose values point into the unpacked bytes, passes keep:
// they are moved there (the same heap block) once decoded, to live as long as the values.
template <class Decode>
bool read_gzip_packed(span_reader& in, std::size_t at, Decode&& decode, std::vector<std::byte>* keep = nullptr) {
  const bool ok = detail::unpack_and_decode(in, at, detail::content_decode(decode), keep);
  in.state().note_constructor(gzip_packed_id);
  return ok;
}

}  // namespace tlcodec::service
