// Every exchange answers in JSON; anything else (an HTML error page from a proxy, a truncated body) means
// nothing can be concluded about the key, and the user is told so in the same words for every exchange.
import { KeyCheckError } from './credentials';
import type { HttpResponse } from './http';

/** The parsed body of an exchange's answer; throws a KeyCheckError when it is not JSON. */
export function jsonAnswer<T>(res: HttpResponse, exchange: string): T {
  try {
    return JSON.parse(res.body) as T;
  } catch {
    throw new KeyCheckError(`${exchange} answered HTTP ${res.status} with something that is not JSON; nothing can be concluded about the key`);
  }
}
