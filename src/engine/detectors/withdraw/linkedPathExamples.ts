// Examples of withdraw/rest-endpoint for path constants defined in one file and posted in another
// (crossfile/pathConstants.ts, indexedPaths.ts): each carries the other files of its workspace. Last, the
// same money-send paths written in the call itself.
import type { Example } from '../../defineDetector';

const RUST_CONSTANTS = { path: 'src/constant.rs', text: `pub const URL_SERVER: &str = "https://api.upbit.com";\npub const WITHDRAW_INFO: &str = "/v1/withdraw";\npub const WITHDRAW_KRW: &str = "/v1/withdraws/krw";\npub const WITHDRAW_CHANCE: &str = "/v1/withdraws/chance";` };
const RUST_USE = { path: 'src/api_withdraw/krw.rs', text: `use crate::constant::{URL_SERVER, WITHDRAW_KRW};\n\npub async fn pull_krw(amount: f64) -> Result<Receipt, ApiError> {\n    let url = format!("{}{}", URL_SERVER, WITHDRAW_KRW);\n    let token = sign(&params)?;\n    request_post(url, token, params).await\n}` };
const RUST_INFO = { path: 'src/api_withdraw/info.rs', text: `use crate::constant::{URL_SERVER, WITHDRAW_INFO, WITHDRAW_CHANCE};\n\npub async fn info(uuid: &str) -> Result<Info, ApiError> {\n    let url = format!("{}{}?uuid={}", URL_SERVER, WITHDRAW_INFO, uuid);\n    request_get(url, sign_query(uuid)?).await\n}\n\npub async fn chance(c: &str) -> Result<Chance, ApiError> {\n    let url = format!("{}{}?currency={}", URL_SERVER, WITHDRAW_CHANCE, c);\n    request_get(url, sign_query(c)?).await\n}` };
const TS_API = { path: 'src/common/api.ts', text: `export const API = {\n  BALANCES: '/api/wallets/balances',\n  TRANSFERS: '/api/transfers',\n  SEND: '/api/transfers/send',\n  OFFRAMP: '/api/transfers/offramp',\n};` };
const TS_SERVICE = { path: 'src/payout/payout.service.ts', text: `import { API } from '../common/api';\n\nexport class PayoutService {\n  constructor(private readonly http: HttpService) {}\n\n  async toWallet(body: SendDto) {\n    return this.http.post(API.SEND, body, this.auth());\n  }\n\n  async toBank(body: OfframpDto) {\n    const { data } = await this.http.post(API.OFFRAMP, body, this.auth());\n    return data;\n  }\n\n  async history(page: number) {\n    return this.http.get(API.TRANSFERS, { params: { page } });\n  }\n}` };
const JAVA_ENUM = { path: 'src/main/java/app/code/ApiPath.java', text: `public enum ApiPath {\n    WITHDRAWS("/v1/withdraws"),\n    WITHDRAW_CHANCE("/v1/withdraws/chance"),\n    WITHDRAW_COIN("/v1/withdraws/coin");\n\n    private final String path;\n    ApiPath(String path) { this.path = path; }\n    public String path() { return path; }\n}` };
const GO_CONSTANTS = { path: 'client/constants.go', text: `package client\n\nconst (\n\tdepositHistoryPath   = "/open-api/v1/wallet/deposit/history"\n\twithdrawalCreatePath = "/open-api/v1/wallet/withdrawal"\n\twithdrawalDetailPath = "/open-api/v1/wallet/withdrawal/detail"\n)` };
const SPRING_YAML = { path: 'src/main/resources/application.yaml', text: `exchange:\n  api:\n    base-url: https://api.example.org/v2\n    withdraw-path: /withdrawal\n    balance-path: /balance` };
const SPRING_USE = { path: 'src/main/java/app/api/ExchangeConsumer.java', text: `@Component\npublic class ExchangeConsumer {\n    @Value("\${exchange.api.withdraw-path}")\n    private String withdrawPath;\n\n    public String pull(PullBody body) {\n        return restTemplate.postForObject(baseUrl + withdrawPath, sign(body), String.class);\n    }\n}` };

