// The one crypto worker of the coach screens, started on first use (scrypt and age run there,
// never on the page's thread).
import { CryptoClient, startCryptoWorker } from '../../bundle/crypto-client';

let client: CryptoClient | undefined;

/** The shared crypto worker client. */
export function cryptoClient(): CryptoClient {
  client ??= new CryptoClient(startCryptoWorker());
  return client;
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random passphrase of 5 groups of 5 characters (about 123 bits), easy to read aloud. */
export function suggestPassphrase(): string {
  const groups: string[] = [];
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % ALPHABET.length);
  let group = '';
  while (groups.length < 5) {
    for (const byte of crypto.getRandomValues(new Uint8Array(32))) {
      if (byte >= limit) continue;
      group += ALPHABET[byte % ALPHABET.length];
      if (group.length === 5) {
        groups.push(group);
        group = '';
        if (groups.length === 5) break;
      }
    }
  }
  return groups.join('-');
}
