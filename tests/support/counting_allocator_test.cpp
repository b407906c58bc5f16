// The counting allocator itself: it must see every kind of allocation, only while a scope is
// active, and nested scopes must both count.
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "counting_allocator.hpp"

namespace {
struct alignas(64) over_aligned {
  unsigned char data[64];
};
// Storing a pointer here makes it escape, so the compiler may not elide the allocation behind
// it (clang does elide new/delete pairs made through std::allocator otherwise).
void* volatile escape = nullptr;
}  // namespace

TEST_CASE("allocation_scope counts plain, array, nothrow and aligned allocations", "[support][allocation]") {
  test_support::allocation_scope scope;
  void* plain = ::operator new(100);
  void* array = ::operator new[](30);
  void* nothrow = ::operator new(7, std::nothrow);
  void* aligned = ::operator new (128, std::align_val_t{64});
  void* aligned_nothrow = ::operator new[](64, std::align_val_t{128}, std::nothrow);
  scope.stop();
  const bool aligned_ok = reinterpret_cast<std::uintptr_t>(aligned) % 64 == 0 &&
                          reinterpret_cast<std::uintptr_t>(aligned_nothrow) % 128 == 0;
  ::operator delete(plain);
  ::operator delete[](array);
  ::operator delete(nothrow, std::nothrow);
  ::operator delete (aligned, std::align_val_t{64});
  ::operator delete[](aligned_nothrow, std::align_val_t{128}, std::nothrow);

  CHECK(scope.count() == 5);
  CHECK(scope.bytes() == 100 + 30 + 7 + 128 + 64);
  CHECK(aligned_ok);
}

TEST_CASE("allocation_scope counts what the standard library allocates, and only while active",
          "[support][allocation]") {
  std::vector<int> before(1000);
  test_support::allocation_scope scope;
  auto owned = std::make_unique<over_aligned>();
  std::string text(1000, 'x');
  escape = owned.get();
  escape = text.data();
  scope.stop();
  std::vector<int> after(1000);
  const bool aligned_ok = reinterpret_cast<std::uintptr_t>(owned.get()) % 64 == 0;

  CHECK(scope.count() == 2);
  CHECK(scope.bytes() >= sizeof(over_aligned) + 1000);  // the string's buffer holds a terminator too
  CHECK(scope.bytes() <= sizeof(over_aligned) + 1008);
  CHECK(aligned_ok);
  CHECK_FALSE(scope.active());
}

TEST_CASE("nested allocation scopes both count; stopping the outer one first is fine", "[support][allocation]") {
  test_support::allocation_scope outer;
  void* a = ::operator new(10);
  std::size_t inner_bytes = 0, inner_count = 0;
  {
    test_support::allocation_scope inner;
    void* b = ::operator new(20);
    outer.stop();
    void* c = ::operator new(40);
    inner.stop();
    inner_bytes = inner.bytes();
    inner_count = inner.count();
    ::operator delete(b);
    ::operator delete(c);
  }
  ::operator delete(a);
  CHECK(outer.bytes() == 30);
  CHECK(outer.count() == 2);
  CHECK(inner_bytes == 60);
  CHECK(inner_count == 2);
}