// Template-cloned connectors: each folder's consts.py gives the name its own exchange's path.
const CLONE_A = { path: 'EXA/exa/consts.py', text: `GET = 'GET'\nPOST = 'POST'\nWITHDRAWAL_COIN = '/api/v1/asset/withdrawal'` };
const CLONE_B = { path: 'EXB/exb/consts.py', text: `POST = 'POST'\nWITHDRAWAL_COIN = '/v4/withdraw'` };
const cloneClient = (call: string) => `from .consts import *\n\n\nclass FundingAPI(Client):\n    def coin_withdraw(self, ccy, amt, to_addr):\n        params = {'ccy': ccy, 'amt': amt, 'toAddr': to_addr}\n        return ${call}`;

const RUST_SHORT = { path: 'src/paths.rs', text: `pub const BASE: &str = "https://api.example.com";\npub const KRW_OUT: &str = "/v1/withdraws/krw";\npub const KRW_OUT_LIST: &str = "/v1/withdraws";` };
const rustInline = (name: string, verb: string) => `async fn request_krw(amount: f64) -> Result<Response, ApiError> {\n    let mut url = Url::parse(&format!("{BASE}{${name}}")).map_err(url_error)?;\n    url.query_pairs_mut().append_pair("amount", &amount.to_string());\n    let token = Self::token_for(url.as_str())?;\n    reqwest::Client::new()\n        .${verb}(url.as_str())\n        .header(AUTHORIZATION, &token)\n        .send()\n        .await\n        .map_err(from_reqwest)\n}`;

