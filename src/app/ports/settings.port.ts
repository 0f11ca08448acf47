/** Settings live in scopes: `workspace`, or `team:<id>` for a team's overrides. */
export interface SettingsStore {
  getSettings(scope: string): Promise<Record<string, string>>;
  setSetting(scope: string, key: string, value: string): Promise<void>;
}
