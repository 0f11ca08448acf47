/**
 * Builds the Teams app package: `manifest.json` with the app's ids filled in, and the two
 * icons, zipped flat as Teams wants them. `npm run teams:package` runs it.
 */
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';

const HERE = import.meta.dirname;
const PLACEHOLDER = '00000000-0000-0000-0000-000000000000';
const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

/** What the package needs to know; both ids are GUIDs. */
export interface PackageOptions {
  /** The Azure Bot's Microsoft App Id (`MicrosoftAppId`). */
  botId: string;
  /** The Teams app's own id; the bot id when not given (one id per app is common). */
  appId?: string;
  /** Where the zip goes. */
  outFile: string;
}

/** The manifest with ids filled in. Throws when an id is not a GUID. */
export function manifestFor(options: Pick<PackageOptions, 'botId' | 'appId'>): Record<string, unknown> {
  const appId = options.appId ?? options.botId;
  for (const [name, value] of [['bot id', options.botId], ['app id', appId]] as const) {
    if (!GUID.test(value)) throw new Error(`the ${name} must be a GUID (got "${value}")`);
  }
  const text = fs.readFileSync(path.join(HERE, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(text) as { id: string; bots: { botId: string }[] };
  manifest.id = appId;
  for (const bot of manifest.bots) bot.botId = options.botId;
  return { ...manifest };
}

/** Writes the zip and resolves with its path. */
export function buildPackage(options: PackageOptions): Promise<string> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifestFor(options), null, 2)}\n`), 'manifest.json');
  for (const icon of ['color.png', 'outline.png']) zip.addFile(path.join(HERE, icon), icon);
  fs.mkdirSync(path.dirname(options.outFile), { recursive: true });
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(options.outFile);
    zip.outputStream.pipe(out).on('close', () => resolve(options.outFile)).on('error', reject);
    zip.end();
  });
}

/** `npm run teams:package [-- <out.zip>]`: ids from `MicrosoftAppId` / `TEAMS_APP_ID`, zeros for local testing. */
async function cli(): Promise<void> {
  // eslint-disable-next-line no-restricted-properties -- a build script beside the app, configured by the shell like npm scripts are
  const env = process.env;
  const botId = env.MicrosoftAppId?.trim() || PLACEHOLDER;
  if (botId === PLACEHOLDER) process.stderr.write('teams:package: MicrosoftAppId is not set; using a zero id (fine for the Agents Playground, not for Teams).\n');
  const outFile = path.resolve(process.argv[2] ?? 'dist/shiplog-teams.zip');
  const appId = env.TEAMS_APP_ID?.trim();
  await buildPackage({ botId, ...(appId && { appId }), outFile });
  process.stdout.write(`${outFile}\n`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.join(HERE, 'build-package.ts')) {
  cli().catch((error: unknown) => {
    process.stderr.write(`teams:package: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
