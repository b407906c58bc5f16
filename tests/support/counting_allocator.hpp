// A replacement of the global operator new/delete for the test binary (in
// counting_allocator.cpp) that lets a test count what a piece of code allocates:
//
//   test_support::allocation_scope scope;
//   auto decoded = tlcodec::decode<T>(input);
//   scope.stop();                       // before any Catch2 macro: they allocate too
//   CHECK(scope.bytes() <= input.size() + 64);
//
// Every allocation function forwards to malloc/free (posix_memalign for over-aligned types), so
// AddressSanitizer still sees and checks every block. Scopes nest: an allocation counts in every
// active scope of the thread that made it.
#pragma once

#include <cstddef>

namespace test_support {

class allocation_scope {
 public:
  allocation_scope() noexcept;
  ~allocation_scope();
  allocation_scope(const allocation_scope&) = delete;
  allocation_scope& operator=(const allocation_scope&) = delete;

  // Stops counting (idempotent); the totals stay readable.
  void stop() noexcept;
  bool active() const noexcept { return active_; }

  std::size_t bytes() const noexcept { return bytes_; }  // bytes requested while active
  std::size_t count() const noexcept { return count_; }  // allocation calls while active

  // Called by the replaced operator new; not for tests.
  static void record(std::size_t size) noexcept;

 private:
  allocation_scope* outer_;
  bool active_ = true;
  std::size_t bytes_ = 0;
  std::size_t count_ = 0;
};

}  // namespace test_support
