/** What the demo team writes: wins and setbacks as people would type them. */

/** Win texts; `{n}` becomes a pull request or ticket number. */
export const DEMO_WINS: readonly string[] = [
  'Fixed the flaky checkout test with Copilot, saved 2h https://github.com/acme/payments/pull/{n}',
  'Shipped the refund retry queue; Claude wrote the first draft of the worker, saved half a day https://github.com/acme/payments/pull/{n}',
  'Automated the weekly chargeback report with ChatGPT, saved 3h',
  'Cursor helped me migrate the card vault client to the v2 SDK, saved 4h https://github.com/acme/payments/pull/{n}',
  'Wrote the runbook for webhook replays with Claude, saved 1h',
  'Analysed why 3DS failures spiked on Android with ChatGPT, saved 2h PAY-{n}',
  'Reviewed the ledger reconciliation PR twice as fast with Copilot, saved 45 min https://github.com/acme/payments/pull/{n}',
  'Learned the new fraud rules engine with Claude explaining the codebase, saved 2h',
  'Fixed the currency rounding bug in invoices with Cursor, saved 90 min PAY-{n}',
  'Generated test fixtures for the payouts API with Copilot, saved 1h https://github.com/acme/payments/pull/{n}',
  'Drafted the PCI evidence docs with ChatGPT, saved 3h',
  'Built a script that dedupes failed webhook events, Claude wrote most of it, saved 2h',
  'Shipped the merchant statement export; Cursor scaffolded the CSV writer, saved 3h https://github.com/acme/payments/pull/{n}',
  'Summarised 40 support tickets about declined cards with Claude, saved 2h',
  'Fixed a race in the idempotency key store with Copilot, saved 1h PAY-{n}',
  'Wrote the SQL for the authorisation-rate dashboard with ChatGPT, saved 90 min',
];

/** Setback texts: where AI cost time. */
export const DEMO_SETBACKS: readonly string[] = [
  'Copilot suggested a deprecated charge API, lost 2h',
  'ChatGPT invented a config flag for the payment gateway, lost 1h',
  'Cursor refactor broke the retry backoff, lost 3h',
  'Claude misread the settlement file format, lost 90 min',
];
