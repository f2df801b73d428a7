// Reads the generated on-chain send table (chainSendTable.generated.ts, written by scripts/generate-chain-send-table.js
// from the SDKs' type declarations) into records the withdraw/sdk-send detector looks calls up in.
import { CHAIN_SDK_FILES, CHAIN_SEND_ROWS } from './chainSendTable.generated';

/** Where a send's destination, amount or sender is: an argument, or a field of that argument's object. */
export interface ArgPlace {
  arg: number;
  field?: string;
}

/** One generated send method. */
export interface GeneratedSend {
  pkg: string;
  /** The class or namespace a static is called on (`SystemProgram`); empty for instance methods and functions. */
  owner: string;
  name: string;
  kind: 'method' | 'static' | 'function';
  dest: ArgPlace;
  amount: ArgPlace;
  from?: ArgPlace;
  /** The call returns an instruction that a separate call sends (Solana). */
  instruction: boolean;
}

/** `2` or `0.toPubkey` as a place; undefined for an empty column. */
function place(text: string): ArgPlace | undefined {
  if (text === '') return undefined;
  const dot = text.indexOf('.');
  return dot === -1 ? { arg: Number(text) } : { arg: Number(text.slice(0, dot)), field: text.slice(dot + 1) };
}

/** Every row of the generated table. */
export const GENERATED_SENDS: readonly GeneratedSend[] = CHAIN_SEND_ROWS.split('\n').map((row) => {
  const [pkg, owner, name, kind, dest, amount, from, instruction] = row.split('|');
  return { pkg, owner, name, kind: kind as GeneratedSend['kind'], dest: place(dest)!, amount: place(amount)!, from: place(from), instruction: instruction === 'instruction' };
});

/** The lowercase words of a file that uses an SDK. */
export function sdkLibs(pkg: string): readonly string[] {
  return CHAIN_SDK_FILES[pkg].libs;
}

/** The table's sends grouped by package and kind: one scan pattern each. */
export function sendGroups(): Map<string, GeneratedSend[]> {
  const groups = new Map<string, GeneratedSend[]>();
  for (const s of GENERATED_SENDS) {
    const k = `${s.pkg}|${s.kind}`;
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  return groups;
}
