// Fund-moving endpoints of custody, wallet-infrastructure and payment services (serviceTable.ts): a
// Fireblocks or Safeheron transaction, a Cobo transfer, a Cryptomus or NOWPayments payout, a CoinPayments
// `create_withdrawal` command. Their paths never say withdraw and are generic words elsewhere, so a path counts only
// when the file or its path names the service, and, for APIs that also read the path with GET, a write verb.
import { notInComment } from '../../judge/codeContext';
import { defineDetector, type MatchContext, type PatternSpec, type Validator } from '../../defineDetector';
import { rx } from '../fragments';
import { lastAssignment, linesAbove } from '../../text/linesAbove';
import { notAModulePath, notARouteDefinition, notInProse, notInQueryFunction } from './pathShape';
import { provenWriteVerb } from './provenVerb';
import { SERVICE_ENDPOINTS, type ServiceEndpoints } from './serviceTable';
import { core, isServicePath, pathIs, segments, serviceNamed } from './serviceMatch';
import { CODE, notInDenyList, WHY, WITHDRAW_ADVICE } from './shared';
import { notLineComment, PATH_NEEDS, PATH_TOKEN } from './endpointShapes';
import { writeVerbDecides } from './verb';
import { SERVICE_EXAMPLES } from './serviceExamples';
import { callLinePatterns } from './callLine';
import { argumentsAt } from './methodRequest';

