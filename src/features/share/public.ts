// What other features may use of the share feature (they import nothing else from it).
import { generatePassphrase } from '../../domain/share/passphrase';
import type { Language } from '../../i18n/catalog';
import { wordsFor } from './words';

export { BackupStatus } from './BackupStatus';
export { cryptoClient, deviceWorkFactor } from './crypto';
export { ensureSigningKey } from './device-key';
export { RestoreOffer } from './RestoreOffer';
export { downloadBytes } from './save-file';
export { useBundleErrorText } from './use-bundle-error-text';

/** A generated six-word passphrase from the word list of `language` (at least 66 bits). */
export function suggestPassphrase(language: Language): string {
  return generatePassphrase(wordsFor(language));
}
export { ExampleClientBanner } from './example-client/ExampleClientBanner';
export { TryExample } from './example-client/TryExample';
