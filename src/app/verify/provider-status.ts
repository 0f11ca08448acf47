/** Each provider's last check and last error, for `verify status`. Names nobody. */
import type { ArtifactProvider } from '../../core/types.js';
import type { SettingsStore } from '../ports/index.js';

/** Settings scope holding one JSON entry per provider. */
const SCOPE = 'verify-status';

/** What admins see about one provider. */
export interface ProviderStatus {
  lastCheckAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
}

const EMPTY: ProviderStatus = { lastCheckAt: null, lastError: null, lastErrorAt: null };

/** Records a check's outcome: `error` null for an answer, else the admin sentence. */
export async function recordProviderResult(store: SettingsStore, provider: ArtifactProvider, at: Date, error: string | null): Promise<void> {
  const before = (await readProviderStatus(store)).get(provider) ?? EMPTY;
  const next: ProviderStatus = error === null
    ? { ...before, lastCheckAt: at.toISOString() }
    : { lastCheckAt: at.toISOString(), lastError: error, lastErrorAt: at.toISOString() };
  await store.setSetting(SCOPE, provider, JSON.stringify(next));
}

export async function readProviderStatus(store: SettingsStore): Promise<Map<ArtifactProvider, ProviderStatus>> {
  const stored = await store.getSettings(SCOPE);
  const out = new Map<ArtifactProvider, ProviderStatus>();
  for (const [provider, json] of Object.entries(stored)) {
    try {
      out.set(provider as ArtifactProvider, { ...EMPTY, ...(JSON.parse(json) as Partial<ProviderStatus>) });
    } catch {
      // A damaged entry reads as no history; the next check rewrites it.
    }
  }
  return out;
}
