/**
 * `npm run teams:package` builds a zip whose manifest validates against the JSON schema it
 * declares. The schema (v1.29) is vendored in tests/fixtures/teams from Microsoft's
 * microsoft-teams-app-schema repository, since tests never download anything.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { readZip } from '../../support/read-zip.js';
import { runEntry } from '../../support/run-shiplog.js';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../fixtures/teams/MicrosoftTeams.schema.v1.29.json');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiplog-teams-package-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** PNG width and height from its IHDR chunk. */
const pngSize = (png: Buffer): [number, number] => {
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};

let compiled: ((value: unknown) => string[]) | undefined;

function validator(): (value: unknown) => string[] {
  if (compiled) return compiled;
  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  // NOTE: the schema says draft-04, which Ajv 8 does not ship; it uses no keyword whose meaning
  // differs between draft-04 and Ajv's default draft (no boolean exclusiveMinimum/Maximum, no `id` keyword).
  expect(JSON.stringify(schema)).not.toMatch(/"exclusiveM(in|ax)imum":\s*(true|false)/);
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  compiled = (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
  return compiled;
}

describe('npm run teams:package', () => {
  it('zips manifest.json and both icons; the manifest validates against the schema it declares', async () => {
    const out = path.join(dir, 'shiplog.zip');
    const run = await runEntry('adapters/teams/appPackage/build-package.ts', { env: { MicrosoftAppId: '11111111-2222-3333-4444-555555555555' }, args: [out] });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const entries = readZip(out);
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.schema.json');
    expect(validator()(manifest)).toEqual([]);
    expect(manifest.bots[0].botId).toBe('11111111-2222-3333-4444-555555555555');
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    for (const list of manifest.bots[0].commandLists) expect(list.commands.length).toBeLessThanOrEqual(10);
    expect(pngSize(entries.get('color.png')!)).toEqual([192, 192]);
    expect(pngSize(entries.get('outline.png')!)).toEqual([32, 32]);
  });

  it('the validator catches a broken manifest (so the check above can fail)', () => {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../adapters/teams/appPackage/manifest.json'), 'utf8'));
    expect(validator()(manifest)).toEqual([]);
    expect(validator()({ ...manifest, accentColor: undefined, bots: [{ ...manifest.bots[0], scopes: ['everywhere'] }] })).not.toEqual([]);
  });

  it('refuses a bot id that is not a GUID', async () => {
    const run = await runEntry('adapters/teams/appPackage/build-package.ts', { env: { MicrosoftAppId: 'not-a-guid' }, args: [path.join(dir, 'bad.zip')] });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bot id must be a GUID/);
  });
});
