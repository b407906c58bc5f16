// tlcodec/arena.hpp: the memory a value of the arena storage policy lives in (tlcodec::in_arena,
// tlcodec/storage.hpp): a few large blocks, handed out front to back and freed all at once.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace tlcodec {

// A monotonic arena: allocate() bumps a pointer through the current block and takes a new
// block, twice as large as the last, when it does not fit; nothing is freed before the arena
// is (or reset()). Decoding an arena value (decode<T>(input, arena), tlcodec/decode.hpp) sizes
// the first block from its input, so that a typical decode asks the allocator once or twice,
// and charges every block against decode_options::max_decoded_bytes before requesting it.
//
// Objects built in it are not destroyed one by one: the arena policy's own types own nothing.
// The exception is registered with destroy_later() (an Object, which owns its decoded value on
// the heap) and destroyed when the arena goes.
class arena {
 public:
  // The smallest block requested, and the alignment every allocation may ask at most.
  static constexpr std::size_t min_block = 1024;
  static constexpr std::size_t max_align = alignof(std::max_align_t);

  arena() noexcept = default;
  // The first block will be at least `first_block` bytes (after a reset() too).
  explicit arena(std::size_t first_block) noexcept
      : first_size_(std::max(first_block, min_block)), next_size_(first_size_) {}
  arena(const arena&) = delete;
  arena& operator=(const arena&) = delete;
  arena(arena&& other) noexcept
      : blocks_(std::exchange(other.blocks_, nullptr)),
        cleanups_(std::exchange(other.cleanups_, nullptr)),
        at_(std::exchange(other.at_, nullptr)),
        end_(std::exchange(other.end_, nullptr)),
        first_size_(other.first_size_),
        next_size_(std::exchange(other.next_size_, other.first_size_)),
        requested_(std::exchange(other.requested_, 0)) {}
  arena& operator=(arena&& other) noexcept {
    if (this != &other) {
      release();
      blocks_ = std::exchange(other.blocks_, nullptr);
      cleanups_ = std::exchange(other.cleanups_, nullptr);
      at_ = std::exchange(other.at_, nullptr);
      end_ = std::exchange(other.end_, nullptr);
      first_size_ = other.first_size_;
      next_size_ = std::exchange(other.next_size_, other.first_size_);
      requested_ = std::exchange(other.requested_, 0);
    }
    return *this;
  }
  ~arena() { release(); }

  // `size` bytes aligned to `align` (a power of two, at most max_align) from the current block,
  // or nullptr if they do not fit there (then: new_block_for).
  void* allocate_here(std::size_t size, std::size_t align) noexcept {
    const auto at = (reinterpret_cast<std::uintptr_t>(at_) + (align - 1)) & ~std::uintptr_t{align - 1};
    const auto end = reinterpret_cast<std::uintptr_t>(end_);
    if (at_ == nullptr || at > end || size > end - at) return nullptr;
    at_ = reinterpret_cast<std::byte*>(at + size);
    return reinterpret_cast<void*>(at);
  }
  // The block a new allocation of `size` bytes would take (what it asks the allocator for), and
  // the least one that would do.
  std::size_t preferred_block(std::size_t size) const noexcept { return std::max(next_size_, least_block(size)); }
  static std::size_t least_block(std::size_t size) noexcept { return header_size + size; }
  // Starts a block of `block_size` bytes (≥ least_block(size)) and allocates `size` bytes in it.
  // Throws std::bad_alloc if the allocator has none.
  void* allocate_in_new_block(std::size_t size, std::size_t align, std::size_t block_size) {
    auto* block = static_cast<block_header*>(::operator new(block_size));
    block->next = blocks_;
    block->size = block_size - header_size;
    blocks_ = block;
    requested_ += block_size;
    at_ = reinterpret_cast<std::byte*>(block) + header_size;
    end_ = reinterpret_cast<std::byte*>(block) + block_size;
    next_size_ = std::max(next_size_, block_size);
    if (next_size_ <= SIZE_MAX / 2) next_size_ *= 2;
    return allocate_here(size, align);
  }
  // Either of the above (for use outside a decode, which charges blocks first).
  void* allocate(std::size_t size, std::size_t align) {
    if (void* p = allocate_here(size, align)) return p;
    return allocate_in_new_block(size, align, preferred_block(size));
  }

  // Asks for a first block of `bytes` (at least the arena's own first size), if none has been
  // taken yet.
  void expect(std::size_t bytes) noexcept {
    if (blocks_ == nullptr) next_size_ = std::max(first_size_, bytes);
  }

  // Whether p points into one of the arena's blocks.
  bool holds(const void* p) const noexcept {
    const auto* byte = static_cast<const std::byte*>(p);
    for (const block_header* b = blocks_; b != nullptr; b = b->next)
      if (std::less_equal<>{}(reinterpret_cast<const std::byte*>(b), byte) &&
          std::less<>{}(byte, reinterpret_cast<const std::byte*>(b) + header_size + b->size))
        return true;
    return false;
  }

  // Destroys `object` (built in the arena) when the arena is released; `node` is arena memory
  // of cleanup_size bytes (aligned as a pointer) for the bookkeeping.
  static constexpr std::size_t cleanup_size = 3 * sizeof(void*);
  template <class T>
  void destroy_later(T& object, void* node) noexcept {
    cleanups_ = ::new (node) cleanup{cleanups_, &object, [](void* o) { static_cast<T*>(o)->~T(); }};
  }

  // Bytes requested from the allocator so far (all blocks together).
  std::size_t requested() const noexcept { return requested_; }

  // Destroys what was registered, frees every block; the arena can be used again, as new.
  void reset() noexcept { release(); }

 private:
  struct alignas(max_align) block_header {
    block_header* next;
    std::size_t size;  // of the block after its header
  };
  static constexpr std::size_t header_size = sizeof(block_header);
  struct cleanup {
    cleanup* next;
    void* object;
    void (*destroy)(void*);
  };
  static_assert(sizeof(cleanup) == cleanup_size);

  void release() noexcept {
    for (cleanup* c = std::exchange(cleanups_, nullptr); c != nullptr; c = c->next) c->destroy(c->object);
    for (block_header* b = std::exchange(blocks_, nullptr); b != nullptr;) {
      block_header* next = b->next;
      ::operator delete(b);
      b = next;
    }
    at_ = end_ = nullptr;
    next_size_ = first_size_;
    requested_ = 0;
  }

  block_header* blocks_ = nullptr;  // the newest first
  cleanup* cleanups_ = nullptr;
  std::byte* at_ = nullptr;  // the free part of the newest block
  std::byte* end_ = nullptr;
  std::size_t first_size_ = min_block;
  std::size_t next_size_ = min_block;
  std::size_t requested_ = 0;
};

}  // namespace tlcodec
