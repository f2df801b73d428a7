// Receivers an airdrop farmer's scripts build from their own DeFi and L2 modules (`bank = LayerBank(acc)`,
// `l2 = Scroll(acc, key, "scroll")`): their `withdraw` leaves a lending pool or a bridge, their `deposit` enters one,
// and neither is an exchange withdrawal nor another file's mover of the same name.
import type { Validator } from '../../defineDetector';

/** Classes of DeFi protocols and L2 chains an airdrop farmer's modules wrap (`LayerBank(…)`, `Scroll(…)`): their withdraw leaves a pool or a bridge. */
const DEFI_PROTOCOL_CLASS = /Vault|Pool|Farm|Stak|Bank|Lend|Bridge|Scroll|ZkSync|Zksync|Linea|Starknet|Arbitrum|Optimism|Aave|Compound/;

/** True when `receiver`'s last assignment in the `window` characters before `at` builds it from such a class (`bank = LayerBank(acc)`). */
export function builtFromDefiClass(text: string, receiver: string, at: number, window = 6000): boolean {
  const head = text.slice(Math.max(0, at - window), at);
  const assign = new RegExp(String.raw`(?:^|[^\w$.])${receiver.replace(/\$/g, '\\$')}[ \t]*=[ \t]*(?:await[ \t]+)?(?:new[ \t]+)?([A-Z][A-Za-z0-9_]{0,60})[ \t]*\(`, 'g');
  let cls: string | undefined;
  for (let m = assign.exec(head); m; m = assign.exec(head)) cls = m[1];
  return cls !== undefined && DEFI_PROTOCOL_CLASS.test(cls);
}

/** Drops a bare verb on a receiver the file built from such a class (`layerbank = LayerBank(acc)` … `layerbank.withdraw()`). */
export const notDefiInstance: Validator = {
  name: 'withdraw-receiver-not-defi-instance',
  reach: { before: 6000, after: 0 },
  test: (_v, ctx) => {
    const recv = /([A-Za-z_$][\w$]*)[ \t]*(?:\??\.|->)[ \t]*$/.exec(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start))?.[1];
    return !recv || /^(?:self|this|cls)$/.test(recv) || !builtFromDefiClass(ctx.text, recv, ctx.start);
  },
};
