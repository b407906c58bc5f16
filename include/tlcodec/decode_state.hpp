// tlcodec/decode_state.hpp: the state of one decode, apart from where its bytes come from.
//
// A reader (tlcodec/reader.hpp) gives bytes; the decode_state it carries holds everything else
// a decode keeps as it walks: the options, the first error, how deep constructors nest, where
// the walk is as a protocol layer sees it (scope), and the budgets that bound what hostile input
// can make a decode do. A reader of nested input (a message body, unpacked gzip data, an
// Object's bytes) continues from a copy of it and hands it back (continue_decode in
// tlcodec/reader.hpp), so limits hold across them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include <tlcodec/error.hpp>
#include <tlcodec/options.hpp>

namespace tlcodec {

class arena;  // tlcodec/arena.hpp

class decode_state {
 public:
  explicit decode_state(const decode_options& options = {}) noexcept
      : options_(options), allocatable_(options.max_decoded_bytes) {
    options_.max_depth = std::min(options_.max_depth, max_depth_kept);
  }

  const decode_options& options() const noexcept { return options_; }

  // Errors are sticky: the first one is kept (codes, offsets: tlcodec/error.hpp).
  void fail(errc code, std::size_t at) noexcept {
    if (!error_) {
      error_ = {code, at, 0};
      error_depth_ = depth_;
    }
  }
  // Replaces the error (or clears it, with {}): for a rule that restates an error found in
  // nested bytes (e.g. at the offset of the gzip_packed they were unpacked from), or a decode
  // that is undone (an Object kept opaque instead).
  void set_status(const error& e) noexcept {
    error_ = e;
    error_depth_ = depth_;
  }
  bool failed() const noexcept { return static_cast<bool>(error_); }
  const error& status() const noexcept { return error_; }

  // One constructor level deeper; false past decode_options::max_depth (leave() all the same).
  bool enter() noexcept { return ++depth_ <= options_.max_depth; }
  void leave() noexcept { --depth_; }
  // Called by each constructor as decoding leaves it: the innermost one that was being decoded
  // when the error happened names it (not one read after it, at the same depth or deeper).
  void note_constructor(std::uint32_t id) noexcept {
    if (error_ && error_.constructor_id == 0 && error_depth_ >= depth_) [[unlikely]]
      error_.constructor_id = id;
  }

  // A max_depth above this is taken as this (depth_ holds one more; options() says so).
  static constexpr std::uint32_t max_depth_kept = 0xfffe;

 private:
  // Beside scope, so that the three fill one word: a decode_state is copied onto the stack for
  // each nested input (an Object's bytes), so its size counts at every level of the deepest input.
  std::uint16_t depth_ = 0;
  std::uint16_t error_depth_ = 0;

 public:
  // Where the walk is, in bits a protocol layer defines and saves/restores around what it
  // decodes (tlcodec/service/: inside a container, inside unpacked gzip data), and the rule it
  // sets for the Objects met there: called with the id of each Object before it is looked up
  // in the registry, it may fail the decode. The core walk only carries them.
  std::uint32_t scope = 0;

  void (*object_rule)(decode_state& state, std::uint32_t id, std::size_t at) = nullptr;

  // decode_options::max_unpacked_size bounds all gzip_packed of one decode together.
  std::size_t unpack_allowance() const noexcept {
    return unpacked_ < options_.max_unpacked_size ? options_.max_unpacked_size - unpacked_ : 0;
  }
  void count_unpacked(std::size_t n) noexcept { unpacked_ += n; }

  // decode_options::max_decoded_bytes: the walk charges what it is about to request from the
  // allocator (detail::charge in tlcodec/detail/read.hpp) and makes the request only if this
  // says yes. Charges are never given back, so they bound the total requested, not only the peak.
  std::size_t allocatable() const noexcept { return allocatable_; }
  bool charge(std::size_t bytes) noexcept {
    if (bytes > allocatable_) [[unlikely]]
      return false;
    allocatable_ -= bytes;
    return true;
  }

  // Bytes at the end of the input being read that the later elements of the vectors being
  // decoded need at least (their count times their minimum wire size). A count inside one
  // element may only use what its siblings leave, so that the counts of one decode are backed
  // by distinct input bytes and what is reserved for them stays proportional to the input
  // (nested vectors would otherwise each reserve for the same bytes).
  std::size_t claimed = 0;

  // Where values of the arena policy are built (decode<T>(input, arena), tlcodec/decode.hpp);
  // null in a decode of other values.
  arena* memory = nullptr;

 private:
  decode_options options_;
  error error_{};
  std::size_t unpacked_ = 0;
  std::size_t allocatable_;
};

}  // namespace tlcodec
