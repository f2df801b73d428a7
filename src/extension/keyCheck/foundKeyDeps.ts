import type { Git } from '../../engine';
import type { VaultStore } from '../../vault/vaultStore';
import type { KeyEnvironment } from '../credentials/KeyEnvironment';
import type { KeyVerdicts } from './KeyVerdicts';

/** What the found-key check and the rotation need besides the document: the verdicts, the vault, the terminals' environment, git for .env. */
export interface FoundKeyDeps {
  verdicts: KeyVerdicts;
  store: VaultStore;
  environment: KeyEnvironment;
  git?: Git;
}
