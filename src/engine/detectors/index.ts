import type { Detector } from '../defineDetector';
import { cliBasicAuth } from './basicAuth';
import { ccxtCredentials } from './ccxt';
import { exchangeClientKey } from './exchanges/clientArgs';
import { apiKeyPairFile } from './exchanges/keyPairFile';
import { dotenvLoad } from './dotenv';
import { EXCHANGE_DETECTORS } from './exchanges';
import { genericSecret } from './generic';
import { walletPassphrase } from './walletPassphrase';
import { exchangeNamedSecret } from './exchanges/namedSecret';
import { exchangeContextSecret } from './exchanges/contextSecret';
import { hardCodedPassword } from './password';
import { hashedPassword } from './hashedPassword';
import { pemPrivateKey } from './pem';
import { wrappedPrivateKey } from './pemWrapped';
import { SERVICE_DETECTORS } from './services';
import { telegramApiHash, telegramBotToken, telegramSession } from './telegram';
import { cloudTokens, discordBotToken, discordWebhook, rpcUrlKey } from './tokens';
import { seedPhrase } from './seedPhrase';
import { stellarSecretSeed } from './stellar';
import { cardanoSigningKey, tezosSecretKey } from './chainKeys';
import { bitcoinPrivateKey, evmPrivateKey } from './wallets';
import { solanaSecretKey } from './solanaKeys';
import { walletKeyList } from './walletLists';
import { withdrawCcxtImplicit, withdrawExternalTransfer, withdrawInternalTransfer, withdrawLibraryCall, withdrawRestEndpoint } from './withdraw/restEndpoint';
import { withdrawHelperCall } from './withdraw/helperCalls';
import { withdrawPostedPath } from './withdraw/localFlow';
import { withdrawSendCall } from './withdraw/sendCalls';
import { withdrawSignedSendCall } from './withdraw/signedSend';
import { withdrawWrapperCall } from './withdraw/wrapperCalls';
import { withdrawOnchainSend } from './withdraw/onchain';
import { withdrawOnchainTransfer } from './withdraw/onchainTransfer';
import { withdrawContractPayout } from './withdraw/contractPayout';
import { withdrawCosmosSend, withdrawCosmosTransfer } from './withdraw/cosmos';
import { withdrawBridgeCall } from './withdraw/bridgeCalls';
import { withdrawSendResource } from './withdraw/sendResource';
import { withdrawGraphqlMutation } from './withdraw/graphqlMutation';
import { withdrawChainSend } from './withdraw/chainSends';
import { withdrawChainSubmit } from './withdraw/chainSubmits';
import { withdrawSdkSend } from './withdraw/sdkSends';
import { withdrawPaymentApiSend } from './withdraw/paymentApis';
import { withdrawServiceEndpoint } from './withdraw/serviceEndpoints';
import { withdrawSignedAction } from './withdraw/sentAction';
import { withdrawSentCommand } from './withdraw/sentCommand';
import { withdrawMethodRequest } from './withdraw/methodRequest';
import { withdrawMethodSend } from './withdraw/methodSend';
import { withdrawNodeRpcSend } from './withdraw/nodeRpc';
import { withdrawNethereumSend } from './withdraw/nethereum';
import { withdrawHandlerSend } from './withdraw/handlerSend';

/**
 * Every detector, most specific first: when two find the same span, the earlier one wins.
 * Generic catch-alls stay at the end.
 */
export const DETECTORS: readonly Detector[] = [
  ...EXCHANGE_DETECTORS,
  ccxtCredentials,
  exchangeClientKey,
  apiKeyPairFile,
  telegramBotToken,
  telegramSession,
  telegramApiHash,
  evmPrivateKey,
  seedPhrase,
  solanaSecretKey,
  bitcoinPrivateKey,
  stellarSecretSeed,
  cardanoSigningKey,
  tezosSecretKey,
  walletKeyList,
  rpcUrlKey,
  ...SERVICE_DETECTORS,
  cloudTokens,
  discordWebhook,
  discordBotToken,
  pemPrivateKey,
  wrappedPrivateKey,
  // Before the generic rule: a wallet's passphrase is a wallet secret, and a secret whose name names an exchange is that
  // exchange's credential.
  walletPassphrase,
  exchangeNamedSecret,
  exchangeContextSecret,
  genericSecret,
  hardCodedPassword,
  hashedPassword,
  cliBasicAuth,
  withdrawRestEndpoint,
  withdrawCcxtImplicit,
  withdrawLibraryCall,
  withdrawInternalTransfer,
  withdrawExternalTransfer,
  withdrawHelperCall,
  withdrawPostedPath,
  withdrawOnchainSend,
  // The sends generated from the SDKs' types: after the sweep/payout warning, before the ordinary-transfer note (a
  // generated send to another address is a warning, so it wins that shared call).
  withdrawSdkSend,
  withdrawOnchainTransfer,
  withdrawContractPayout,
  withdrawCosmosSend,
  withdrawCosmosTransfer,
  withdrawBridgeCall,
  withdrawSendResource,
  withdrawGraphqlMutation,
  withdrawChainSend,
  withdrawChainSubmit,
  withdrawPaymentApiSend,
  withdrawServiceEndpoint,
  withdrawSignedAction,
  withdrawSentCommand,
  withdrawNodeRpcSend,
  withdrawNethereumSend,
  // After the path and call rules: a request they report on its path or name keeps their finding.
  withdrawMethodRequest,
  withdrawMethodSend,
  // Last: a call another rule reports keeps that rule's finding (dedupe prefers the earlier detector); a call of a
  // known mover names where its transfer is, which says more than the send-call shape.
  withdrawWrapperCall,
  // Before the send-call shape: the same call inside a withdrawal handler is the payout (a warning).
  withdrawHandlerSend,
  // Before the bare send-call shape: the same call with its signer in hand is a warning.
  withdrawSignedSendCall,
  withdrawSendCall,
];

/**
 * Detectors whose findings depend on the workspace, not only the text (a dotenv call matters only where
 * git does not ignore .env). `scanText` leaves them out; the env guard runs them.
 */
export const WORKSPACE_DETECTORS: readonly Detector[] = [dotenvLoad];

/** Every detector, for tests and rule listings. */
export const ALL_DETECTORS: readonly Detector[] = [...DETECTORS, ...WORKSPACE_DETECTORS];