export const LINKED_PATH_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    // A Rust constant of constant.rs formatted into the URL a POST helper sends.
    { path: RUST_USE.path, text: RUST_USE.text.replace('URL_SERVER, WITHDRAW_KRW)', 'URL_SERVER, ⟦WITHDRAW_KRW⟧)'), workspace: [RUST_CONSTANTS, RUST_INFO] },
    // ...and its definition, as the other file posts it (the ones only read, info and chance, stay silent).
    { path: RUST_CONSTANTS.path, text: RUST_CONSTANTS.text.replace('"/v1/withdraws/krw"', '"⟦/v1/withdraws/krw⟧"'), workspace: [RUST_USE, RUST_INFO] },
    // A Rust format string's placeholder, the URL sent by the client's post() a few lines on.
    { path: 'src/api/krw.rs', text: rustInline('⟦KRW_OUT⟧', 'post'), workspace: [RUST_SHORT] },
    // A TS object's send and off-ramp paths posted by a service: its uses, then its definitions (the list stays silent).
    { path: TS_SERVICE.path, text: TS_SERVICE.text.replace('post(API.SEND', 'post(API.⟦SEND⟧').replace('post(API.OFFRAMP', 'post(API.⟦OFFRAMP⟧'), workspace: [TS_API] },
    { path: TS_API.path, text: TS_API.text.replace("'/api/transfers/send'", "'⟦/api/transfers/send⟧'").replace("'/api/transfers/offramp'", "'⟦/api/transfers/offramp⟧'"), workspace: [TS_SERVICE] },
    // A Java enum member read through its accessor under WebClient's post().
    { path: 'src/main/java/app/service/PullService.java', text: `public Mono<Receipt> pullCoin(PullRequest req) {\n    return webClient.post()\n        .uri(ApiPath.⟦WITHDRAW_COIN⟧.path())\n        .bodyValue(req)\n        .retrieve()\n        .bodyToMono(Receipt.class);\n}`, workspace: [JAVA_ENUM] },
    // A Go const block's path handed to the client's request helper with POST.
    { path: 'client/wallet.go', text: `func (c *Client) Withdrawal(ctx context.Context, req *WithdrawalReq) (*WithdrawalResp, error) {\n\tresp := &WithdrawalResp{}\n\terr := c.call(ctx, http.MethodPost, ⟦withdrawalCreatePath⟧, req, resp)\n\treturn resp, err\n}`, workspace: [GO_CONSTANTS] },
    // A Spring config key bound to a field and posted; then the key's path in application.yaml.
    { path: SPRING_USE.path, text: SPRING_USE.text.replace('baseUrl + withdrawPath', 'baseUrl + ⟦withdrawPath⟧'), workspace: [SPRING_YAML] },
    { path: SPRING_YAML.path, text: SPRING_YAML.text.replace('withdraw-path: /withdrawal', 'withdraw-path: ⟦/withdrawal⟧'), workspace: [SPRING_USE] },
    // A template-cloned connector posts the constant its own folder's consts.py gives a path (another clone's differs).
    { path: 'EXA/exa/funding.py', text: cloneClient('self._request_with_params(POST, ⟦WITHDRAWAL_COIN⟧, params)'), workspace: [CLONE_A, CLONE_B] },
    // A send path written in its POST call.
    { path: 'src/services/pay.ts', text: `export async function payToWallet(token: string, to: string, amount: string) {\n  return await client.post(\n    '⟦/api/payments/send⟧',\n    { walletAddress: to, amount },\n    { headers: auth(token) },\n  );\n}` },
  ],
  negative: [
    // Read with GET only: the use and the definition say nothing.
    RUST_INFO,
    { ...RUST_CONSTANTS, workspace: [RUST_INFO] },
    { path: 'src/payout/limits.service.ts', text: `import { API } from '../common/api';\n\nexport async function sendLimits(http: HttpService) {\n  return http.get(API.SEND, { params: { scope: 'limits' } });\n}`, workspace: [TS_API] },
    // The same URL sent by get(); a chat's send path posted.
    { path: 'src/api/krw.rs', text: rustInline('KRW_OUT', 'get'), workspace: [RUST_SHORT] },
    { path: 'src/chat/say.ts', text: `import { CHAT } from './routes';\n\nexport const say = (http: HttpService, m: Msg) => http.post(CHAT.SEND, m);`, workspace: [{ path: 'src/chat/routes.ts', text: `export const CHAT = {\n  SEND: '/api/messages/send',\n};` }] },
    // A query path posted (a search): not an action.
    { path: 'src/payout/search.ts', text: `import { API } from '../common/api';\n\nexport const search = (http: HttpService, q: Query) => http.post(API.HISTORY, q);`, workspace: [{ path: 'src/common/api.ts', text: `export const API = {\n  HISTORY: '/api/transfers/history',\n};` }] },
    // Two files give the name different paths: ambiguous, linked to neither.
    { path: 'src/payout/send.ts', text: `import { API } from '../common/api';\n\nexport const pay = (http: HttpService, b: SendDto) => http.post(API.SEND, b);`, workspace: [TS_API, { path: 'src/chat/api.ts', text: `export const API = {\n  SEND: '/api/chat/messages/send',\n};` }] },
    // The clone's own constant read with GET.
    { path: 'EXA/exa/funding.py', text: cloneClient('self._request_without_params(GET, WITHDRAWAL_COIN)'), workspace: [CLONE_A, CLONE_B] },
    // Only logged, or only mentioned in a comment.
    { path: 'src/payout/debug.ts', text: `import { API } from '../common/api';\n\n// API.SEND is posted by the payout service\nlogger.info(\`payouts go to \${API.SEND}\`);`, workspace: [TS_API] },
    // The file's own constant of the same name is its own (a chat message, posted).
    { path: 'src/chat/client.ts', text: `const API = { SEND: '/api/chat/messages/send' };\n\nexport const say = (http: HttpService, m: Msg) => http.post(API.SEND, m);`, workspace: [TS_API] },
    // A send path read with GET, a web page posting to its own server, a chat's send.
    { path: 'src/services/pay.ts', text: `export async function sendQuote(to: string) {\n  return client.get('/api/payments/send', { params: { to } });\n}` },
    { path: 'web/pay.js', text: `await fetch('/api/payments/send', { method: 'POST', body: JSON.stringify(form) });` },
    { path: 'src/chat.ts', text: `await client.post('/api/messages/send', { text });` },
    // A server's routes on the constants (the handlers are the withdrawal's server side), and an import of one.
    { path: 'src/server.ts', text: `import { ROUTES } from './routes';\n\nrouter.post(ROUTES.PULL_OUT, auth, pullOutHandler);\napp.post(ROUTES.SEND, auth, sendHandler);`, workspace: [{ path: 'src/routes.ts', text: `export const ROUTES = {\n  PULL_OUT: '/api/wallet/withdraw',\n  SEND: '/api/transfers/send',\n};` }] },
    { path: 'app/views.py', text: `from app.consts import WITHDRAW_URL\n\n@app.route(WITHDRAW_URL, methods=["POST"])\ndef withdraw_view():\n    return handle(request.json)` },
    // An enum member a GET reads.
    { path: 'src/main/java/app/service/ChanceService.java', text: `public Mono<Chance> chance(String c) {\n    return webClient.get()\n        .uri(ApiPath.WITHDRAW_CHANCE.path() + "?currency=" + c)\n        .retrieve()\n        .bodyToMono(Chance.class);\n}`, workspace: [JAVA_ENUM] },
  ],
};
