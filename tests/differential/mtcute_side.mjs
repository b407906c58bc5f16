// mtcute's side of the differential tests (run_differential.py drives both), with mtcute's own
// generated readers and writers of layer 223 (@mtcute/tl) over its runtime (@mtcute/tl-runtime):
//   node mtcute_side.mjs generate SEED PER_ENTRY   random objects of every constructor and
//       method of mtcute's schema JSON, PER_ENTRY each, encoded by mtcute: "<name> <hex>" lines
//   node mtcute_side.mjs reencode   reads "<name> <hex>" lines, decodes each with mtcute and
//       encodes it again: "<name> <hex>", "<name> ! <error>", or "<name> - <why it is left out>"
//   node mtcute_side.mjs show HEX   mtcute's decoded object, as JSON
//
// API methods are read with mtcute_methods.mjs (tools/mtcute: mtcute has no readers for them)
// and written by mtcute's generated writers like everything else.
import { createRequire } from 'node:module'
import { createInterface } from 'node:readline'

import { TlBinaryReader, TlBinaryWriter } from '@mtcute/tl-runtime'
import Long from 'long'

import { fieldsOf, methodReader } from './mtcute_methods.mjs'

const require = createRequire(import.meta.url)
const { __tlReaderMap: readers } = require('@mtcute/tl/binary/reader.js')
const { __tlWriterMap: writers } = require('@mtcute/tl/binary/writer.js')
// mtcute's own additions (mtcute.dummyUpdate, ...) are not Telegram's: left out.
const apiEntries = require('@mtcute/tl/api-schema.json').e.filter((e) => !e.name.startsWith('mtcute.'))
const mtpEntries = require('@mtcute/tl/mtp-schema.json')

// ---- the schema, as mtcute names it -------------------------------------------------------

function indexSchema(entries) {
  const classesByType = new Map()
  for (const entry of entries) {
    entry.fields = fieldsOf(entry)
    if (entry.kind === 'class') {
      if (!classesByType.has(entry.type)) classesByType.set(entry.type, [])
      classesByType.get(entry.type).push(entry)
    }
  }
  return { entries, classesByType, byName: new Map(entries.map((e) => [e.name, e])) }
}

const api = indexSchema(apiEntries)
const mtp = indexSchema(mtpEntries)
const entriesById = new Map([...apiEntries, ...mtpEntries].map((e) => [e.id, e]))

// What mtcute cannot write, and why: left out of both directions (reencode answers "- <why>").
const cannotWrite = new Map([
  ['mt_future_salts', 'mtcute 0.30.3 calls its bare-vector writer (of future_salt) with the wrong arguments'],
])

// The field names above must be mtcute's: its writers name every field they write.
for (const entry of [...apiEntries, ...mtpEntries]) {
  const source = String(writers[entry.name])
  for (const field of entry.fields) {
    if (field.type !== '#' && !source.includes(`'${field.key}'`) && !source.includes(`v.${field.key}`))
      throw new Error(`mtcute's writer of ${entry.name} has no field ${field.key}`)
  }
}

// ---- reading -------------------------------------------------------------------------------

const { readAny } = methodReader(apiEntries)

function decode(bytes) {
  const r = new TlBinaryReader(readers, bytes)
  const object = readAny(r)
  if (r.pos !== bytes.length) throw new Error(`${bytes.length - r.pos} bytes left after the object`)
  return object
}

const encode = (object) => TlBinaryWriter.serializeObject(writers, object)

// ---- random objects ---------------------------------------------------------------------------

// mulberry32: a small seeded generator, the same sequence everywhere.
function randomSource(seed) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
  const below = (n) => Math.floor((next() / 2 ** 32) * n)
  return { next, below, coin: () => (next() & 1) === 1, pick: (list) => list[below(list.length)] }
}

const maxDepth = 3
const edgeInts = [0, 1, -1, 0x7fffffff, -0x80000000]

