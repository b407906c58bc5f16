// Writes the three small, typical messages of the benchmark, encoded by mtcute (layer 223), each
// as one line of lowercase hex:
//   updateShortMessage.hex     an incoming private text message with three entities (140 bytes)
//   messages_sendMessage.hex   messages.sendMessage to an inputPeerUser with entities (224 bytes)
//   rpc_result_updates.hex     rpc_result#f35c6d01 whose result is an `updates` carrying an
//                              updateNewMessage and an updateReadHistoryOutbox, two users, no
//                              chats (372 bytes). mtcute has no writer for rpc_result: its id
//                              and req_msg_id are written by hand before mtcute's `updates`.
// Every value is fixed here, so the output is the same on every run. The bytes are committed;
// run this only to change them, from a folder where the pinned peers are installed (the work
// folder of bench/peers/run_peers.py, or `npm ci` of bench/peers/package-lock.json anywhere):
//   cp bench/data/make_messages.mjs /tmp/tlcodec-peers/node/
//   node /tmp/tlcodec-peers/node/make_messages.mjs bench/data
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { TlBinaryWriter } from '@mtcute/tl-runtime'
import Long from 'long'

const require = createRequire(import.meta.url)
const { __tlWriterMap: writers } = require('@mtcute/tl/binary/writer.js')

const outDir = process.argv[2]
if (outDir === undefined) {
  process.stderr.write('usage: node make_messages.mjs OUT_DIR\n')
  process.exit(2)
}

const alice = { id: 5317682873, accessHash: Long.fromString('1127727993997252683') }
const bob = { id: 6702419158, accessHash: Long.fromString('-4417963250011638207') }
const date = 1738281700

const updateShortMessage = {
  _: 'updateShortMessage',
  id: 48213,
  userId: bob.id,
  message: 'Running late: meet me at the café on 5th Street at 7:30, ok?',
  pts: 184212,
  ptsCount: 1,
  date,
  entities: [
    { _: 'messageEntityBold', offset: 0, length: 12 },
    { _: 'messageEntityItalic', offset: 29, length: 4 },
    { _: 'messageEntityCode', offset: 51, length: 4 },
  ],
}

const sendMessage = {
  _: 'messages.sendMessage',
  clearDraft: true,
  peer: { _: 'inputPeerUser', userId: bob.id, accessHash: bob.accessHash },
  message: 'Here is the draft of the release notes for 2.4, see the docs page and tell @bob_dev what is missing.',
  randomId: Long.fromString('7451390264419358245'),
  entities: [
    { _: 'messageEntityBold', offset: 12, length: 5 },
    { _: 'messageEntityTextUrl', offset: 56, length: 9, url: 'https://example.org/docs/release-2.4' },
    { _: 'messageEntityMention', offset: 75, length: 8 },
  ],
}

const user = (who, firstName, username, extra) => ({
  _: 'user', id: who.id, accessHash: who.accessHash, firstName, username, ...extra,
})

const updates = {
  _: 'updates',
  updates: [
    {
      _: 'updateNewMessage',
      message: {
        _: 'message',
        id: 48214,
        fromId: { _: 'peerUser', userId: bob.id },
        peerId: { _: 'peerUser', userId: alice.id },
        date,
        message: 'Sounds good. I booked a table by the window; the menu is at https://example.org/menu',
        entities: [{ _: 'messageEntityUrl', offset: 60, length: 24 }],
      },
      pts: 184213,
      ptsCount: 1,
    },
    { _: 'updateReadHistoryOutbox', peer: { _: 'peerUser', userId: bob.id }, maxId: 48213, pts: 184214, ptsCount: 1 },
  ],
  users: [
    user(alice, 'Alice', 'alicesmith', {
      self: true, lastName: 'Smith', status: { _: 'userStatusOnline', expires: date + 300 },
    }),
    user(bob, 'Bob', 'bob_dev', {
      contact: true, mutualContact: true, status: { _: 'userStatusOffline', wasOnline: date - 60 },
      photo: { _: 'userProfilePhoto', photoId: Long.fromString('-6041704072725479287'), dcId: 2 },
    }),
  ],
  chats: [],
  date,
  seq: 0,
}

const encode = (object) => Buffer.from(TlBinaryWriter.serializeObject(writers, object))

// rpc_result#f35c6d01 req_msg_id:long result:Object
function rpcResult(reqMsgId, result) {
  const head = Buffer.alloc(12)
  head.writeUInt32LE(0xf35c6d01, 0)
  head.writeBigInt64LE(reqMsgId, 4)
  return Buffer.concat([head, encode(result)])
}

const messages = {
  updateShortMessage: encode(updateShortMessage),
  messages_sendMessage: encode(sendMessage),
  rpc_result_updates: rpcResult(7458025395718152193n, updates),
}
for (const [name, bytes] of Object.entries(messages)) {
  writeFileSync(path.join(outDir, `${name}.hex`), `${bytes.toString('hex')}\n`)
  process.stdout.write(`${name}.hex: ${bytes.length} bytes\n`)
}
