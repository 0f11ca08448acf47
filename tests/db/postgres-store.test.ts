/** The Store contract on a real PostgreSQL server, plus what only PostgreSQL must do. */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/open-store.js';
import { tempDatabase } from '../support/postgres-db.js';
import { newPerson } from './contract/harness.js';
import { describeStore } from './store-contract.js';

describeStore('PostgreSQL', async (clock) => {
  const db = await tempDatabase();
  const store = await openStore(db.url, { clock });
  const cleanup = async () => {
    await store.close();
    await db.drop();
  };
  return { store, cleanup };
});

describe('PostgreSQL store', () => {
  it('migrates once when several instances open an empty database at the same moment', async () => {
    const db = await tempDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openStore(db.url)));
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const applied = await client.query('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
    await client.end();
    expect(applied.rows[0]).toEqual({ n: expect.any(Number) });
    const journal = (await import('../../migrations/postgres/meta/_journal.json', { with: { type: 'json' } })).default;
    expect((applied.rows[0] as { n: number }).n).toBe(journal.entries.length);
    await Promise.all(stores.map((s) => s.close()));
    await db.drop();
  });

  it('keeps data across close and reopen', async () => {
    const db = await tempDatabase();
    const first = await openStore(db.url);
    const ada = await first.createPerson(newPerson({ displayName: 'Ada' }));
    await first.close();
    const second = await openStore(db.url);
    expect(await second.getPerson(ada.id)).toEqual(ada);
    await second.close();
    await db.drop();
  });
});
