// The operands of a Solana CLI command line (`solana transfer`, `spl-token transfer`): what the on-chain judge reads
// as the destination and the amount, without the options and their values.

/** Options of the Solana CLIs that take a value (`--from kp.json`, `-u devnet`); the others are switches. */
const CLI_VALUE_FLAGS = new Set(['--from', '--fee-payer', '--keypair', '-k', '--url', '-u', '--config', '-C', '--commitment', '--ws',
  '--output', '--nonce', '--nonce-authority', '--blockhash', '--with-memo', '--with-compute-unit-price', '--with-compute-unit-limit',
  '--derived-address-seed', '--derived-address-program-id', '--signer', '--owner', '--program-id', '--mint-decimals', '--multisig-signer',
  '--expected-fee']);

/** The operands of a command line: its words without options and the values of those that take one. */
export function cliOperands(line: string): string[] {
  const words = line.trim().split(/[ \t]+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!words[i].startsWith('-')) out.push(words[i]);
    else if (CLI_VALUE_FLAGS.has(words[i])) i++;
  }
  return out;
}
