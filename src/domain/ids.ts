// Record ids are made on the device.

/** A new random record id (UUID v4 from the platform's CSPRNG). */
export function newId(): string {
  return crypto.randomUUID();
}
