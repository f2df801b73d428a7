// A send-to-address endpoint named by its last segment alone, handed to a client's generic request helper with a
// write verb (`self.api_request('send', params=p, http_call='post')`: the helper prefixes `/api/1/`). A bare `send`
// names nothing, so the file must name the exchange whose send path ends so (SEND_SUPPLEMENT) and the call must post.
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { rx } from '../fragments';
import { SEND_SUPPLEMENT } from './supplement';
import { writeVerbArgument } from './rpcVerb';

/** Exchanges of the send paths, by each path's last segment (`send` → luno, `send_money` → coincheck). */
const BY_LAST = new Map<string, string[]>();
for (const e of SEND_SUPPLEMENT) {
  for (const p of e.paths) {
    const last = p.split('/').filter(Boolean).pop()!.toLowerCase();
    // Only a segment that says send or payout on its own (Korbit's `…/out/cancel` ends in a common word).
    if (!/send|payout/.test(last)) continue;
    BY_LAST.set(last, [...(BY_LAST.get(last) ?? []), e.exchange]);
  }
}
const EXCHANGES = [...new Set([...BY_LAST.values()].flat())];

/** The exchange of a send path ending in `value` that the file names, if any. */
function exchangeOfCommand(value: string, text: string): string | undefined {
  const lower = text.toLowerCase();
  return BY_LAST.get(value.toLowerCase())?.find((ex) => lower.includes(ex));
}

/** Keeps a last segment of a send path whose exchange the file names, posted by its own call. */
const postedSendCommand: Validator = {
  name: 'posted-send-command',
  reach: { before: 20000, after: 20000 },
  test: (value, ctx) => exchangeOfCommand(value, ctx.text) !== undefined && writeVerbArgument(ctx.text, ctx.end),
};

/** The rest-endpoint rule's pattern: the first argument of a request, call or query helper. */
export const SEND_COMMAND_PATTERN: PatternSpec = {
  re: rx(String.raw`["'](?<=(?:[Rr]equest|[Cc]all|[Qq]uery|[Aa]pi)[ \t]*\([ \t]*["'])(?<name>[a-z][a-z_]{1,30})(?=["'][ \t]*,)`),
  keywords: [...BY_LAST.keys()],
  validate: [postedSendCommand],
  exchangeOf: (value) => BY_LAST.get(value.toLowerCase())?.[0],
  requires: { fileContains: EXCHANGES },
};

/** Its examples (spread into the rest-endpoint record). */
export const SEND_COMMAND_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `class LunoClient:\n    def send_coins(self, amount, currency, address):\n        body = {'amount': amount, 'currency': currency, 'address': address}\n        return self.api_request('⟦send⟧', params=body, http_call='post')`, path: 'api.py' },
  ],
  negative: [
    // No write verb (a read of that name), no exchange named, and a helper that is no request.
    { text: `class LunoClient:\n    def fee(self):\n        return self.api_request('send', params={'x': 1})`, path: 'api.py' },
    { text: `class Client:\n    def push(self, body):\n        return self.api_request('send', params=body, http_call='post')`, path: 'api.py' },
    { text: `# luno\nbot.reply('send', 'post')`, path: 'bot.py' },
  ],
};
