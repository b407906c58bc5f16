// Reading Telegram API methods with mtcute (@mtcute/tl, layer 223). mtcute generates readers for
// constructors and MTProto functions only (a client never reads an API request), so a method is
// read here field by field from mtcute's schema JSON with mtcute's reader primitives; everything
// nested in it is read by mtcute's own generated readers. Shared by tlcodec's differential tests
// (tests/differential) and benchmark comparison (bench/peers); copied next to them when they run.

// mtcute's field names: the TL names in camelCase (srp_B -> srpB).
export const camel = (name) => name.replace(/_([a-z0-9])/gi, (_, c) => c.toUpperCase())

// The fields of a schema JSON entry: TL and mtcute names, type, flag bit, vector or bare.
export function fieldsOf(entry) {
  return entry.arguments.map((arg) => {
    const modifiers = arg.typeModifiers ?? {}
    const [flagsField, bit] = modifiers.predicate ? modifiers.predicate.split('.') : [undefined, undefined]
    return { name: arg.name, key: camel(arg.name), type: arg.type, flagsField, bit: Number(bit),
             vector: !!(modifiers.isVector || modifiers.isBareVector), bare: !!modifiers.isBareType }
  })
}

// readAny(r) reads one boxed value from a TlBinaryReader: an API method of `apiEntries` by the
// schema, anything else by mtcute's reader map.
export function methodReader(apiEntries) {
  const methods = new Map(apiEntries.filter((e) => e.kind === 'method').map((e) => [e.id, { name: e.name, fields: fieldsOf(e) }]))
  const primitives = {
    int: (r) => r.int(), long: (r) => r.long(), int53: (r) => r.int53(), double: (r) => r.double(),
    string: (r) => r.string(), bytes: (r) => r.bytes(), int128: (r) => r.int128(), int256: (r) => r.int256(),
    Bool: (r) => r.boolean(), '!X': (r) => readAny(r),
  }
  const readField = (r, field) => {
    const one = primitives[field.type] ?? ((reader) => reader.object())
    return field.vector ? r.vector(() => one(r)) : one(r)
  }
  const readMethod = (r, method) => {
    const object = { _: method.name }
    const flags = {}
    for (const field of method.fields) {
      if (field.type === '#') {
        flags[field.name] = r.uint()
        continue
      }
      const present = field.flagsField === undefined || ((flags[field.flagsField] >>> field.bit) & 1) === 1
      if (field.type === 'true') object[field.key] = present
      else object[field.key] = present ? readField(r, field) : undefined
    }
    return object
  }
  function readAny(r) {
    const method = methods.get(r.peekUint())
    if (method === undefined) return r.object()
    r.uint()
    return readMethod(r, method)
  }
  return { readAny, isMethod: (id) => methods.has(id) }
}
