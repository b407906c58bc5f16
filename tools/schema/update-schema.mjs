#!/usr/bin/env node
// Regenerates the pinned TL schema files under schema/ from two npm packages:
//
//   schema/api.tl      Telegram API layer 223, from @mtcute/tl@223.0.0 (api-schema.json)
//   schema/mtproto.tl  MTProto service schema, from telegram@2.26.22 (GramJS, tl/schemaTl.js),
//                      completed with the service declarations of docs/tl-binary.md §8
//   schema/LAYER       the single line "223"
//   schema/errors.tsv  method<TAB>code<TAB>name, from the `throws` lists of api-schema.json
//
// Output is canonical TL text: one declaration per line,
// `name#xxxxxxxx arg:Type ... = Result;` with the id as exactly 8 lowercase hex digits,
// constructors first, then a `---functions---` line, then the functions.
// Both files keep the source order (api.tl: the order of api-schema.json;
// mtproto.tl: the order of schemaTl.js, with its two type sections and two function
// sections merged, followed by the added service declarations).
//
// After writing, every declaration of both files is read back and its id is checked
// against the CRC32 of the normalized declaration (docs/tl-binary.md §7). Declarations that
// differ and are not listed in CRC_EXCEPTIONS make the script exit non-zero.
//
// Usage: node tools/schema/update-schema.mjs [--check] [--tarballs DIR]
//   --check         generate in memory, verify, and compare with the files on disk;
//                   write nothing; exit 1 if anything differs.
//   --tarballs DIR  take the package tarballs from DIR (named as `npm pack` names them)
//                   instead of running `npm pack`. Their sha512 is checked either way.
//
// Only Node's standard library is used. `npm pack` runs in a temporary directory
// outside the repository, which is removed at the end.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const LAYER = 223;
const SCRIPT_REL = 'tools/schema/update-schema.mjs';

const SOURCES = {
  mtcute: {
    spec: '@mtcute/tl@223.0.0',
    tarball: 'mtcute-tl-223.0.0.tgz',
    integrity:
      'sha512-RBppaVVpp+YsGC5PTsZ2hk1NI4rI0iAj7ll9urbUmII9OCaOMSswiF9ZcjQ1aQhofey8Im87DRhxpiBZQ4OEUg==',
    files: ['package/api-schema.json'],
  },
  gramjs: {
    spec: 'telegram@2.26.22',
    tarball: 'telegram-2.26.22.tgz',
    integrity:
      'sha512-EIj7Yrjiu0Yosa3FZ/7EyPg9s6UiTi/zDQrFmR/2Mg7pIUU+XjAit1n1u9OU9h2oRnRM5M+67/fxzQluZpaJJg==',
    files: ['package/tl/schemaTl.js'],
  },
};

// Expected sizes of the pinned API schema (after dropping mtcute.* entries).
const EXPECT_API = { ctors: 1545, fns: 766 };

// Service declarations of docs/tl-binary.md §8. Added to mtproto.tl when the source lacks
// them (a declaration the source has is kept as is, and its id must agree).
const SERVICE_DECLS = [
  {
    line: 'rpc_result#f35c6d01 req_msg_id:long result:Object = RpcResult;',
  },
  {
    // Official schema form: a bare vector of bare `message` objects.
    line: 'msg_container#73f1f8dc messages:vector<%Message> = MessageContainer;',
  },
  {
    line: 'message msg_id:long seqno:int bytes:int body:Object = Message;',
    comment: [
      '// `message` has no id in the official schema: it only occurs bare, inside msg_container',
      '// (vector<%Message>), so its id is never on the wire. The id below is the CRC32 of the',
      '// normalized declaration (as for any TL combinator); it would only be used by the boxed',
      '// form that msg_copy.orig_message:Message needs. Note: api.tl also has a constructor',
      '// `message` of a type `Message` (a chat message); the two are unrelated, so keep the',
      '// API and MTProto schemas in separate namespaces.',
    ],
  },
  { line: 'msg_copy#e06046b2 orig_message:Message = MessageCopy;' },
  {
    // `Object` is the TL pseudo-type "any boxed value"; gzip_packed can stand in for one.
    line: 'gzip_packed#3072cfa1 packed_data:bytes = Object;',
  },
];

