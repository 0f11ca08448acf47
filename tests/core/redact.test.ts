import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecrets } from '../../src/core/redact.js';

describe('redactSecrets', () => {
  it.each([
    ['Incorrect API key provided: sk-admin-abcdEFGH1234567890xyz.', 'Incorrect API key provided: [redacted].'],
    ['token ghp_0123456789abcdefABCDEF0123 expired', `token ${REDACTED} expired`],
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc.def', `Authorization: ${REDACTED} ${REDACTED}`],
    ['key=supersecretvalue&x=1', `key=${REDACTED}&x=1`],
    ['{"api_key": "abcdef123456"}', `{"api_key": "${REDACTED}"}`],
    ['slack said xoxb-1234-5678-abcdefgh', `slack said ${REDACTED}`],
    ['quota exceeded for org-123 on 2026-11-25', 'quota exceeded for org-123 on 2026-11-25'],
  ])('%s', (input, output) => {
    expect(redactSecrets(input)).toBe(output);
  });

  it('takes out every configured secret, whatever its shape', () => {
    expect(redactSecrets('the secret is hunter2hunter2!', ['hunter2hunter2'])).toBe(`the secret is ${REDACTED}!`);
  });
});
