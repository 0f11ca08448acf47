/** The tiered fake Slack API in its own process: prints `ready <apiUrl> <responseBase>`, answers IPC `counts`. */
import { startTieredSlackApi } from '../../tests/support/tiered-slack-api.js';

const api = await startTieredSlackApi(Number(process.argv[2] ?? 60));
process.on('message', () => {
  process.send?.({ accepted: Object.fromEntries(api.accepted), refused: Object.fromEntries(api.refused), channels: api.posted.size, posts: [...api.posted.values()].reduce((a, b) => a + b, 0) });
});
process.on('disconnect', () => void api.close().then(() => process.exit(0)));
console.log(`ready ${api.apiUrl} ${api.responseBase}`);
