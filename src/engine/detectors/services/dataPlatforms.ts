// Keys of the hosted databases and storage a bot keeps its trades in: Azure Storage and Service Bus / IoT Hub
// connection strings (their keys are base64 of 64 or 32 random bytes), Azure App Configuration, and the
// prefixed tokens of PlanetScale, Supabase and MongoDB Atlas.
import { defineDetector, type Validator } from '../../defineDetector';
import { standardValidators } from '../../judge/validators';
import { rx } from '../fragments';

const B64_32 = String.raw`[A-Za-z0-9+/]{43}=`;
const B64_64 = String.raw`[A-Za-z0-9+/]{86}==`;
const END = String.raw`(?![A-Za-z0-9+/=])`;

/** The storage emulator's well-known account key (devstoreaccount1) is published by Microsoft: not a leak. */
const notEmulatorKey: Validator = { name: 'not-storage-emulator-key', test: (v) => !v.startsWith('Eby8vdM02xNOcqFl') };

export const azureConnectionKey = defineDetector({
  id: 'secret/azure-connection-key',
  title: 'Azure connection-string key',
  severity: 'error',
  role: 'api-secret',
  exchange: 'Azure',
  envName: 'AZURE_STORAGE_CONNECTION_STRING',
  message: 'Azure key {masked} is in a hard-coded connection string.',
  risk: 'Whoever has it reads and writes the whole storage account, queue or hub it belongs to.',
  advice: 'Move the connection string to an environment variable (or use a managed identity), and rotate the key in the Azure portal (Access keys).',
  keywords: ['accountkey=', 'sharedaccesskey=', 'azconfig.io'],
  validate: [...standardValidators, notEmulatorKey],
  patterns: [
    { re: rx(String.raw`(?<![A-Za-z])AccountKey=(?<v>${B64_64})${END}`), keywords: ['accountkey='] },
    { re: rx(String.raw`(?<![A-Za-z])SharedAccessKey=(?<v>${B64_32})${END}`), keywords: ['sharedaccesskey='] },
    { re: rx(String.raw`\.azconfig\.io;Id=[^;\s"']{1,60};Secret=(?<v>${B64_32})${END}`), keywords: ['azconfig.io'], exchange: 'Azure App Configuration', envName: 'AZURE_APPCONFIG_CONNECTION_STRING' },
  ],
  examples: {
    positive: [
      `CONN = "DefaultEndpointsProtocol=https;AccountName=tradelogs;AccountKey=⟦HOVFiVA6lkbcQox7CmgVzCBbZu8JbEYXu2r2mq7dBMtn6+X49n3XfvfHHSmmviWz2wKN/zwBj4YlhxDgXP+N7Q==⟧;EndpointSuffix=core.windows.net"`,
      { text: `SERVICEBUS=Endpoint=sb://bot-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=⟦GdNyW27m06qTRihkfkh/Pizz7WAL9EnmNGv98W+bPMA=⟧\n`, path: '.env' },
      `cfg = "Endpoint=https://bot-cfg.azconfig.io;Id=Xk2p-l0-s0:Qw8rTz1LmN5vB3;Secret=⟦GdNyW27m06qTRihkfkh/Pizz7WAL9EnmNGv98W+bPMA=⟧"`,
    ],
    negative: [
      `CONN = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"`,
      `CONN = "DefaultEndpointsProtocol=https;AccountName=tradelogs;AccountKey=" + os.environ["AZURE_KEY"]`,
      `# AccountKey=<your-account-key>`,
    ],
  },
});

export const dataPlatformToken = defineDetector({
  id: 'secret/data-platform-token',
  title: 'hosted-database token',
  severity: 'error',
  role: 'token',
  message: '{exchange} token {masked} is hard-coded.',
  risk: 'Whoever has it manages your hosted database: reads the data, changes users, deletes branches.',
  advice: 'Move it to an environment variable. If it was shared or committed, revoke it in the {exchange} dashboard and create a new one.',
  keywords: ['pscale_', 'sbp_', 'mdb_sa_sk_'],
  validate: standardValidators,
  patterns: [
    { re: rx(String.raw`(?<![A-Za-z0-9_])(?<v>pscale_(?:pw|tkn|oauth)_[A-Za-z0-9_.-]{32,64})(?![A-Za-z0-9_.-])`), keywords: ['pscale_'], exchange: 'PlanetScale', envName: 'PLANETSCALE_TOKEN' },
    { re: rx(String.raw`(?<![A-Za-z0-9_])(?<v>sbp_(?:v0_)?[0-9a-f]{40})(?![A-Za-z0-9_])`), keywords: ['sbp_'], exchange: 'Supabase', envName: 'SUPABASE_ACCESS_TOKEN' },
    { re: rx(String.raw`(?<![A-Za-z0-9_])(?<v>mdb_sa_sk_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`), keywords: ['mdb_sa_sk_'], exchange: 'MongoDB Atlas', envName: 'MONGODB_ATLAS_CLIENT_SECRET' },
  ],
  examples: {
    positive: [
      `DATABASE_PASSWORD = "⟦pscale_pw_ANYej7wW0rI9icuvnNDM1rODtxPoyc68jQiCCYrYfna⟧"`,
      { text: `PLANETSCALE_SERVICE_TOKEN=⟦pscale_tkn_synV9CxoOokyyGGT4uPpL2CczV06DjeQ54duvKDTHCe⟧\n`, path: '.env' },
      `SUPABASE_ACCESS_TOKEN: ⟦sbp_7c15f39e26347b745aea39e9c031ffcf9d6cda4c⟧`,
      `atlas_secret = "⟦mdb_sa_sk_n3zCdKWN4wPjkeYbnCMnqyurZlJUszf279hlVoMx⟧"`,
    ],
    negative: [
      `token = "sbp_0000000000000000000000000000000000000000"`,
      `DATABASE_PASSWORD = "pscale_pw_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"`,
      `PLANETSCALE_TOKEN = os.environ["PLANETSCALE_TOKEN"]`,
    ],
  },
});
