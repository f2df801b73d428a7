// Exchange SDKs that model the withdrawal as a "send" resource (`client.send.create({address, amount})`, Coincheck's
// Go/Node/PHP style): creating a send to an address moves coins off the exchange, like any withdrawal call.
import { notInComment, notInString } from '../../judge/codeContext';
import { defineDetector } from '../../defineDetector';
import { rx } from '../fragments';
import { code, CODE, WHY, WITHDRAW_ADVICE } from './shared';

export const withdrawSendResource = defineDetector({
  id: 'withdraw/send-resource',
  title: 'send to an address through an exchange resource',
  severity: 'warning',
  role: 'endpoint',
  message: 'Coins leave the exchange through {name}(…) to an address.',
  risk: WHY,
  advice: WITHDRAW_ADVICE,
  keywords: ['send.create', 'sends.create'],
  validate: [notInComment, notInString],
  files: CODE,
  patterns: [
    {
      // The arguments name an address that is not an e-mail (a notification "send" resource is no withdrawal).
      re: rx(String.raw`[.](?<name>sends?[.]create)[ \t]*\((?=[^()\n]{0,200}address(?![^()\n]{0,80}@))`),
    },
  ],
  examples: {
    positive: [
      code(`client.⟦send.create⟧(\`{"address":"bc1qexampleaddr","amount":"0.01"}\`)`),
      code(`const r = await api.⟦sends.create⟧({ address: dest, amount: '0.5', currency: 'btc' });`),
    ],
    negative: [
      code(`client.send.all("currency=BTC")`),
      code(`notify.send.create({ address: "ops@example.com", body: text })`),
      code(`job.send.create({ queue: "main" })`),
      code(`# client.send.create({"address": dest})`),
    ],
  },
});
