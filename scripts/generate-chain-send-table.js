// Generates src/engine/detectors/chainSendTable.generated.ts from the chain SDKs' own type declarations (the pinned
// devDependencies in SDKS), so the on-chain send knowledge comes from the SDKs' signatures instead of being typed by
// hand. A method is a send BY SIGNATURE EVIDENCE: its parameters (or the fields of an object parameter's type) name a
// destination and an amount, and its name is an action (no get/estimate/simulate/fee… word).
// Run: node scripts/generate-chain-send-table.js (writes the file); `--check` exits 1 when the file is stale.
// The SDKs are dev dependencies: only this script and a unit test load their declarations, never the bundle.
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'src', 'engine', 'detectors', 'chainSendTable.generated.ts');

/**
 * The SDKs read, each with the lowercase words a file that uses it holds (its package name, and the import of the
 * SDK family's other packages), and its documentation page.
 */
const SDKS = [
  { pkg: '@solana/web3.js', libs: ['@solana/web3.js'], doc: 'https://solana-labs.github.io/solana-web3.js/v1.x/' },
  { pkg: '@solana/spl-token', libs: ['@solana/spl-token'], doc: 'https://solana-labs.github.io/solana-program-library/token/js/' },
  { pkg: 'ethers', libs: ['ethers'], doc: 'https://docs.ethers.org/v6/api/' },
  { pkg: 'web3', libs: ['web3'], doc: 'https://docs.web3js.org/api/' },
  { pkg: '@stellar/stellar-sdk', libs: ['stellar-sdk', 'stellar-base'], doc: 'https://stellar.github.io/js-stellar-sdk/' },
  { pkg: 'algosdk', libs: ['algosdk'], doc: 'https://algorand.github.io/js-algorand-sdk/' },
  { pkg: '@cosmjs/stargate', libs: ['@cosmjs/'], doc: 'https://cosmos.github.io/cosmjs/latest/stargate/' },
  { pkg: 'near-api-js', libs: ['near-api-js', '@near-js/'], doc: 'https://near.github.io/near-api-js/' },
  { pkg: '@ton/ton', libs: ['@ton/'], doc: 'https://github.com/ton-org/ton' },
  { pkg: 'tronweb', libs: ['tronweb'], doc: 'https://tronweb.network/docu/docs/intro/' },
  { pkg: '@aptos-labs/ts-sdk', libs: ['@aptos-labs/'], doc: 'https://aptos-labs.github.io/aptos-ts-sdk/' },
  { pkg: '@taquito/taquito', libs: ['@taquito/'], doc: 'https://taquito.io/typedoc/' },
];

/** Names (lowercase, no `_`) of a destination: a parameter or a field of an object parameter. */
const DEST = new Set(['to', 'toaddress', 'topubkey', 'toaccount', 'recipient', 'recipientaddress', 'receiver', 'receiverid',
  'receiveraddress', 'destination', 'destinationaddress', 'dest', 'destaddress', 'payee']);
/** Names of an amount. */
const AMOUNT = new Set(['amount', 'value', 'lamports', 'amt', 'sendamount', 'transferamount', 'startingbalance', 'coins']);
/** Names of the sender (a destination derived from it is the signer's own). */
const FROM = new Set(['from', 'fromaddress', 'frompubkey', 'sender', 'senderaddress', 'owner']);
/** A method name that reads, quotes, converts or checks rather than sends (first camelCase word, or anywhere below). */
const NOT_ACTION_HEAD = /^(?:get|estimate|simulate|query|fetch|calc|calculate|compute|fee|decode|encode|parse|validate|verify|check|is|has|sign|populate|call|static|serialize|deserialize|to|from|dry|quote|prepare|wait|watch|subscribe|on|resolve|format|assert|clone|equals|set|load|read|find|list|preview|describe|request|add|mint|unwrap|stake|unstake|finalize|delegate|undelegate|freeze|unfreeze|increase)(?:[A-Z_]|$)/;
const NOT_ACTION_ANY = /Estimat|Simulat|Fee|Gas|Quote|Query|Preview|Execute|Extra/;
/**
 * The verbs of moving funds: a name must hold one as a camelCase word. Nouns and plumbing whose signature also names
 * a recipient and a value (ethers' `copyRequest`, taquito's `transaction` estimate, TON's `internal` message builder)
 * are not calls a reader takes for a send.
 */
const SEND_VERB = /(?:^|[a-z0-9])(?:send|Send|transfer|Transfer|pay|Pay|payment|Payment|withdraw|Withdraw)(?:[A-Z0-9]|s?$)/;
/** Members every object has, and names that are not calls a file writes. */
const SKIP_MEMBER = new Set(['constructor', 'prototype', 'toString', 'toJSON', 'valueOf']);

/** Lowercase name without `_`, for the evidence sets. */
function key(name) {
  return name.replace(/_/g, '').toLowerCase();
}

