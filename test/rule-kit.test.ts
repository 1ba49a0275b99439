/**
 * Rules reach the rest of the tool through src/rule-kit.ts only; helpers that
 * serve one rule live beside it, in rules/<id>/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RULES = join(import.meta.dirname, '..', 'rules');

function importsOf(path: string): string[] {
  return [...readFileSync(path, 'utf8').matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gm)].map((m) => m[1]!);
}

describe('what rules import', () => {
  for (const name of readdirSync(RULES).sort()) {
    const path = join(RULES, name);
    if (statSync(path).isDirectory()) {
      it(`rules/${name}/ imports the kit and its own files only`, () => {
        expect(statSync(join(RULES, `${name}.ts`)).isFile()).toBe(true);
        for (const file of readdirSync(path)) {
          for (const from of importsOf(join(path, file))) expect(from, `${name}/${file}`).toMatch(/^(?:\.\.\/\.\.\/src\/rule-kit\.js|\.\/[\w-]+\.js)$/);
        }
      });
    } else if (name !== 'index.ts') {
      it(`rules/${name} imports the kit and its own folder only`, () => {
        const id = name.replace(/\.ts$/, '');
        for (const from of importsOf(path)) expect(from, name).toMatch(new RegExp(`^(?:\\.\\./src/rule-kit\\.js|\\./${id}/[\\w-]+\\.js)$`));
      });
    }
  }
});

describe('how rules read tables', () => {
  const files = readdirSync(RULES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  it('by name through the model, never by position, and with no number helper of their own', () => {
    for (const file of files) {
      const text = readFileSync(join(RULES, file), 'utf8');
      expect(text, file).not.toMatch(/\.cells\s*\[|\.cells\.slice|\.groups\s*\[|\bconst num\s*=\s*\(ref/);
    }
  });
});
