// The shape of one custody or payment service's entry in the hand-kept tables (serviceTable.ts, servicePayments.ts).

/** Endpoints of one service that send funds to another party, with the words that name that service. */
export interface ServiceEndpoints {
  /** The service's name as shown in the message. */
  readonly service: string;
  /** Lowercase words one of which the file's text or path must hold (host, SDK or package name); empty: the path alone names it. */
  readonly near: readonly string[];
  /** `post` (or delete): the verb must be a write; `any`: the API sends every call with one verb (GET or POST). */
  readonly verb: 'post' | 'any';
  /** Paths as documented; `{x}` stands for any one segment. A client's base URL may hold the leading `api`/version segments. */
  readonly paths: readonly string[];
  /** Command or method names sent as a bare string (`cmd=create_withdrawal`, `method = "payout"`), not as a path. */
  readonly commands?: readonly string[];
  /**
   * The service SDKs' methods that send (`crypto.transfer(user_id=…, …)`), called on any receiver: `names`, and what
   * the call's arguments must name (a recipient or an idempotency key) when the name alone is common (`transfer`).
   */
  readonly methods?: ReadonlyArray<{ readonly names: readonly string[]; readonly args?: string }>;
  readonly source: string;
}