// Code points of 1 to 4 UTF-8 bytes (no lone surrogates: they are not text).
function randomString(random, length) {
  let text = ''
  for (let i = 0; i < length; i++) {
    const width = random.below(4)
    const code = width === 0 ? 0x20 + random.below(0x5f)
      : width === 1 ? 0x80 + random.below(0x780)
        : width === 2 ? 0xe000 + random.below(0x2000)
          : 0x10000 + random.below(0x100000)
    text += String.fromCodePoint(code)
  }
  return text
}

function randomBytes(random, length) {
  const bytes = new Uint8Array(length)
  for (let i = 0; i < length; i++) bytes[i] = random.next() & 0xff
  return bytes
}

// Mostly short, sometimes past 253 bytes (the 4-byte length prefix).
const randomLength = (random) => (random.below(5) === 0 ? 254 + random.below(200) : random.below(25))

function randomDouble(random) {
  const special = random.below(8)
  if (special === 0) return [0, -0, Infinity, -Infinity, Number.MIN_VALUE, Number.MAX_VALUE][random.below(6)]
  const view = new DataView(new ArrayBuffer(8))
  do {
    view.setUint32(0, random.next())
    view.setUint32(4, random.next())
  } while (Number.isNaN(view.getFloat64(0)))  // NaN payloads need not survive a JS double
  return view.getFloat64(0)
}

// Within ±(2^53 - 1), the exact range of the JS number mtcute holds an int53 in. Its writer
// encodes a negative multiple of 2^32 wrong (-2^32 as 00000000 feffffff), which Telegram ids
// never are: those are left out.
function randomInt53(random) {
  let magnitude = random.below(2 ** 21) * 2 ** 32 + random.next()
  const negative = random.coin()
  if (negative && magnitude % 2 ** 32 === 0) magnitude += 1
  return negative ? -magnitude : magnitude
}

const primitiveMakers = {
  int: (random) => (random.below(4) === 0 ? random.pick(edgeInts) : random.next() | 0),
  long: (random) => (random.below(4) === 0 ? random.pick([Long.ZERO, Long.NEG_ONE, Long.MAX_VALUE, Long.MIN_VALUE])
    : Long.fromBits(random.next() | 0, random.next() | 0)),
  int53: randomInt53,
  double: randomDouble,
  string: (random) => randomString(random, randomLength(random)),
  bytes: (random) => randomBytes(random, randomLength(random)),
  int128: (random) => randomBytes(random, 16),
  int256: (random) => randomBytes(random, 32),
  Bool: (random) => random.coin(),
}

// How deep the plainest value of each boxed type nests, so that values past maxDepth take the
// constructor that ends soonest.
function computeHeights(schema) {
  const typeHeight = new Map()
  const entryHeight = (entry) => {
    let height = 1
    for (const field of entry.fields) {
      if (field.flagsField !== undefined || field.vector || !schema.classesByType.has(field.type)) continue
      height = Math.max(height, 1 + (typeHeight.get(field.type) ?? Infinity))
    }
    return height
  }
  for (let changed = true; changed;) {
    changed = false
    for (const [type, classes] of schema.classesByType) {
      const best = Math.min(...classes.map(entryHeight))
      if (best < (typeHeight.get(type) ?? Infinity)) {
        typeHeight.set(type, best)
        changed = true
      }
    }
  }
  schema.plainest = new Map([...schema.classesByType].map(([type, classes]) =>
    [type, classes.reduce((a, b) => (entryHeight(b) < entryHeight(a) ? b : a))]))
}
computeHeights(api)
computeHeights(mtp)

const plainestQuery = api.byName.get('help.getConfig')
const apiMethods = apiEntries.filter((e) => e.kind === 'method')

