/**
 * The local fake Slack Web API as its own process, so its work is not counted against either
 * server under test. Prints `ready <apiUrl> <responseBase>` and answers IPC `count` messages
 * with how many posts each response_url prefix received.
 */
import { startFakeSlackApi } from '../../tests/support/fake-slack-api.js';

const USERS = Number(process.argv[2] ?? 500);
const api = await startFakeSlackApi();
for (let i = 0; i < USERS; i++) api.addUser({ id: `U${String(i).padStart(5, '0')}`, name: `Person ${i}`, email: `p${i}@acme.test`, tz: 'Europe/Berlin' });
const base = api.responseUrl().replace(/\/response\/\d+$/, '/response');
process.on('message', (message: { prefix: string }) => {
  const counts = api.calls.filter((c) => c.method === 'response_url' && String(c.params.url).startsWith(`/response/${message.prefix}`)).length;
  process.send?.({ prefix: message.prefix, counts });
});
process.on('disconnect', () => void api.close().then(() => process.exit(0)));
console.log(`ready ${api.apiUrl} ${base}`);
