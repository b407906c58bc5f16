// The replaced global allocation functions behind test_support::allocation_scope. They must be
// defined in exactly one TU of the binary and may not be inline ([replacement.functions]).
#include "counting_allocator.hpp"

#include <cstdlib>
#include <new>

namespace test_support {
namespace {
// The innermost active scope of this thread; constant-initialized, so it is usable by
// allocations made before main() (no dynamic TLS initialization involved).
thread_local allocation_scope* innermost = nullptr;
}  // namespace

allocation_scope::allocation_scope() noexcept : outer_(innermost) { innermost = this; }

allocation_scope::~allocation_scope() { stop(); }

void allocation_scope::stop() noexcept {
  if (!active_) return;
  active_ = false;
  // Unlink this scope from the thread's chain, wherever it is (an outer scope may be stopped
  // while an inner one is still counting).
  if (innermost == this) {
    innermost = outer_;
    return;
  }
  for (allocation_scope* scope = innermost; scope != nullptr; scope = scope->outer_) {
    if (scope->outer_ == this) {
      scope->outer_ = outer_;
      return;
    }
  }
}

void allocation_scope::record(std::size_t size) noexcept {
  for (allocation_scope* scope = innermost; scope != nullptr; scope = scope->outer_) {
    scope->bytes_ += size;
    ++scope->count_;
  }
}

}  // namespace test_support

namespace {

void* allocate(std::size_t size) noexcept {
  test_support::allocation_scope::record(size);
  return std::malloc(size == 0 ? 1 : size);
}

void* allocate_aligned(std::size_t size, std::align_val_t alignment) noexcept {
  test_support::allocation_scope::record(size);
  std::size_t align = static_cast<std::size_t>(alignment);
  if (align < sizeof(void*)) align = sizeof(void*);
  void* p = nullptr;
  if (posix_memalign(&p, align, size == 0 ? 1 : size) != 0) return nullptr;
  return p;
}

void* allocate_or_throw(std::size_t size) {
  if (void* p = allocate(size)) return p;
  throw std::bad_alloc();
}

void* allocate_aligned_or_throw(std::size_t size, std::align_val_t alignment) {
  if (void* p = allocate_aligned(size, alignment)) return p;
  throw std::bad_alloc();
}

}  // namespace

void* operator new(std::size_t size) { return allocate_or_throw(size); }
void* operator new[](std::size_t size) { return allocate_or_throw(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return allocate(size); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return allocate(size); }
void* operator new(std::size_t size, std::align_val_t alignment) { return allocate_aligned_or_throw(size, alignment); }
void* operator new[](std::size_t size, std::align_val_t alignment) {
  return allocate_aligned_or_throw(size, alignment);
}
void* operator new(std::size_t size, std::align_val_t alignment, const std::nothrow_t&) noexcept {
  return allocate_aligned(size, alignment);
}
void* operator new[](std::size_t size, std::align_val_t alignment, const std::nothrow_t&) noexcept {
  return allocate_aligned(size, alignment);
}

void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { std::free(p); }