function makeValue(schema, field, random, depth, presence) {
  if (field.type in primitiveMakers) return primitiveMakers[field.type](random)
  if (field.type === '!X') {
    const method = depth < maxDepth ? random.pick(apiMethods) : plainestQuery
    return makeObject(api, method, random, depth + 1, presence)
  }
  if (field.bare) return makeObject(schema, schema.byName.get(field.type), random, depth + 1, presence)
  const classes = schema.classesByType.get(field.type)
  if (classes === undefined) throw new Error(`no constructor of type ${field.type}`)
  const entry = depth < maxDepth ? random.pick(classes) : schema.plainest.get(field.type)
  return makeObject(schema, entry, random, depth + 1, presence)
}

// presence: 'none', 'all' or 'random' for the optional fields; fields sharing a flag bit agree.
function makeObject(schema, entry, random, depth, presence) {
  const object = { _: entry.name }
  const bits = new Map()
  for (const field of entry.fields) {
    if (field.type === '#') continue
    if (field.flagsField !== undefined) {
      const bit = `${field.flagsField}.${field.bit}`
      if (!bits.has(bit))
        bits.set(bit, depth < maxDepth && (presence === 'all' || (presence === 'random' && random.coin())))
      if (field.type === 'true') {
        object[field.key] = bits.get(bit)
        continue
      }
      if (!bits.get(bit)) {
        object[field.key] = undefined
        continue
      }
    }
    if (field.vector) {
      const length = depth < maxDepth ? random.below(4) : 0
      object[field.key] = Array.from({ length }, () => makeValue(schema, field, random, depth, presence))
    } else {
      object[field.key] = makeValue(schema, field, random, depth, presence)
    }
  }
  return object
}

// ---- commands -------------------------------------------------------------------------------

const toHex = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')
const fromHex = (hex) => {
  if (!/^([0-9a-f]{2})*$/i.test(hex)) throw new Error('malformed hex')
  return new Uint8Array(Buffer.from(hex, 'hex'))
}

function generate(seed, perEntry) {
  const out = []
  for (const schema of [api, mtp]) {
    for (const entry of schema.entries) {
      if (cannotWrite.has(entry.name)) continue
      const random = randomSource(seed ^ entry.id)
      for (let k = 0; k < perEntry; k++) {
        const presence = k === 0 ? 'none' : k === 1 ? 'all' : 'random'
        out.push(`${entry.name} ${toHex(encode(makeObject(schema, entry, random, 0, presence)))}\n`)
      }
    }
  }
  process.stdout.write(out.join(''))
}

async function reencode() {
  const out = []
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line === '') continue
    const [name, hex] = line.split(' ')
    let answer
    try {
      const bytes = fromHex(hex ?? '')
      const entry = bytes.length >= 4 ? entriesById.get(new DataView(bytes.buffer).getUint32(0, true)) : undefined
      if (entry === undefined) answer = "- not in mtcute's schema"
      else if (cannotWrite.has(entry.name)) answer = `- ${cannotWrite.get(entry.name)}`
      else answer = toHex(encode(decode(bytes)))
    } catch (error) {
      answer = `! ${String(error.message ?? error).split('\n')[0]}`
    }
    out.push(`${name} ${answer}\n`)
  }
  process.stdout.write(out.join(''))
}

function show(hex) {
  const json = JSON.stringify(decode(fromHex(hex)), (key, value) =>
    Long.isLong(value) ? `long ${value.toString()}`
      : value instanceof Uint8Array ? `bytes ${toHex(value)}`
        : value === undefined ? 'absent' : value, 2)
  process.stdout.write(`${json}\n`)
}

const [command, ...args] = process.argv.slice(2)
if (command === 'generate' && args.length === 2) generate(Number(args[0]), Number(args[1]))
else if (command === 'reencode' && args.length === 0) await reencode()
else if (command === 'show' && args.length === 1) show(args[0])
else {
  process.stderr.write('usage: node mtcute_side.mjs generate SEED PER_ENTRY | reencode | show HEX\n')
  process.exit(2)
}