/** The path as written, with an interpolation the token stopped at read on (`"/v1/transactions/#{id}/cancel"`). */
function writtenPath(value: string, ctx: MatchContext): string {
  const rest = /^(?:#\{[^}\n]{1,60}\}|[A-Za-z0-9_.:{}/-])*/.exec(ctx.text.slice(ctx.end, ctx.end + 200))?.[0] ?? '';
  return value + rest;
}

/** Keeps a match in a file (or path) that names the entry's service. */
function namedService(entry: ServiceEndpoints): Validator {
  return { name: 'service-named', test: (_v, ctx) => serviceNamed(entry, ctx) };
}

/** Keeps a path of the entry, in a file naming its service, sent with a write verb unless the API takes any verb. */
function entryPath(entry: ServiceEndpoints): Validator {
  const wanted = entry.paths.map(core);
  return {
    name: `service-path-${entry.service.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    test: (value, ctx) => {
      const written = segments(writtenPath(value, ctx).replace(/^[a-z]+:\/\/[^/]*/i, ''));
      return wanted.some((w) => pathIs(written, w)) && serviceNamed(entry, ctx) && (entry.verb === 'any' || writeVerbDecides(ctx) || provenWriteVerb(ctx));
    },
  };
}

/** The most distinctive literal segment of each path (the longest): the lines the path regex is run on. */
function keywordsOf(entry: ServiceEndpoints): string[] {
  return [...new Set(entry.paths.map((p) => core(p).filter((s) => s !== '{}').sort((a, b) => b.length - a.length)[0]))];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** For an API that takes every call with one verb, a request helper of any verb (`faucetpay_api_request('send', […])`). */
const ANY_VERB_CALL = '|[A-Za-z_]{0,30}(?:request|Request|api|Api|call|Call)';

/**
 * A one-segment path written without its slash as a write call's first argument (`client.post("payouts", body)`, `Post<R>("send", …)`,
 * a client whose base URL ends in `/`): the path token needs a slash, so these are matched by the call.
 */
function bareSegmentPattern(entry: ServiceEndpoints): PatternSpec | undefined {
  // Every entry's verb is a write or any (no service here is GET-only).
  const single = entry.paths.map(core).filter((c) => c.length === 1 && c[0] !== '{}').map((c) => c[0]);
  if (!single.length) return undefined;
  return {
    re: rx(String.raw`(?<=(?<![A-Za-z0-9_$])(?:post|delete|Post|Delete${entry.verb === 'any' ? ANY_VERB_CALL : ''})[A-Za-z]{0,20}(?:<[^<>()\n]{0,60}>)?[ \t]*\([ \t]*["'])(?<name>${single.map(escape).join('|')})(?=["'][ \t]*[,)+])`),
    keywords: single,
    exchange: entry.service,
    validate: [namedService(entry)],
  };
}

/** A request call given a quoted write verb first (`self.request("post", **p)`, `_handle_request('POST', url, p)`), or a `.post(` call. */
const COMMAND_REQUEST = String.raw`(?<![A-Za-z0-9_$])(?<name>[A-Za-z_][A-Za-z0-9_]{0,40})[ \t]*\((?:(?=[ \t]*["'](?:post|POST)["'])|(?<=\.post[ \t]*\())`;
/** A function's head: the command must be set in the request's own function. */
const HEAD = /^[ \t]*(?:(?:async|export|public|private|protected|static)[ \t]+)*(?:def|function|func|fn|fun|sub)[ \t]|^[ \t]*(?:(?:async|public|private|protected|static)[ \t]+)*[A-Za-z_$][\w$]*[ \t]*\([^()\n]*\)[ \t]*(?::[^{\n]*)?\{[ \t]*$|=>|\blambda\b/m;

/** Keeps a request whose eight lines above, in its own function, set the `cmd` field to one of the commands. */
function commandAbove(commands: readonly string[]): Validator {
  const wanted = new Set(commands);
  return {
    name: 'command-set-above',
    reach: { before: 8 * 300, after: 0 },
    test: (_v, ctx) => {
      const above = linesAbove(ctx.text, ctx.start, 8, 8 * 300);
      const head = [...above.matchAll(new RegExp(HEAD.source, 'gm'))].pop();
      const own = head === undefined ? above : above.slice(head.index + head[0].length);
      // The last command set before the request is the one it sends.
      const last = [...own.matchAll(/\bcmd["']?[ \t]*(?::|=>|=)[ \t]*["']([a-z_]{1,40})["']/g)].pop();
      return last !== undefined && wanted.has(last[1]);
    },
  };
}

/** The patterns of one service: its paths, and its bare command names (`cmd=create_withdrawal`, `"payout"`). */
function patternsOf(entry: ServiceEndpoints): PatternSpec[] {
  const out: PatternSpec[] = [{ re: rx(PATH_TOKEN), needs: PATH_NEEDS, keywords: keywordsOf(entry), exchange: entry.service, validate: [entryPath(entry)] }];
  const bare = bareSegmentPattern(entry);
  if (bare) out.push(bare);
  for (const m of entry.methods ?? []) out.push(methodPattern(entry, m));
  if (entry.commands?.length) {
    out.push({
      re: rx(String.raw`(?<=["'=])(?<name>${entry.commands.map(escape).join('|')})(?=["'&])`),
      keywords: [...entry.commands],
      exchange: entry.service,
      validate: [namedService(entry)],
    });
    // The request that sends the command set on its parameters a few lines above (`params.update({"cmd":
    // "create_withdrawal"})` then `return self.request("post", **params)`): one request, one fact, at the call.
    out.push({
      re: rx(COMMAND_REQUEST),
      keywords: [...entry.commands],
      linesAfter: 8,
      exchange: entry.service,
      validate: [commandAbove(entry.commands), namedService(entry)],
    });
    // The command's constant given to the `cmd` field (`cmd: CMDS.CREATE_WITHDRAWAL`).
    out.push({
      re: rx(String.raw`(?<=\bcmd["']?[ \t]{0,4}(?:=>|:|=)[ \t]{0,4}(?:[A-Za-z_$][A-Za-z0-9_$]{0,40}(?:\.|::))?)(?<name>${entry.commands.map((c) => escape(c.toUpperCase())).join('|')})(?![A-Za-z0-9_])`),
      keywords: [...entry.commands],
      exchange: entry.service,
      validate: [namedService(entry)],
    });
  }
  return out;
}

/**
 * A call of one of the service SDK's sending methods (`crypto.transfer(user_id=u, …)`, .NET's `CreateTransactionAsyncV2(tx)`),
 * its arguments (or the object a lone argument was assigned in the lines above: `wallet.sendMany(params)`) naming what `args` asks.
 */
function methodPattern(entry: ServiceEndpoints, methods: NonNullable<ServiceEndpoints['methods']>[number]): PatternSpec {
  const args = methods.args === undefined ? undefined : new RegExp(methods.args, 'i');
  return {
    re: rx(String.raw`(?<=[.][ \t]{0,4})(?<name>(?:${methods.names.map(escape).join('|')})(?:Async)?(?:V[0-9])?)(?=[ \t]*\()`),
    keywords: [...new Set(methods.names.map((n) => n.toLowerCase()))],
    linesAfter: 6,
    exchange: entry.service,
    validate: [namedService(entry), { name: 'sdk-method-arguments', reach: { before: 3000, after: 600 }, test: (_v, ctx) => !args || args.test(argumentText(ctx)) }],
  };
}

/** A call's arguments, then the objects its bare-name arguments were assigned (up to 3,000 characters back, three names at most). */
function argumentText(ctx: MatchContext): string {
  const own = argumentsAt(ctx.text, ctx.text.indexOf('(', ctx.end));
  const names = own.split(',').map((a) => /^[ \t\r\n]*([A-Za-z_$][\w$]*)[ \t\r\n]*$/.exec(a)?.[1]).filter((n): n is string => n !== undefined).slice(0, 3);
  if (names.length === 0) return own;
  const above = ctx.text.slice(Math.max(0, ctx.start - 3000), ctx.start);
  const parts = [own];
  for (const name of names) {
    const assigned = lastAssignment(above, name);
    if (assigned !== undefined) parts.push(above.slice(assigned.at));
  }
  return parts.join('\n');
}

/**
 * Marks a pattern whose finding depends on a service's name anywhere in the text: an edit that adds or removes one
 * rescans the whole file (the other validators' reach stays what they read around the match).
 */
const NAMED_ANYWHERE: Validator = {
  name: 'service-named-anywhere',
  fileWide: new RegExp([...new Set(SERVICE_ENDPOINTS.flatMap((e) => e.near))].map(escape).join('|'), 'i'),
  test: () => true,
};

export const withdrawServiceEndpoint = defineDetector({
  id: 'withdraw/service-endpoint',
  title: 'fund-moving endpoint of a custody or payment service',
  severity: 'warning',
  role: 'endpoint',
  message: '{exchange} endpoint {name} moves funds out of the account.',
  risk: WHY,
  advice: WITHDRAW_ADVICE,
  keywords: [...new Set(SERVICE_ENDPOINTS.flatMap((e) => [...keywordsOf(e), ...(e.commands ?? []), ...(e.methods ?? []).flatMap((m) => m.names.map((n) => n.toLowerCase()))]))],
  validate: [notInComment, notInDenyList, notARouteDefinition, notAModulePath, notLineComment, notInQueryFunction, notInProse],
  files: CODE,
  // The call that sends such a path, its arguments one per line or in a config object (callLine.ts), is reported at its line too.
  patterns: [...SERVICE_ENDPOINTS.flatMap(patternsOf), ...callLinePatterns(isServicePath, [...new Set(SERVICE_ENDPOINTS.flatMap(keywordsOf))])]
    .map((p) => ({ ...p, validate: [...(p.validate ?? []), NAMED_ANYWHERE] })),
  examples: SERVICE_EXAMPLES,
});
