// The consent text of "Check what this key can do…": names the exact host and what travels. Pure, so the
// unit tests pin the wording the user agrees to.
import { mask } from '../../engine';
import { exchangeById, type CheckableExchange } from '../../exchanges/registry';

/** The modal's question and detail for checking a found key at `origin`. */
export function consentText(exchange: CheckableExchange, apiKey: string, origin: string): { message: string; detail: string } {
  const { name, sendsSecret } = exchangeById(exchange);
  return {
    message: `Ask ${name} what key ${mask(apiKey)} can do?`,
    detail: `KeyGuard will send one request to ${origin}. ${sendsSecret
      ? `${name} has no request signatures: the key and its secret itself travel in headers.`
      : 'The key travels in a header; the secret stays on this computer (only a signature is sent).'} Nothing is stored.`,
  };
}