/** The members (properties) of an object parameter's type: each union member's, for a union. */
function fieldsOf(checker, type) {
  if (!type || type.flags & (ts.TypeFlags.Primitive | ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return [];
  const parts = type.isUnion() ? type.types : [type];
  const out = new Set();
  for (const t of parts) {
    if (t.flags & ts.TypeFlags.Primitive || checker.isArrayType?.(t)) continue;
    const props = checker.getPropertiesOfType(t);
    if (props.length > 60) continue; // a whole client or connection, not a parameters object
    for (const p of props) out.add(p.getName());
  }
  return [...out];
}

/** Where one signature takes a destination and an amount, or undefined when it does not name both. */
function evidence(checker, sig, decl) {
  let dest;
  let amount;
  let from;
  sig.getParameters().forEach((p, i) => {
    const name = p.getName();
    if (!dest && DEST.has(key(name))) dest = { arg: i, name };
    else if (!amount && AMOUNT.has(key(name))) amount = { arg: i, name };
    else if (!from && FROM.has(key(name))) from = { arg: i, name };
    if (dest && amount) return;
    const type = checker.getTypeOfSymbolAtLocation(p, decl);
    const fields = fieldsOf(checker, type);
    const d = fields.find((f) => DEST.has(key(f)));
    const a = fields.find((f) => AMOUNT.has(key(f)));
    // An object parameter counts when it holds both (a transfer's params), never a destination alone.
    if (!dest && !amount && d && a) {
      dest = { arg: i, field: d };
      amount = { arg: i, field: a };
      const f = fields.find((x) => FROM.has(key(x)));
      if (f) from = { arg: i, field: f };
    }
  });
  // A call that returns an instruction builds part of a transaction another call sends (Solana).
  const ret = checker.getReturnTypeOfSignature(sig).getSymbol()?.getName() ?? '';
  return dest && amount ? { dest, amount, from, instruction: /Instruction$/.test(ret) } : undefined;
}

/** True when a method name is an action (sends, transfers, pays, builds a send), not a read or a quote. */
function isAction(name) {
  return !SKIP_MEMBER.has(name) && !NOT_ACTION_HEAD.test(name) && !NOT_ACTION_ANY.test(name) && SEND_VERB.test(name) && /^[A-Za-z][\w$]*$/.test(name);
}

/** Every (owner, name, kind, signature evidence) the SDK's module exports, through classes, interfaces, namespaces. */
function collect(checker, moduleSymbol) {
  const found = [];
  const seen = new Set();
  const visitMembers = (owner, kind, type, decl) => {
    for (const m of checker.getPropertiesOfType(type)) {
      const name = m.getName();
      if (!isAction(name)) continue;
      const d = m.valueDeclaration ?? m.declarations?.[0] ?? decl;
      if (!d) continue;
      const mt = checker.getTypeOfSymbolAtLocation(m, d);
      for (const sig of mt.getCallSignatures()) {
        const ev = evidence(checker, sig, d);
        if (ev) found.push({ owner, name, kind, ...ev });
      }
    }
  };
  const visit = (sym, depth) => {
    if (sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
    if (seen.has(sym) || depth > 3) return;
    seen.add(sym);
    const decl = sym.valueDeclaration ?? sym.declarations?.[0];
    if (!decl) return;
    const name = sym.getName();
    if (sym.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) {
      const inst = checker.getDeclaredTypeOfSymbol(sym);
      visitMembers(name, 'method', inst, decl);
      // Members typed by another class of the SDK (`tronWeb.trx`, `web3.eth`): their methods are reached as well.
      for (const p of checker.getPropertiesOfType(inst)) {
        const pt = p.valueDeclaration ? checker.getTypeOfSymbolAtLocation(p, p.valueDeclaration) : undefined;
        const ps = pt?.getSymbol();
        if (ps && ps.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) visit(ps, depth + 1);
      }
    }
    if (sym.flags & ts.SymbolFlags.Class) {
      visitMembers(name, 'static', checker.getTypeOfSymbolAtLocation(sym, decl), decl);
    }
    if (sym.flags & ts.SymbolFlags.Function) {
      for (const sig of checker.getTypeOfSymbolAtLocation(sym, decl).getCallSignatures()) {
        const ev = isAction(name) ? evidence(checker, sig, decl) : undefined;
        if (ev) found.push({ owner: '', name, kind: 'function', ...ev });
      }
    }
    if (sym.flags & (ts.SymbolFlags.ValueModule | ts.SymbolFlags.NamespaceModule)) {
      for (const e of checker.getExportsOfSymbol?.(sym) ?? checker.getExportsOfModule(sym)) {
        const t = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
        if (t.flags & ts.SymbolFlags.Function && isAction(e.getName())) {
          const d = t.valueDeclaration ?? t.declarations?.[0];
          for (const sig of d ? checker.getTypeOfSymbolAtLocation(t, d).getCallSignatures() : []) {
            const ev = evidence(checker, sig, d);
            if (ev) found.push({ owner: name, name: e.getName(), kind: 'static', ...ev });
          }
        } else visit(e, depth + 1);
      }
    }
  };
  for (const e of checker.getExportsOfModule(moduleSymbol)) visit(e, 0);
  return found;
}

/** One program over every SDK's entry declarations; each SDK's module symbol by a virtual importing file. */
function program(sdks) {
  const files = new Map(sdks.map((s, i) => [path.join(ROOT, `__chain_sdk_${i}.ts`), `import * as m from '${s.pkg}';\nexport { m };\n`]));
  const options = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, noEmit: true, types: [], strict: false };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  host.readFile = (f) => files.get(path.resolve(f)) ?? read(f);
  host.fileExists = (f) => files.has(path.resolve(f)) || exists(f);
  const getSource = host.getSourceFile.bind(host);
  host.getSourceFile = (f, lang) => (files.has(path.resolve(f)) ? ts.createSourceFile(f, files.get(path.resolve(f)), lang) : getSource(f, lang));
  return { prog: ts.createProgram([...files.keys()], options, host), files: [...files.keys()] };
}

/** The table's entries for every SDK, sorted and without duplicates. */
function entries(sdks = SDKS) {
  const { prog, files } = program(sdks);
  const checker = prog.getTypeChecker();
  const out = new Map();
  sdks.forEach((s, i) => {
    const sf = prog.getSourceFile(files[i]);
    const imp = sf.statements[0];
    const mod = checker.getSymbolAtLocation(imp.moduleSpecifier);
    if (!mod) throw new Error(`${s.pkg}: its declarations do not resolve (is it installed?)`);
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', s.pkg, 'package.json'), 'utf8')).version;
    for (const f of collect(checker, mod)) {
      // A namespace re-exported from a file (`export * as eth`) has no name a file writes.
      if (f.kind === 'static' && !/^[A-Za-z_$][\w$]*$/.test(f.owner)) continue;
      const where = (w) => (w.field !== undefined ? `${w.arg}.${w.field}` : `${w.arg}`);
      const e = { pkg: s.pkg, version, owner: f.kind === 'method' ? '' : f.owner, name: f.name, kind: f.kind, dest: where(f.dest), amount: where(f.amount), from: f.from ? where(f.from) : '', instruction: f.instruction ? 'instruction' : '' };
      const id = `${e.pkg}|${e.name}|${e.kind}`;
      // One entry per call name: the first signature's evidence (overloads name the same destination); of the
      // classes inheriting one static (Stellar's xdr bodies inherit Operation's), the shortest name.
      const had = out.get(id);
      if (!had || (e.kind === 'static' && e.owner.length < had.owner.length)) out.set(id, e);
    }
  });
  return [...out.values()].sort((a, b) => (a.pkg + a.owner + a.name + a.kind).localeCompare(b.pkg + b.owner + b.name + b.kind));
}

/** The module text. */
function generate(sdks = SDKS) {
  const list = entries(sdks);
  const rows = list.map((e) => `${e.pkg}|${e.owner}|${e.name}|${e.kind}|${e.dest}|${e.amount}|${e.from}|${e.instruction}`);
  for (const r of rows) if (/[`\\$]/.test(r.replace(/\$/g, ''))) throw new Error(`unexpected character in ${r}`);
  const versions = [...new Map(list.map((e) => [e.pkg, e.version]))].map(([p, v]) => `${p}@${v}`);
  return [
    '// Generated by scripts/generate-chain-send-table.js from the chain SDKs\' type declarations: do not edit (a unit',
    '// test fails when stale). A method is here because its signature names a destination and an amount.',
    '',
    '/** The SDK releases this table was generated from. */',
    `export const CHAIN_SDK_VERSIONS: readonly string[] = ${JSON.stringify(versions)};`,
    '',
    '/** Per SDK: the lowercase words of a file that uses it, and its documentation. */',
    `export const CHAIN_SDK_FILES: Readonly<Record<string, { libs: readonly string[]; doc: string }>> = ${JSON.stringify(Object.fromEntries(sdks.map((s) => [s.pkg, { libs: s.libs, doc: s.doc }])), null, 2)};`,
    '',
    '/**',
    ' * One send per line: `package|owner (class or namespace of a static, empty for an instance method)|name|kind',
    ' * (method, static, function)|destination (argument index, `.field` of that argument)|amount (same)|sender (same, or',
    ' * empty)|`instruction` when the call returns an instruction another call sends`.',
    ' */',
    `export const CHAIN_SEND_ROWS = \`${rows.join('\n')}\`;`,
    '',
  ].join('\n');
}

module.exports = { generate, entries, OUT, SDKS };

if (require.main === module) {
  const text = generate();
  if (process.argv.includes('--check')) {
    const stale = !fs.existsSync(OUT) || fs.readFileSync(OUT, 'utf8') !== text;
    console.log(stale ? `${OUT} is stale: run npm run generate:chain-sends` : 'up to date');
    process.exit(stale ? 1 : 0);
  }
  if (process.argv.includes('--print')) {
    for (const e of entries()) console.log(`${e.pkg}@${e.version} ${e.owner ? e.owner + '.' : ''}${e.name} (${e.kind}) dest ${e.dest} amount ${e.amount} from ${e.from} ${e.instruction}`);
    process.exit(0);
  }
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(process.cwd(), OUT)} (${text.length} bytes)`);
}
