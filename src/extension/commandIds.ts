// Every command id in one place, so package.json, registrations and tests agree.
export const CommandIds = {
  scanWorkspace: 'keyguard.scanWorkspace',
  showProblems: 'keyguard.showProblems',
  showWithdrawalCalls: 'keyguard.showWithdrawalCalls',
  moveSecretsToEnv: 'keyguard.moveSecretsToEnv',
  moveSecretsToVault: 'keyguard.moveSecretsToVault',
  renameEnvVariable: 'keyguard.renameEnvVariable',
  checkApiKey: 'keyguard.checkApiKey',
  stopTrackingEnvFile: 'keyguard.stopTrackingEnvFile',
  refreshEnvGuard: 'keyguard.refreshEnvGuard',
  storeKey: 'keyguard.storeKey',
  showStoredKeys: 'keyguard.showStoredKeys',
  refreshStoredKeys: 'keyguard.refreshStoredKeys',
  rotateKey: 'keyguard.rotateKey',
  deleteKey: 'keyguard.deleteKey',
  checkStoredKey: 'keyguard.checkStoredKey',
  useKeysInTerminals: 'keyguard.useKeysInTerminals',
} as const;