// Declarations whose id is NOT the CRC32 of the normalized declaration (§7).
// `alt`, when given, is another normalized form whose CRC32 must equal the id.
const CRC_EXCEPTIONS = new Map([
  // api.tl: TDLib-only legacy constructors that mtcute keeps (old file references). Their ids
  // are those of the pre-rename declarations of older layers.
  ['inputPeerPhotoFileLocationLegacy', { id: 0x27d69997,
    alt: 'inputPeerPhotoFileLocation flags:# peer:InputPeer volume_id:long local_id:int = InputFileLocation',
    why: 'renamed; id is the CRC of the old name inputPeerPhotoFileLocation' }],
  ['inputStickerSetThumbLegacy', { id: 0x0dbaeae9,
    alt: 'inputStickerSetThumb stickerset:InputStickerSet volume_id:long local_id:int = InputFileLocation',
    why: 'renamed; id is the CRC of the old name inputStickerSetThumb' }],
  // mtproto.tl
  ['ipPortSecret', { id: 0x37982646, alt: 'ipPortSecret ipv4:int port:int secret:bytes = IpPort',
    why: 'matches only with secret:bytes kept as bytes' }],
  ['accessPointRule', { id: 0x4679b65f, why: 'not reproduced by any known normalization' }],
  ['help.configSimple', { id: 0x5a592a6c, why: 'not reproduced by any known normalization' }],
  ['msg_container', { id: 0x73f1f8dc, alt: 'msg_container messages:vector message = MessageContainer',
    why: 'matches the service-messages form `vector message`, not `vector<%Message>`' }],
]);

// Comment lines written before some api.tl declarations.
const API_COMMENTS = new Map([
  ['inputPeerPhotoFileLocationLegacy', [
    '// The next two constructors are not in the official layer-223 schema: mtcute takes them from',
    '// TDLib\'s telegram_api.tl (legacy file locations). They are old-layer inputPeerPhotoFileLocation',
    '// and inputStickerSetThumb under new names, so their ids are not the CRC of these lines.',
  ]],
]);

// Lines that must appear verbatim in api.tl.
const SEED_LINES = [
  'phone.confirmCall#2efe1722 peer:InputPhoneCall g_a:bytes key_fingerprint:long protocol:PhoneCallProtocol = phone.PhoneCall;',
  'phone.phoneCall#ec82e140 phone_call:PhoneCall users:Vector<User> = phone.PhoneCall;',
];

// ---------------------------------------------------------------------------

