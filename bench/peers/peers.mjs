// The JavaScript side of tlcodec's benchmark comparison (run_peers.py drives it): times decoding
// and encoding of each object with mtcute (layer 223) and GramJS (layer 198).
//   node peers.mjs --objects DIR1,DIR2 [--min-ms 200] [--peers mtcute,gramjs] [--only NAME,...]
// Every DIR/<name>.hex (one line of hex: layer-223 bytes) is an object. Prints JSON:
//   {"node": VERSION, "peers": {PEER: "packages"},
//    "results": [{"peer", "object", "bytes", "roundtrip", "ns": {"decode", "encode"}, "notes"}]}
// ns is nanoseconds per operation; decode reads the bytes into the peer's objects, encode writes
// the decoded objects to a new buffer. roundtrip tells whether encode(decode(bytes)) gave the
// same bytes back. Each note is {"text", "operations"}: what the text applies to. A pair that
// cannot run has no ns and a note saying why.
//
// GramJS speaks layer 198. Where every constructor id of an object is the same in both layers, it
// reads the layer-223 bytes; elsewhere it gets the same object in its own layer: mtcute's decoded
// object rebuilt as GramJS classes of the same names (fields its layer lacks are left out and
// listed in the notes), encoded by GramJS.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { TlBinaryReader, TlBinaryWriter, TlSerializationCounter } from '@mtcute/tl-runtime'

import { methodReader } from './mtcute_methods.mjs'

const require = createRequire(import.meta.url)

const VECTOR_ID = 0x1cb5c415
const RPC_RESULT_ID = 0xf35c6d01

const note = (text, operations = ['decode', 'encode']) => ({ text, operations })

// ---- the objects ----------------------------------------------------------------------------

function loadObjects(dirs, only) {
  const objects = []
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.hex')).sort()) {
      const name = file.slice(0, -'.hex'.length)
      if (only === undefined || only.includes(name))
        objects.push({ name, bytes: Buffer.from(readFileSync(path.join(dir, file), 'utf8').trim(), 'hex') })
    }
  }
  return objects
}

// ---- mtcute, layer 223 ----------------------------------------------------------------------

const mtcuteReaders = require('@mtcute/tl/binary/reader.js').__tlReaderMap
const mtcuteWriters = require('@mtcute/tl/binary/writer.js').__tlWriterMap
const mtcuteSchema = require('@mtcute/tl/api-schema.json').e
const mtcuteIds = new Map(mtcuteSchema.map((entry) => [entry.name, entry.id]))

// API methods: read with mtcute_methods.mjs (tools/mtcute; mtcute has no readers for them).
const { readAny: mtcuteReadAny, isMethod } = methodReader(mtcuteSchema)

function mtcuteWrite(size, write) {
  const w = TlBinaryWriter.alloc(mtcuteWriters, size)
  write(w)
  return w.uint8View
}

// Bytes the writer needs, counted the way serializeObject counts them.
function mtcuteCount(count) {
  const counter = new TlSerializationCounter(mtcuteWriters)
  count(counter)
  return counter.count
}

const mtcuteReader = (bytes) => new TlBinaryReader(mtcuteReaders, bytes)

const mtcuteCodecs = {
  object: {
    decode: (bytes) => mtcuteReadAny(mtcuteReader(bytes)),
    encode: (object) => TlBinaryWriter.serializeObject(mtcuteWriters, object),
  },
  vectorLong: {
    decode: (bytes) => { const r = mtcuteReader(bytes); return r.vector(r.long) },
    encode: (list) => mtcuteWrite(8 + 8 * list.length, (w) => w.vector(w.long, list)),
  },
  vectorObject: {
    decode: (bytes) => { const r = mtcuteReader(bytes); return r.vector(r.object) },
    encode: (list) => mtcuteWrite(mtcuteCount((c) => c.vector(c.object, list)), (w) => w.vector(w.object, list)),
  },
  // mtcute has no rpc_result reader or writer: its id and req_msg_id are handled here.
  rpcResult: {
    decode: (bytes) => { const r = mtcuteReader(bytes); r.uint(); return { reqMsgId: r.long(), result: mtcuteReadAny(r) } },
    encode: ({ reqMsgId, result }) => mtcuteWrite(12 + mtcuteCount((c) => c.object(result)), (w) => {
      w.uint(RPC_RESULT_ID)
      w.long(reqMsgId)
      w.object(result)
    }),
  },
}

// The shape of the top level: a Vector<long> is told from a vector of boxed objects by its
// first element, which is then not a constructor id mtcute knows.
function shapeOf(bytes) {
  const id = bytes.readUInt32LE(0)
  if (id === RPC_RESULT_ID) return 'rpcResult'
  if (id !== VECTOR_ID) return 'object'
  return bytes.length > 8 && !(bytes.readUInt32LE(8) in mtcuteReaders) ? 'vectorLong' : 'vectorObject'
}

// ---- GramJS, layer 198 ----------------------------------------------------------------------

