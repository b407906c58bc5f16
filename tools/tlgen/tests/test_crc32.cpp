// docs/tl-binary.md §7: normalization and CRC32 ids.

#include "normalize.hpp"
#include "parser.hpp"

#include <tlcodec/crc32.hpp>

#include <catch2/catch.hpp>

namespace {

tlgen::ast::declaration parse_one(std::string_view text)
{
    auto file = tlgen::parse(text, "test.tl");
    REQUIRE(file.declarations.size() == 1);
    return file.declarations.front();
}

} // namespace

// The CRC32 itself: zlib's, with the standard check value.
static_assert(tlcodec::crc32("") == 0);
static_assert(tlcodec::crc32("123456789") == 0xCBF4'3926U);

// The worked examples, on the normalized text itself (checked at compile time).
static_assert(tlcodec::crc32("phone.confirmCall peer:InputPhoneCall g_a:string key_fingerprint:long "
                             "protocol:PhoneCallProtocol = phone.PhoneCall") == 0x2efe1722U);
static_assert(tlcodec::crc32("phone.confirmCall peer:InputPhoneCall g_a:bytes key_fingerprint:long "
                             "protocol:PhoneCallProtocol = phone.PhoneCall") == 0x173ec690U);
static_assert(tlcodec::crc32("phone.phoneCall phone_call:PhoneCall users:Vector User = phone.PhoneCall") ==
              0xec82e140U);
static_assert(tlcodec::crc32("phone.phoneCall phone_call:PhoneCall users:Vector<User> = phone.PhoneCall") ==
              0xf3e281d2U);
static_assert(tlcodec::crc32("phoneCallProtocol flags:# min_layer:int max_layer:int library_versions:Vector string "
                             "= PhoneCallProtocol") == 0xfc878fc8U);
static_assert(tlcodec::crc32("vector t:Type # [ t ] = Vector t") == 0x1cb5c415U);
static_assert(tlcodec::crc32("invokeWithLayer X:Type layer:int query:!X = X") == 0xda9b0d0dU);
static_assert(tlcodec::crc32("msg_container messages:vector message = MessageContainer") == 0x73f1f8dcU);

TEST_CASE("crc32: the standard check value", "[crc32]")
{
    CHECK(tlcodec::crc32("123456789") == 0xcbf43926U);
    CHECK(tlcodec::crc32("") == 0U);
}

TEST_CASE("normalize: worked examples of docs/tl-binary.md §7", "[crc32][normalize]")
{
    struct example {
        std::string_view declaration;
        std::string_view normalized;
        std::uint32_t id;
    };
    const auto ex = GENERATE(
        example{"phone.confirmCall#2efe1722 peer:InputPhoneCall g_a:bytes key_fingerprint:long "
                "protocol:PhoneCallProtocol = phone.PhoneCall;",
                "phone.confirmCall peer:InputPhoneCall g_a:string key_fingerprint:long protocol:PhoneCallProtocol "
                "= phone.PhoneCall",
                0x2efe1722U},
        example{"phone.phoneCall#ec82e140 phone_call:PhoneCall users:Vector<User> = phone.PhoneCall;",
                "phone.phoneCall phone_call:PhoneCall users:Vector User = phone.PhoneCall", 0xec82e140U},
        example{"phoneCallProtocol#fc878fc8 flags:# udp_p2p:flags.0?true udp_reflector:flags.1?true min_layer:int "
                "max_layer:int library_versions:Vector<string> = PhoneCallProtocol;",
                "phoneCallProtocol flags:# min_layer:int max_layer:int library_versions:Vector string = "
                "PhoneCallProtocol",
                0xfc878fc8U},
        example{"vector#1cb5c415 {t:Type} # [ t ] = Vector t;", "vector t:Type # [ t ] = Vector t", 0x1cb5c415U},
        example{"invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X;",
                "invokeWithLayer X:Type layer:int query:!X = X", 0xda9b0d0dU},
        example{"message msg_id:long seqno:int bytes:int body:Object = Message;",
                "message msg_id:long seqno:int bytes:int body:Object = Message", 0x5bb8e511U});
    const auto d = parse_one(ex.declaration);
    CHECK(tlgen::normalized(d) == ex.normalized);
    CHECK(tlgen::computed_id(d) == ex.id);
}

TEST_CASE("normalize: the wrong variants of docs/tl-binary.md §7 give the wrong ids", "[crc32][normalize]")
{
    // Keeping `bytes`, or leaving `<User>` in place, changes the CRC.
    CHECK(tlcodec::crc32("phone.confirmCall peer:InputPhoneCall g_a:bytes key_fingerprint:long "
                         "protocol:PhoneCallProtocol = phone.PhoneCall") == 0x173ec690U);
    CHECK(tlcodec::crc32("phone.phoneCall phone_call:PhoneCall users:Vector<User> = phone.PhoneCall") == 0xf3e281d2U);
}

TEST_CASE("normalize: bytes becomes string only as a whole field type", "[normalize]")
{
    CHECK(tlgen::normalized(parse_one("a#1 x:flags.0?bytes y:Vector<bytes> z:bytes = A;")) ==
          "a x:flags.0?string y:Vector bytes z:string = A");
    CHECK(tlgen::normalized(parse_one("a#1 v:Vector<Vector<long>> w:%(Vector int) = A;")) ==
          "a v:Vector Vector long w:%Vector int = A");
    CHECK(tlgen::normalized(parse_one("int ? = Int;")) == "int ? = Int");
}

TEST_CASE("normalize: known id exceptions", "[normalize]")
{
    CHECK(tlgen::known_id_exception("ipPortSecret", 0x37982646U).has_value());
    CHECK(tlgen::known_id_exception("msg_container", 0x73f1f8dcU).has_value());
    CHECK(tlgen::known_id_exception("help.configSimple", 0x5a592a6cU).has_value());
    CHECK_FALSE(tlgen::known_id_exception("ipPortSecret", 0x37982647U).has_value());
    CHECK_FALSE(tlgen::known_id_exception("phone.confirmCall", 0x2efe1722U).has_value());
    // ipPortSecret matches with `secret:bytes` kept, as docs/tl-binary.md §7 says.
    CHECK(tlcodec::crc32("ipPortSecret ipv4:int port:int secret:bytes = IpPort") == 0x37982646U);
    // The TDLib legacy constructors carry the CRC of their name before the `Legacy` suffix.
    CHECK(tlgen::known_id_exception("inputPeerPhotoFileLocationLegacy", 0x27d69997U).has_value());
    CHECK(tlcodec::crc32("inputPeerPhotoFileLocation flags:# peer:InputPeer volume_id:long local_id:int = "
                         "InputFileLocation") == 0x27d69997U);
    CHECK(tlgen::known_id_exception("inputStickerSetThumbLegacy", 0x0dbaeae9U).has_value());
    CHECK(tlcodec::crc32("inputStickerSetThumb stickerset:InputStickerSet volume_id:long local_id:int = "
                         "InputFileLocation") == 0x0dbaeae9U);
}