class Fatal extends Error {}
const fail = (msg) => { throw new Fatal(msg); };

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(str) {
  let c = 0xffffffff;
  for (const b of Buffer.from(str, 'utf8')) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const hex8 = (id) => (id >>> 0).toString(16).padStart(8, '0');

// ---- TL line model -------------------------------------------------------
// decl = { name, id (number|null), idText, generics: [{name,type}],
//          args: [{name, cond (e.g. 'flags.3' or null), type}], result }

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;
const TYPE_ATOM = /^(%?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?|#|![A-Za-z_][A-Za-z0-9_]*)$/;

function checkType(t, where) {
  // Type := Atom | Atom '<' Type '>'  (Vector<...>, vector<...>)
  const m = t.match(/^([A-Za-z_%][\w.%]*)<(.+)>$/);
  if (m) {
    if (!/^(Vector|vector)$/.test(m[1])) fail(`${where}: unsupported type constructor ${m[1]}<...> in ${t}`);
    checkType(m[2], where);
    return;
  }
  if (!TYPE_ATOM.test(t)) fail(`${where}: unsupported type syntax: ${t}`);
}

function parseTlLine(line, where) {
  const m = line.match(/^([A-Za-z_][\w.]*)(?:#([0-9a-fA-F]+))?\s+(.*?)\s*=\s*([^=;]+?)\s*;$/);
  if (!m) fail(`${where}: cannot parse: ${line}`);
  const [, name, idText, rest, result] = m;
  if (!IDENT.test(name)) fail(`${where}: bad name ${name}`);
  const decl = {
    name,
    id: idText === undefined ? null : parseInt(idText, 16) >>> 0,
    idText: idText ?? null,
    generics: [],
    args: [],
    result: result.trim(),
  };
  checkType(decl.result, where);
  for (const tok of rest.split(/\s+/).filter(Boolean)) {
    let g;
    if ((g = tok.match(/^\{([A-Za-z_]\w*):(Type)\}$/))) {
      if (decl.args.length) fail(`${where}: type parameter after arguments: ${line}`);
      decl.generics.push({ name: g[1], type: g[2] });
      continue;
    }
    const a = tok.match(/^([A-Za-z_]\w*):(?:([A-Za-z_]\w*\.\d+)\?)?(.+)$/);
    if (!a) fail(`${where}: unsupported argument syntax "${tok}" in: ${line}`);
    checkType(a[3], where);
    decl.args.push({ name: a[1], cond: a[2] ?? null, type: a[3] });
  }
  validateDecl(decl, where);
  return decl;
}

function validateDecl(decl, where) {
  const seen = new Map();
  for (const a of decl.args) {
    if (seen.has(a.name)) fail(`${where}: duplicate argument ${a.name} in ${decl.name}`);
    if (a.cond) {
      const [fv, bit] = a.cond.split('.');
      if (seen.get(fv) !== '#') fail(`${where}: ${decl.name}.${a.name} depends on ${fv}, which is not an earlier # field`);
      if (+bit > 31) fail(`${where}: ${decl.name}.${a.name} uses bit ${bit}`);
    }
    if (a.type.startsWith('!')) {
      const p = a.type.slice(1);
      if (!decl.generics.some((gg) => gg.name === p)) fail(`${where}: ${decl.name}.${a.name}: !${p} without {${p}:Type}`);
    }
    seen.set(a.name, a.type);
  }
}

function renderDecl(decl) {
  const parts = [`${decl.name}#${hex8(decl.id)}`];
  for (const g of decl.generics) parts.push(`{${g.name}:${g.type}}`);
  for (const a of decl.args) parts.push(`${a.name}:${a.cond ? `${a.cond}?` : ''}${a.type}`);
  parts.push('=', `${decl.result};`);
  return parts.join(' ');
}

// docs/tl-binary.md §7
function normalizeForCrc(decl) {
  const parts = [decl.name];
  for (const g of decl.generics) parts.push(`${g.name}:${g.type}`);
  for (const a of decl.args) {
    if (a.cond && a.type === 'true') continue; // rule 2
    const type = a.type === 'bytes' ? 'string' : a.type; // rule 5 (whole type only)
    parts.push(`${a.name}:${a.cond ? `${a.cond}?` : ''}${type}`);
  }
  parts.push('=', decl.result);
  return parts
    .join(' ')
    .replace(/</g, ' ') // rule 3
    .replace(/>/g, '')
    .replace(/[{}()]/g, '') // rule 4
    .replace(/\s+/g, ' ')
    .trim();
}

// ---- sources --------------------------------------------------------------

function fetchSources(tmp, tarballsDir) {
  const out = {};
  for (const [key, src] of Object.entries(SOURCES)) {
    let tgz;
    if (tarballsDir) {
      tgz = path.join(tarballsDir, src.tarball);
      if (!fs.existsSync(tgz)) fail(`--tarballs: ${tgz} not found`);
    } else {
      let json;
      try {
        json = execFileSync(
          'npm',
          ['pack', src.spec, '--json', '--ignore-scripts', '--pack-destination', tmp],
          { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
        );
      } catch (e) {
        fail(`npm pack ${src.spec} failed:\n${e.stderr || e.message}`);
      }
      const info = JSON.parse(json.slice(json.indexOf('[')));
      tgz = path.join(tmp, info[0].filename);
    }
    const integrity = `sha512-${createHash('sha512').update(fs.readFileSync(tgz)).digest('base64')}`;
    if (integrity !== src.integrity) {
      fail(`${src.spec}: tarball integrity ${integrity} differs from the pinned ${src.integrity}`);
    }
    const dir = path.join(tmp, key);
    fs.mkdirSync(dir);
    execFileSync('tar', ['-xzf', tgz, '-C', dir, ...src.files], { stdio: ['ignore', 'ignore', 'inherit'] });
    out[key] = Object.fromEntries(
      src.files.map((f) => [path.basename(f), fs.readFileSync(path.join(dir, f), 'utf8')]),
    );
  }
  return out;
}

// ---- api.tl from mtcute's api-schema.json --------------------------------

const ENTRY_KEYS = new Set(['kind', 'name', 'type', 'id', 'comment', 'arguments', 'generics',
  'available', 'throws', 'typeModifiers']);
const ARG_KEYS = new Set(['name', 'type', 'comment', 'typeModifiers']);

function buildApi(jsonText, stats) {
  const j = JSON.parse(jsonText);
  if (j.l !== LAYER) fail(`api-schema.json has layer ${j.l}, expected ${LAYER}`);
  const ctors = [];
  const fns = [];
  const errors = [];
  stats.dropped = [];
  stats.int53 = 0;
  for (const e of j.e) {
    const where = `api-schema.json ${e.name}`;
    for (const k of Object.keys(e)) if (!ENTRY_KEYS.has(k)) fail(`${where}: unknown entry key ${k}`);
    if (e.name.startsWith('mtcute.')) { stats.dropped.push(e.name); continue; }
    if (e.kind !== 'class' && e.kind !== 'method') fail(`${where}: unknown kind ${e.kind}`);
    if (!Number.isInteger(e.id) || e.id < 0 || e.id > 0xffffffff) fail(`${where}: bad id ${e.id}`);
    const decl = { name: e.name, id: e.id >>> 0, generics: [], args: [], result: e.type };
    for (const g of e.generics ?? []) {
      if (g.type !== 'Type') fail(`${where}: generic ${g.name}:${g.type}`);
      decl.generics.push({ name: g.name, type: g.type });
    }
    for (const a of e.arguments) {
      for (const k of Object.keys(a)) if (!ARG_KEYS.has(k)) fail(`${where}.${a.name}: unknown key ${k}`);
      let type = a.type;
      if (type === 'int53') { type = 'long'; stats.int53++; }
      const tm = a.typeModifiers ?? {};
      for (const k of Object.keys(tm)) {
        if (k !== 'isVector' && k !== 'predicate') fail(`${where}.${a.name}: unsupported typeModifier ${k}`);
      }
      if (tm.isVector) type = `Vector<${type}>`;
      let cond = null;
      if (tm.predicate !== undefined) {
        if (!/^[A-Za-z_]\w*\.\d+$/.test(tm.predicate)) fail(`${where}.${a.name}: predicate ${tm.predicate}`);
        cond = tm.predicate;
      }
      checkType(type, where);
      decl.args.push({ name: a.name, cond, type });
    }
    const etm = e.typeModifiers ?? {};
    for (const k of Object.keys(etm)) {
      // constructorId: mtcute's note of the single constructor a method returns; not TL.
      if (k !== 'isVector' && k !== 'constructorId') fail(`${where}: unsupported result typeModifier ${k}`);
    }
    if (etm.isVector) decl.result = `Vector<${decl.result}>`;
    checkType(decl.result, where);
    validateDecl(decl, where);
    if (API_COMMENTS.has(decl.name)) decl.comment = API_COMMENTS.get(decl.name);
    (e.kind === 'class' ? ctors : fns).push(decl);
    if (e.throws && e.kind !== 'method') fail(`${where}: throws on a constructor`);
    for (const t of e.throws ?? []) {
      if (!Number.isInteger(t.code)) fail(`${where}: error ${t.name} has no integer code`);
      if (!/^[\x21-\x7e]+$/.test(t.name)) fail(`${where}: odd error name ${JSON.stringify(t.name)}`);
      errors.push(`${e.name}\t${t.code}\t${t.name}`);
    }
  }
  if (ctors.length !== EXPECT_API.ctors || fns.length !== EXPECT_API.fns) {
    fail(`api: ${ctors.length} constructors + ${fns.length} methods, expected ${EXPECT_API.ctors} + ${EXPECT_API.fns}`);
  }
  const src = SOURCES.mtcute.spec;
  const header = [
    `// Generated by ${SCRIPT_REL} from ${src} (api-schema.json). Do not edit.`,
    `// LAYER ${LAYER}`,
    `// Source tarball ${SOURCES.mtcute.integrity}`,
    `// Telegram API: ${ctors.length} constructors, ${fns.length} methods, in the package's order.`,
    '// mtcute.* entries are dropped; mtcute\'s int53 is written as long (the wire type).',
    '// Built-ins that are not declared here: boolFalse#bc799737 = Bool; boolTrue#997275b5 = Bool;',
    '// true#3fedd339 = True; vector#1cb5c415 {t:Type} # [ t ] = Vector t; and the bare types',
    '// int, long, double, string, bytes, int128, int256, #.',
  ];
  const text = emit(header, ctors, fns);
  const errs = [...new Set(errors)].sort();
  const tsv = `method\tcode\tname\n${errs.map((l) => `${l}\n`).join('')}`;
  return { text, tsv, ctors, fns, errorLines: errs.length };
}

// ---- mtproto.tl from GramJS tl/schemaTl.js --------------------------------

function buildMtproto(jsText, stats) {
  const m = jsText.match(/module\.exports\s*=\s*`([^`]*)`\s*;?\s*$/);
  if (!m) fail('tl/schemaTl.js: no module.exports = `...` template literal found');
  const tl = m[1];
  if (tl.includes('${') || tl.includes('\\')) fail('tl/schemaTl.js: template literal has substitutions or escapes');
  const ctors = [];
  const fns = [];
  let section = ctors;
  stats.shortIds = [];
  stats.derived = [];
  stats.sectionSwitches = [];
  let n = 0;
  for (const raw of tl.split('\n')) {
    n++;
    const line = raw.trim();
    if (!line || line.startsWith('//')) continue;
    if (line === '---functions---') { section = fns; stats.sectionSwitches.push(line); continue; }
    if (line === '---types---') { section = ctors; stats.sectionSwitches.push(line); continue; }
    const decl = parseTlLine(line, `tl/schemaTl.js:${n}`);
    if (decl.idText !== null && decl.idText.length !== 8) stats.shortIds.push(`${decl.name}#${decl.idText}`);
    if (decl.idText !== null && decl.idText !== decl.idText.toLowerCase()) stats.shortIds.push(`${decl.name}#${decl.idText} (uppercase)`);
    if (decl.id === null) {
      decl.id = crc32(normalizeForCrc(decl));
      decl.derived = true;
      stats.derived.push(`${decl.name}#${hex8(decl.id)}`);
    }
    section.push(decl);
  }
  // Comment the first declaration of every run of id-less source declarations.
  for (const list of [ctors, fns]) {
    list.forEach((d, i) => {
      if (d.derived && !(i > 0 && list[i - 1].derived)) {
        d.comment = [
          `// ${d.name} and the declarations after it, up to the next comment, have no id in the`,
          '// source (the official schema lists them without one). The ids below are the CRC32 of',
          '// the normalized declaration, so that every line has an id.',
        ];
      }
    });
  }
  stats.added = [];
  const byName = new Map([...ctors, ...fns].map((d) => [d.name, d]));
  let first = true;
  for (const s of SERVICE_DECLS) {
    const decl = parseTlLine(s.line, 'SERVICE_DECLS');
    const have = byName.get(decl.name);
    if (have) {
      if (decl.id !== null && have.id !== decl.id) fail(`mtproto: source ${decl.name}#${hex8(have.id)} differs from spec id ${hex8(decl.id)}`);
      continue;
    }
    if (decl.id === null) {
      decl.id = crc32(normalizeForCrc(decl));
      stats.derived.push(`${decl.name}#${hex8(decl.id)}`);
    }
    decl.comment = [
      ...(first ? [`// Service declarations of docs/tl-binary.md §8 that ${SOURCES.gramjs.spec} tl/schemaTl.js lacks:`] : []),
      ...(s.comment ?? []),
    ];
    first = false;
    ctors.push(decl);
    stats.added.push(decl.name);
  }
  const header = [
    `// Generated by ${SCRIPT_REL} from ${SOURCES.gramjs.spec} (GramJS), file tl/schemaTl.js. Do not edit.`,
    `// Source tarball ${SOURCES.gramjs.integrity}`,
    '// MTProto service schema. Constructors, then functions, each in the source order (the source',
    '// has two type sections and two function sections; they are merged here).',
    '// Ids are written as 8 lowercase hex digits. Built-ins (int, long, double, string, bytes,',
    '// int128, int256, #, Vector/vector) are not declared; `Object` means any boxed value.',
  ];
  return { text: emit(header, ctors, fns), ctors, fns };
}

function emit(header, ctors, fns) {
  const lines = [...header];
  for (const d of ctors) lines.push(...(d.comment ?? []), renderDecl(d));
  lines.push('---functions---');
  for (const d of fns) lines.push(...(d.comment ?? []), renderDecl(d));
  return `${lines.join('\n')}\n`;
}

// ---- verification (reads the text back) -----------------------------------

function readBack(text, file) {
  const ctors = [];
  const fns = [];
  let section = null;
  let sawFunctions = false;
  text.split('\n').forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    if (line === '' && i === text.split('\n').length - 1) return;
    if (line.startsWith('// ')) return;
    if (line === '---functions---') {
      if (sawFunctions) fail(`${where}: second ---functions--- line`);
      sawFunctions = true;
      section = fns;
      return;
    }
    if (!/^[A-Za-z_][\w.]*#[0-9a-f]{8} /.test(line)) fail(`${where}: not a canonical declaration: ${line}`);
    const decl = parseTlLine(line, where);
    if (renderDecl(decl) !== line) fail(`${where}: not in canonical form: ${line}`);
    decl.line = line;
    (section ?? ctors).push(decl);
  });
  if (!sawFunctions) fail(`${file}: no ---functions--- line`);
  const names = new Set();
  const ids = new Map();
  for (const d of [...ctors, ...fns]) {
    if (names.has(d.name)) fail(`${file}: duplicate name ${d.name}`);
    names.add(d.name);
    if (ids.has(d.id)) fail(`${file}: duplicate id ${hex8(d.id)} (${ids.get(d.id)}, ${d.name})`);
    ids.set(d.id, d.name);
  }
  return { ctors, fns };
}

function verifyCrc(files) {
  let checked = 0;
  const bad = [];
  const hit = [];
  for (const [file, { ctors, fns }] of Object.entries(files)) {
    for (const d of [...ctors, ...fns]) {
      checked++;
      const norm = normalizeForCrc(d);
      const crc = crc32(norm);
      const ex = CRC_EXCEPTIONS.get(d.name);
      if (crc === d.id) {
        if (ex) console.log(`  note: ${file} ${d.name} is listed as a CRC exception but now matches`);
        continue;
      }
      if (ex && ex.id === d.id && (!ex.alt || crc32(ex.alt) === d.id)) {
        hit.push(`${file} ${d.name}#${hex8(d.id)}: ${ex.why}${ex.alt ? ` (checked form: "${ex.alt}")` : ''}`);
        continue;
      }
      bad.push(`${file}: ${d.name}#${hex8(d.id)} but crc32("${norm}") = ${hex8(crc)}`);
    }
  }
  const hitNames = new Set(hit.map((h) => h.split(' ')[1].split('#')[0]));
  const unused = [...CRC_EXCEPTIONS.keys()].filter((k) => !hitNames.has(k));
  return { checked, bad, hit, unused };
}

function crossCheck(api, mtp) {
  const notes = [];
  const apiNames = new Set([...api.ctors, ...api.fns].map((d) => d.name));
  const apiIds = new Map([...api.ctors, ...api.fns].map((d) => [d.id, d.name]));
  const apiTypes = new Set(api.ctors.map((d) => d.result));
  for (const d of [...mtp.ctors, ...mtp.fns]) {
    if (apiNames.has(d.name)) notes.push(`name ${d.name} is in both files`);
    if (apiIds.has(d.id)) fail(`id ${hex8(d.id)} is in both files (${apiIds.get(d.id)}, ${d.name})`);
  }
  for (const t of new Set(mtp.ctors.map((d) => d.result))) {
    if (apiTypes.has(t)) notes.push(`type ${t} has constructors in both files`);
  }
  return notes;
}

// ---- main ------------------------------------------------------------------

function main() {
  const argv = process.argv.slice(2);
  let check = false;
  let tarballsDir = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') check = true;
    else if (argv[i] === '--tarballs') tarballsDir = path.resolve(argv[++i] ?? fail('--tarballs needs a directory'));
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('usage: node tools/schema/update-schema.mjs [--check] [--tarballs DIR]');
      return 0;
    } else fail(`unknown argument ${argv[i]}`);
  }

  // Sanity checks of the CRC implementation and of the normalization (docs/tl-binary.md §7).
  for (const [s, want] of [
    ['vector t:Type # [ t ] = Vector t', 0x1cb5c415],
    ['invokeWithLayer X:Type layer:int query:!X = X', 0xda9b0d0d],
  ]) if (crc32(s) !== want) fail(`crc32 self-test failed for "${s}"`);

  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const schemaDir = path.join(root, 'schema');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tlschema-'));
  let src;
  try {
    src = fetchSources(tmp, tarballsDir);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const apiStats = {};
  const mtpStats = {};
  const api = buildApi(src.mtcute['api-schema.json'], apiStats);
  const mtp = buildMtproto(src.gramjs['schemaTl.js'], mtpStats);

  const outputs = {
    'api.tl': api.text,
    'mtproto.tl': mtp.text,
    LAYER: `${LAYER}\n`,
    'errors.tsv': api.tsv,
  };

  let status = 0;
  const contents = {};
  if (check) {
    for (const [f, text] of Object.entries(outputs)) {
      const p = path.join(schemaDir, f);
      const cur = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null;
      if (cur !== text) { console.log(`DIFFERS: schema/${f}`); status = 1; }
      contents[f] = text;
    }
  } else {
    fs.mkdirSync(schemaDir, { recursive: true });
    for (const [f, text] of Object.entries(outputs)) fs.writeFileSync(path.join(schemaDir, f), text);
    for (const f of Object.keys(outputs)) contents[f] = fs.readFileSync(path.join(schemaDir, f), 'utf8');
  }

  // Read the written files back and verify them.
  const apiBack = readBack(contents['api.tl'], 'api.tl');
  const mtpBack = readBack(contents['mtproto.tl'], 'mtproto.tl');
  const crc = verifyCrc({ 'api.tl': apiBack, 'mtproto.tl': mtpBack });
  const notes = crossCheck(apiBack, mtpBack);

  const apiLines = new Set(contents['api.tl'].split('\n'));
  const missingSeeds = SEED_LINES.filter((l) => !apiLines.has(l));

  const tsvLines = contents['errors.tsv'].trimEnd().split('\n');
  const fnNames = new Set(apiBack.fns.map((d) => d.name));
  const tsvBad = tsvLines.slice(1).filter((l) => !fnNames.has(l.split('\t')[0]));
  if (contents.LAYER !== `${LAYER}\n`) fail('schema/LAYER is wrong');

  console.log(`${check ? 'Checked' : 'Wrote'} ${Object.keys(outputs).map((f) => path.join(schemaDir, f)).join(', ')}`);
  console.log(`  api.tl      ${apiBack.ctors.length} constructors, ${apiBack.fns.length} methods` +
    ` (from ${SOURCES.mtcute.spec}; dropped ${apiStats.dropped.join(', ')}; int53->long: ${apiStats.int53} fields)`);
  console.log(`  mtproto.tl  ${mtpBack.ctors.length} constructors, ${mtpBack.fns.length} functions` +
    ` (from ${SOURCES.gramjs.spec}; added ${mtpStats.added.join(', ') || 'nothing'})`);
  console.log(`  errors.tsv  ${tsvLines.length - 1} (method, error) lines, ${new Set(tsvLines.slice(1).map((l) => l.split('\t')[0])).size} methods`);
  if (mtpStats.shortIds.length) console.log(`  source ids with fewer than 8 digits: ${mtpStats.shortIds.join(', ')}`);
  if (mtpStats.derived.length) console.log(`  ids derived from CRC32 (no id in source): ${mtpStats.derived.join(', ')}`);
  for (const nte of notes) console.log(`  note: ${nte}`);
  console.log(`CRC32 check: ${crc.checked} declarations checked, ${crc.checked - crc.hit.length - crc.bad.length} match, ` +
    `${crc.hit.length} listed exceptions, ${crc.bad.length} failures`);
  for (const h of crc.hit) console.log(`  exception: ${h}`);
  if (crc.unused.length) console.log(`  unused exceptions: ${crc.unused.join(', ')}`);
  if (crc.bad.length) {
    console.log('CRC MISMATCHES:');
    for (const b of crc.bad) console.log(`  ${b}`);
    status = 1;
  }
  if (missingSeeds.length) {
    console.log('MISSING SEED LINES in api.tl:');
    for (const l of missingSeeds) console.log(`  ${l}`);
    status = 1;
  } else console.log(`Seed lines present: ${SEED_LINES.map((l) => l.split(' ')[0]).join(', ')}`);
  if (tsvBad.length) {
    console.log(`errors.tsv lines for unknown methods: ${tsvBad.join(', ')}`);
    status = 1;
  }
  console.log(status === 0 ? 'OK' : 'FAILED');
  return status;
}

try {
  process.exitCode = main();
} catch (e) {
  if (e instanceof Fatal) {
    console.error(`update-schema: ${e.message}`);
    process.exitCode = 1;
  } else throw e;
}
