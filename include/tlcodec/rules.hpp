// tlcodec/rules.hpp: rules a protocol layer attaches to some of its constructors, beyond what
// their TL declarations say (MTProto's msg_container: at most 1024 messages, never inside
// another one; tlcodec/service/rules.hpp). The walks know no such constructor: they ask here.
//
// A specialization constructor_rules<T> may have
//   template <class R, class Fields> static void decode(R& r, Fields&& fields);
// which the decode walk calls when T's id has been read (boxed: it ends at r.offset()), with
// fields() decoding the fields: it checks what it must (failing through r.state()), sets the
// decode_state's scope for what the fields hold, and calls fields() or not; and
//   template <class W> static void encode(W& w, const T& value);
// which the encode walk calls before it writes T's fields: it fails (w.fail) on a value the
// decoder would reject, so that what encodes without error also decodes; and
//   static void make_valid(T& value);
// which tlcodec::testing::arbitrary calls on a value it filled at random, to make it one the
// rules allow.
//
// The specialization must be visible wherever T is decoded: a schema's rules header is one
// that every generated header of that schema includes (tlgen --rules-header).
#pragma once

namespace tlcodec {

template <class T>
struct constructor_rules {};

}  // namespace tlcodec
