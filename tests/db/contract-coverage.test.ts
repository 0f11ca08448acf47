/**
 * Every method of every store port is exercised by the shared contract suite, so a method
 * cannot be added to one dialect's store without a case that runs on SQLite and PostgreSQL.
 * The methods are read from the `StorePorts` type itself with the TypeScript compiler.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const contractDir = join(import.meta.dirname, 'contract');

/** The member names of `StorePorts` (and so of every role port it extends), plus `transaction`. */
function storeMethods(): string[] {
  const file = join(root, 'src', 'app', 'ports', 'store.port.ts');
  const program = ts.createProgram([file], { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const names: string[] = [];
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && (node.name.text === 'StorePorts' || node.name.text === 'Store')) {
      for (const p of checker.getTypeAtLocation(node).getProperties()) names.push(p.name);
    }
  });
  return [...new Set(names)].filter((n) => n !== 'close').sort();
}

const contractText = readdirSync(contractDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(contractDir, f), 'utf8'))
  .join('\n');

describe('the store contract suite', () => {
  const methods = storeMethods();

  it('finds the store ports', () => {
    expect(methods).toEqual(expect.arrayContaining(['createPerson', 'transaction', 'upsertUsage', 'personalRows']));
  });

  it.each(methods)('calls %s', (method) => {
    const called = new RegExp(`\\.${method}\\(`).test(contractText);
    expect(called, `No case in tests/db/contract/ calls ${method}: add one, so it runs on SQLite and PostgreSQL alike.`).toBe(true);
  });
});
