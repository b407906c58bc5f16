// The default registry: every constructor and function of the api and mtproto schemas, Bool's
// constructors, and gzip_packed unpacked (tlcodec/service/object_types.hpp).
#include <tlcodec/api/registry.hpp>
#include <tlcodec/mtproto/registry.hpp>
#include <tlcodec/registry.hpp>
#include <tlcodec/service/object_types.hpp>

const tlcodec::object_registry& tlcodec::default_registry() {
  static const object_registry registry = [] {
    object_registry types;
    types.add(api::object_types());
    types.add(mtproto::object_types());
    types.add(service_object_types());  // after mtproto: its gzip_packed unpacks
    return types;
  }();
  return registry;
}