const { Api } = require('telegram/tl')
const { BinaryReader } = require('telegram/extensions/BinaryReader.js')
const { toSignedLittleBuffer, readBigIntFromBuffer } = require('telegram/Helpers.js')
const { parseTl, snakeToCamelCase } = require('telegram/tl/generationHelpers.js')
const bigInt = require('big-integer')

function u32(value) {
  const buffer = Buffer.alloc(4)
  buffer.writeUInt32LE(value >>> 0)
  return buffer
}

const vectorHeader = (length) => Buffer.concat([u32(VECTOR_ID), u32(length)])

// Vectors and rpc_result at the top are read and written with GramJS's primitives, the way
// its generated classes do for their fields.
const gramCodecs = {
  object: {
    decode: (bytes) => new BinaryReader(bytes).tgReadObject(),
    encode: (object) => object.getBytes(),
  },
  vectorLong: {
    decode: (bytes) => {
      const r = new BinaryReader(bytes)
      r.readInt(false)
      return Array.from({ length: r.readInt() }, () => r.readLong())
    },
    encode: (list) => Buffer.concat([vectorHeader(list.length), ...list.map((x) => toSignedLittleBuffer(x, 8))]),
  },
  vectorObject: {
    decode: (bytes) => new BinaryReader(bytes).tgReadVector(),
    encode: (list) => Buffer.concat([vectorHeader(list.length), ...list.map((x) => x.getBytes())]),
  },
  rpcResult: {
    decode: (bytes) => {
      const r = new BinaryReader(bytes)
      r.readInt(false)
      return { reqMsgId: r.readLong(), result: r.tgReadObject() }
    },
    encode: ({ reqMsgId, result }) => Buffer.concat([u32(RPC_RESULT_ID), toSignedLittleBuffer(reqMsgId, 8), result.getBytes()]),
  },
}

// GramJS's own parse of its schema: the fields of each class (its classes do not expose them).
const gramDefinitions = new Map()
for (const definition of parseTl(require('telegram/tl/apiTl.js'), 198))
  gramDefinitions.set(definition.namespace ? `${definition.namespace}.${definition.name}` : definition.name, definition)

// A TL name as GramJS spells its classes: messages.messages -> messages.Messages.
function gramName(tlName) {
  const dot = tlName.lastIndexOf('.')
  return tlName.slice(0, dot + 1) + snakeToCamelCase(tlName.slice(dot + 1))
}

// Field names as both spell them, less the differences (mtcute: a_1 -> a1; GramJS: a_1).
const fieldKey = (name) => name.replace(/_/g, '').toLowerCase()

class Unmappable extends Error {}

// Rebuilds mtcute's decoded object as GramJS's; what its layer lacks goes into `dropped`.
function toGram(value, type, dropped) {
  switch (type) {
    case 'long': return bigInt(value.toString())
    case 'int128': case 'int256': return readBigIntFromBuffer(Buffer.from(value), true, true)
    case 'bytes': return Buffer.from(value)
    case 'int': case 'double': case 'string': case 'Bool': case 'true': return value
    default: return toGramObject(value, dropped)
  }
}

function toGramObject(object, dropped) {
  const definition = gramDefinitions.get(gramName(object._))
  if (definition === undefined) throw new Unmappable(`${object._} is not in GramJS's layer 198`)
  const values = new Map(Object.entries(object).filter(([key]) => key !== '_').map(([key, v]) => [fieldKey(key), v]))
  const args = {}
  for (const [key, arg] of Object.entries(definition.argsConfig)) {
    if (arg.flagIndicator) continue
    const value = values.get(fieldKey(key))
    values.delete(fieldKey(key))
    if (value === undefined) {
      if (!arg.isFlag) throw new Unmappable(`${object._}.${key} is required in layer 198 and absent in 223`)
      continue
    }
    args[key] = arg.isVector ? value.map((v) => toGram(v, arg.type, dropped)) : toGram(value, arg.type, dropped)
  }
  // A false flag of type true is an absent one: nothing is lost.
  for (const [key, value] of values) if (value !== undefined && value !== false) dropped.add(`${object._}.${key}`)
  const cls = definition.namespace ? Api[definition.namespace][definition.name] : Api[definition.name]
  return new cls(args)
}

const toGramTop = {
  object: (object, dropped) => toGramObject(object, dropped),
  vectorLong: (list) => list.map((x) => bigInt(x.toString())),
  vectorObject: (list, dropped) => list.map((x) => toGramObject(x, dropped)),
  rpcResult: ({ reqMsgId, result }, dropped) => ({ reqMsgId: bigInt(reqMsgId.toString()), result: toGramObject(result, dropped) }),
}

function constructorNames(value, names = new Set()) {
  if (Array.isArray(value)) value.forEach((v) => constructorNames(v, names))
  else if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    if (typeof value._ === 'string') names.add(value._)
    Object.values(value).forEach((v) => constructorNames(v, names))
  }
  return names
}

