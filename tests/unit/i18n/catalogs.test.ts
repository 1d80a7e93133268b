// Every message exists in Dutch and English, with the same placeholders, and is used.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appEn } from '../../../src/i18n/messages/app-en';
import { appNl } from '../../../src/i18n/messages/app-nl';

type Module = { en: Record<string, string>; nl: Record<string, string> };

const featureModules = import.meta.glob<Record<string, Module>>(
  [
    '../../../src/features/*/messages.ts',
    '../../../src/features/*/*-messages.ts',
    '../../../src/features/*/*/messages.ts',
    '../../../src/features/*/*/*-messages.ts',
    '../../../src/ui/*-messages.ts',
    '../../../src/i18n/messages/reminder.ts',
  ],
  { eager: true },
);

const modules: [string, Module][] = [
  // The shell's catalog is one file per language (one chunk each), checked as a pair.
  ['src/i18n/messages/app-en.ts + app-nl.ts', { en: appEn, nl: appNl }],
  ...Object.entries(featureModules).flatMap(([path, exports]) =>
    Object.values(exports).map((module): [string, Module] => [path, module]),
  ),
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/messages(\/|\.ts$)/.test(path) ? [path] : [];
  });
}

const source = sourceFiles('src')
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(modules)('messages in %s', (_path, module) => {
  it('has the same keys in Dutch and English', () => {
    expect(Object.keys(module.nl).sort()).toEqual(Object.keys(module.en).sort());
  });

  it('has no empty message and the same placeholders in both languages', () => {
    for (const [key, english] of Object.entries(module.en)) {
      const dutch = module.nl[key] ?? '';
      expect(english.trim(), key).not.toBe('');
      expect(dutch.trim(), key).not.toBe('');
      expect(placeholders(dutch), key).toEqual(placeholders(english));
    }
  });

  it('uses every key somewhere in the source, as a literal', () => {
    const unused = Object.keys(module.en).filter(
      (key) => !source.includes(`'${key}'`) && !source.includes(`"${key}"`),
    );
    expect(unused).toEqual([]);
  });
});
