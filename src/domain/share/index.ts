// Pure rules of sharing: scope, file names, the backup reminder, passphrases, scrypt cost.
export * from './calibration';
export * from './file-name';
export * from './passphrase';
export * from './reminder';
export * from './scope';
