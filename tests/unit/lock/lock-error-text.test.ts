// What the lock says when opening it fails: an error the person can act on in its own words,
// any other in the app's words for its kind, in the language shown; never an error's own
// (English, technical) text inside a Dutch sentence.
import { describe, expect, it } from 'vitest';
import { lockScreenMessages } from '../../../src/features/lock/screen-messages';
import { lockErrorText } from '../../../src/features/lock/secret-field';
import { fillMessage, type MessageParams, translate } from '../../../src/i18n/translate';
import { LockError } from '../../../src/lock/errors';
import { errorKeyOf } from '../../../src/ui/error-message';

type ScreenKey = keyof (typeof lockScreenMessages)['en'];
const inDutch = (key: ScreenKey, params?: MessageParams) =>
  fillMessage('nl', lockScreenMessages.nl[key], params);
const explainInDutch = (caught: unknown) => translate('nl', errorKeyOf(caught));

describe('lockErrorText', () => {
  it('gives an error the person can act on its own words', () => {
    expect(lockErrorText(new LockError('wrong-passphrase'), inDutch, explainInDutch)).toBe(
      lockScreenMessages.nl['lock.error.wrong-passphrase'],
    );
  });

  it('words any other failure in the app’s words for its kind, never its own text', () => {
    const interrupted = new DOMException('The tab was closed', 'AbortError');
    const text = lockErrorText(interrupted, inDutch, explainInDutch);
    expect(text).toBe('Ontgrendelen mislukt. Het opslaan werd onderbroken. Probeer het opnieuw.');
    expect(lockErrorText(new Error('Boom in the worker'), inDutch, explainInDutch)).toBe(
      'Ontgrendelen mislukt. Er trad een onverwachte fout op. Probeer het opnieuw.',
    );
  });
});
