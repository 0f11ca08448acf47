/**
 * The baseline: a bare Bolt app (HTTPReceiver, the same Bolt as shiplog) that answers
 * `/shiplog` with ack + respond and nothing else. Port and fake API from the environment.
 */
import bolt from '@slack/bolt';

const app = new bolt.App({
  token: 'xoxb-bench',
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? '' },
  logLevel: bolt.LogLevel.ERROR,
});
app.command('/shiplog', async ({ ack, command, respond }) => {
  await ack();
  await respond({ response_type: 'ephemeral', text: `Logged: ${command.text}` });
});
await app.start(Number(process.env.PORT));
// An orderly exit on SIGTERM, so --cpu-prof (BENCH_CPU_PROF) gets to write its profile.
process.once('SIGTERM', () => process.exit(0));
console.log('ready');
