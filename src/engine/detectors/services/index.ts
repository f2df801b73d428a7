// Service credentials a bot holds besides its exchange's, one file per area. Adding a family: write its
// detectors in a file here and list them below (scan order: an earlier detector wins a span two find).
import type { Detector } from '../../defineDetector';
import { aiApiKey } from './aiKeys';
import { chainDataKey } from './chainData';
import { custodyApiKey } from './custodyKeys';
import { databaseUrl } from './databases';
import { djangoSecretKey } from './django';
import { azureConnectionKey, dataPlatformToken } from './dataPlatforms';
import { firebaseWebKey, googleApiKey, googleBrowserKey, googleOAuthSecret, googleServiceAccount } from './google';
import { jsonWebToken, jwkPrivateKey } from './jwt';
import { mailAppPassword } from './mailPassword';
import { marketDataKey } from './marketData';
import { serviceToken } from './serviceTokens';
import { sqlPassword } from './sqlPassword';
import { stripeTestKey, stripeWebhookSecret } from './stripe';
import { urlPassword } from './urlPassword';
import { xBearerToken } from './xApi';

/**
 * The service detectors, in scan order: the service-account key before the PEM detector that also sees it; a
 * Google key with a server context (warning) before the same key as a browser key (info).
 */
export const SERVICE_DETECTORS: readonly Detector[] = [
  googleServiceAccount,
  googleOAuthSecret,
  firebaseWebKey,
  googleApiKey,
  googleBrowserKey,
  chainDataKey,
  marketDataKey,
  aiApiKey,
  custodyApiKey,
  stripeTestKey,
  stripeWebhookSecret,
  xBearerToken,
  databaseUrl,
  urlPassword,
  sqlPassword,
  mailAppPassword,
  djangoSecretKey,
  azureConnectionKey,
  dataPlatformToken,
  serviceToken,
  jwkPrivateKey,
  jsonWebToken,
];
