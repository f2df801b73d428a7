// Payment APIs name the same action a payout: BTCPay-style `/api/v1/stores/{id}/payouts`, a mass-payout `/payout`.
// POSTing one sends funds to the destination in its body, as a withdrawal does; GET lists them, so the verb decides,
// as for the `/withdrawals` collection: a versioned path with a write verb near it, an unversioned one only with a
// write verb proven on its own call (a web app's own `/payout` page route looks the same, see pathShape.ts).
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { PATH_NEEDS, PATH_TOKEN } from './endpointShapes';
import { notInQueryFunction, notSameOriginFetch } from './pathShape';
import { provenWriteVerb, writeVerbOrPosted } from './provenVerb';
import { rx } from '../fragments';
import { code } from './shared';

/** The last segment is the payout collection, or a step that submits one (`payouts/create`). */
export const PAYOUT_TAIL = /(?:^|\/)payouts?(?:\/(?:create|send|submit))?\/?$/i;
/** A versioned API path (`/api/v1/`, `/v2/`): its client sends what it names. */
const VERSIONED = /(?:^|\/)v\d+(?:\.\d+)?\//i;

/** Keeps a payout path sent with a write verb: near it when versioned, proven on its own call when not. */
const payoutPosted: Validator = {
  name: 'payout-path-posted',
  test: (value, ctx) => {
    if (!/payout/i.test(value)) return false;
    // The token stops at a Go verb (`%s/api/v2/stores/%s/payouts` yields `%s/payouts`): read the whole literal, quote to quote
    // (`…/payouts/%s` is one payout's approval or cancellation, not the collection).
    const lead = /["'`]([^"'`\n]{0,200})$/.exec(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start))?.[1] ?? '';
    const tail = /^[^"'`\n]{0,100}(?=["'`])/.exec(ctx.text.slice(ctx.end, ctx.end + 100))?.[0] ?? '';
    const p = (lead + value + tail).replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
    if (!PAYOUT_TAIL.test(p)) return false;
    return VERSIONED.test(p) ? writeVerbOrPosted.test(value, ctx) : provenWriteVerb(ctx);
  },
};

/** The rest-endpoint rule's pattern for payout paths (listed with the rule's own-gated patterns: no withdraw word). */
export const PAYOUT_PATH_PATTERN: PatternSpec = {
  re: rx(PATH_TOKEN),
  needs: PATH_NEEDS,
  keywords: ['payout'],
  validate: [payoutPosted, notInQueryFunction, notSameOriginFetch],
};

/** Examples for the rest-endpoint rule's record. */
export const PAYOUT_PATH_EXAMPLES: { readonly positive: readonly Example[]; readonly negative: readonly Example[] } = {
  positive: [
    { text: `func (c *C) Pay(ctx context.Context, id string, r *Req) error {\n\tu := fmt.Sprintf("%s/api/v2/vaults/⟦%s/payouts⟧", c.Base, id)\n\t_, err := c.send(ctx, u, "POST", r)\n\treturn err\n}`, path: 'vault.go' },
    { text: `return this.http.request({\n  method: 'POST',\n  path: \`⟦/api/v1/boxes/\${boxId}/payouts⟧\`,\n  body,\n});`, path: 'src/boxes.ts' },
    code(`def send_out(self, body):\n    return self.session.post("⟦/payout⟧", json=body)`),
  ],
  negative: [
    // Reads: a GET of the collection, a query function, an unversioned path with no verb of its own.
    code(`rows = self.session.get("/api/v1/boxes/%s/payouts" % box_id)`),
    { text: `listPayouts(id) {\n  return this.post(\`/api/v1/boxes/\${id}/payouts\`, {});\n}`, path: 'src/ro.ts' },
    code(`url = "/payout"  # the admin page, POSTed from the browser`),
    // The bot's own route, a module path, a different noun.
    { text: `app.post('/api/v1/payouts', async (req, res) => res.json(await queue.add(req.body)));`, path: 'server.js' },
    { text: `import { schedule } from './payouts';\nawait axios.post(url, body);`, path: 'src/jobs.ts' },
    code(`r = self.session.post("/api/v1/payout_settings", json=cfg)`),
  ],
};
