import { describe, expect, it } from 'vitest';
import { emailKey, looksLikeEmail } from '../../../src/core/usage/email.js';
import { emailIndex, resolveIdentity } from '../../../src/core/usage/identity.js';

describe('emailKey', () => {
  it.each([
    ['Ada@Example.COM', 'ada@example.com'],
    ['  ada@example.com ', 'ada@example.com'],
    ['ada+claude@example.com', 'ada@example.com'],
    ['Ada+a+b@Example.com', 'ada@example.com'],
    ['+only@example.com', '+only@example.com'],
    ['octocat', null],
    ['ada@localhost', null],
    ['a b@example.com', null],
    ['', null],
  ])('%j -> %j', (input, key) => {
    expect(emailKey(input)).toBe(key);
    expect(looksLikeEmail(input)).toBe(key !== null);
  });
});

describe('resolveIdentity', () => {
  const people = [
    { id: 1, email: 'ada@example.com' },
    { id: 2, email: 'Bob+work@Example.com' },
    { id: 3, email: null },
    { id: 4, email: 'twin@example.com' },
    { id: 5, email: 'twin+2@example.com' },
  ];
  const dir = { byEmail: emailIndex(people), mappings: new Map([['octocat', 3], ['ada@example.com', 2]]) };

  it.each([
    ['ADA+cursor@example.com', undefined, { personId: 1, via: 'email' }],
    ['bob@example.com', undefined, { personId: 2, via: 'email' }],
    ['user-abc', 'Ada@Example.com', { personId: 1, via: 'alias-email' }],
    ['octocat', 'ada@example.com', { personId: 3, via: 'mapping' }],
    ['ada@example.com', undefined, { personId: 2, via: 'mapping' }],
    ['twin@example.com', undefined, { personId: null, via: 'none' }],
    ['stranger@example.com', undefined, { personId: null, via: 'none' }],
    ['user-xyz', undefined, { personId: null, via: 'none' }],
  ] as const)('%s (source email %s) -> %j', (identity, sourceEmail, expected) => {
    expect(resolveIdentity(identity, sourceEmail, dir)).toEqual(expected);
  });
});