// The constructors of the object whose ids differ in GramJS's layer (or that it lacks).
function idsDiffering(mtcuteValue) {
  return [...constructorNames(mtcuteValue)].filter((name) => {
    const definition = gramDefinitions.get(gramName(name))
    return definition === undefined || definition.constructorId !== mtcuteIds.get(name)
  }).sort()
}

// GramJS's bytes of the object: the layer-223 bytes where its ids agree, else its own layer's.
function gramInput(object, shape) {
  const mtcuteValue = mtcuteCodecs[shape].decode(object.bytes)
  const differing = idsDiffering(mtcuteValue)
  if (differing.length === 0) return { bytes: object.bytes, notes: [] }
  const dropped = new Set()
  const bytes = gramCodecs[shape].encode(toGramTop[shape](mtcuteValue, dropped))
  const left = dropped.size ? `; left out (not in layer 198): ${[...dropped].sort().join(', ')}` : ''
  return {
    bytes,
    notes: [note(`GramJS reads and writes its own layer-198 bytes (${bytes.length.toLocaleString('en-US')} bytes): the ids of ${differing.join(', ')} differ from layer 223${left}`)],
  }
}

// ---- the peers ------------------------------------------------------------------------------

const version = (name) => JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, import.meta.url), 'utf8')).version

const peers = {
  mtcute: {
    packages: `@mtcute/tl ${version('@mtcute/tl')}, @mtcute/tl-runtime ${version('@mtcute/tl-runtime')} (layer 223)`,
    codecs: mtcuteCodecs,
    input: (object, shape) => ({
      bytes: object.bytes,
      notes: shape === 'object' && isMethod(object.bytes.readUInt32LE(0))
        ? [note("decoded field by field from mtcute's schema JSON with its reader primitives: mtcute generates no readers for API methods", ['decode'])]
        : [],
    }),
  },
  gramjs: {
    packages: `telegram ${version('telegram')} (layer 198)`,
    codecs: gramCodecs,
    input: gramInput,
  },
}

// ---- timing ---------------------------------------------------------------------------------

let sink // every result lands here, so that the work cannot be optimised away

function timeLoop(run, iterations) {
  const start = process.hrtime.bigint()
  for (let i = 0; i < iterations; i++) sink = run()
  return Number(process.hrtime.bigint() - start)
}

// Grows the loop, as Google Benchmark does, until one run of it takes at least minNs.
function loopFor(run, minNs, iterations) {
  for (;;) {
    const elapsed = timeLoop(run, iterations)
    if (elapsed >= minNs) return { iterations, elapsed }
    const multiplier = elapsed > minNs / 10 ? (minNs * 1.4) / elapsed : 10
    iterations = Math.max(Math.ceil(iterations * multiplier), iterations + 1)
  }
}

// A warm-up of a quarter of the time lets the JIT compile the code before the timed loop.
function nsPerOp(run, minMs) {
  const warm = loopFor(run, (minMs * 1e6) / 4, 1)
  const timed = loopFor(run, minMs * 1e6, warm.iterations * 4)
  return timed.elapsed / timed.iterations
}

// ---- main -----------------------------------------------------------------------------------

function measure(peerName, object, minMs) {
  const peer = peers[peerName]
  const shape = shapeOf(object.bytes)
  const codec = peer.codecs[shape]
  const result = { peer: peerName, object: object.name, bytes: null, roundtrip: null, ns: {}, notes: [] }
  try {
    const { bytes, notes } = peer.input(object, shape)
    result.bytes = bytes.length
    result.notes.push(...notes)
    const decoded = codec.decode(bytes)
    result.roundtrip = Buffer.from(codec.encode(decoded)).equals(bytes)
    result.ns.decode = nsPerOp(() => codec.decode(bytes), minMs)
    result.ns.encode = nsPerOp(() => codec.encode(decoded), minMs)
  } catch (error) {
    if (!(error instanceof Unmappable)) throw error
    result.notes.push(note(`not run: ${error.message}`))
  }
  return result
}

function main() {
  const { values } = parseArgs({
    options: {
      objects: { type: 'string' },
      'min-ms': { type: 'string', default: '200' },
      peers: { type: 'string', default: Object.keys(peers).join(',') },
      only: { type: 'string' },
    },
  })
  if (values.objects === undefined) {
    process.stderr.write('usage: node peers.mjs --objects DIR1,DIR2 [--min-ms 200] [--peers mtcute,gramjs] [--only NAME,...]\n')
    process.exit(2)
  }
  const objects = loadObjects(values.objects.split(','), values.only?.split(','))
  const chosen = values.peers.split(',')
  const unknown = chosen.filter((name) => !(name in peers))
  if (unknown.length) throw new Error(`unknown peers: ${unknown.join(', ')}`)
  const results = chosen.flatMap((name) => objects.map((object) => measure(name, object, Number(values['min-ms']))))
  const packages = Object.fromEntries(chosen.map((name) => [name, peers[name].packages]))
  process.stdout.write(`${JSON.stringify({ node: process.version, peers: packages, results }, null, 1)}\n`)
}

main()
