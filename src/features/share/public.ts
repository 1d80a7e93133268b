// What other features may use of the share feature (they import nothing else from it).
import { generatePassphrase } from '../../domain/share/passphrase';
import type { Language } from '../../i18n/catalog';

export { BackupStatus } from './BackupStatus';
export { cryptoClient, deviceWorkFactor } from './crypto';
export { ensureSigningKey } from './device-key';
export { RestoreOffer } from './RestoreOffer';
export { downloadBytes } from './save-file';
export { useBundleErrorText } from './use-bundle-error-text';

/**
 * A generated six-word passphrase from the word list of `language` (at least 66 bits). The
 * lists (15 KB) load on first use: this module is on the home screen's first load.
 */
export async function suggestPassphrase(language: Language): Promise<string> {
  const { wordsFor } = await import('./words');
  return generatePassphrase(wordsFor(language));
}
export { ExampleClientBanner } from './example-client/ExampleClientBanner';
export { TryExample } from './example-client/TryExample';
