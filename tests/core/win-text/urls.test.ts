import { describe, expect, it } from 'vitest';
import { extractUrls } from '../../../src/core/win-text/urls.js';

describe('extractUrls', () => {
  it.each([
    ['no links here', []],
    ['see https://example.com', ['https://example.com']],
    ['see http://example.com/a?b=1#c', ['http://example.com/a?b=1#c']],
    ['HTTPS://EXAMPLE.COM/X', ['HTTPS://EXAMPLE.COM/X']],
    ['done: https://x.io/a.', ['https://x.io/a']],
    ['https://x.io/a, https://x.io/b; https://x.io/c: https://x.io/d! https://x.io/e?', [
      'https://x.io/a', 'https://x.io/b', 'https://x.io/c', 'https://x.io/d', 'https://x.io/e',
    ]],
    ['(see https://x.io/a)', ['https://x.io/a']],
    ['(see https://x.io/a).', ['https://x.io/a']],
    ['[link](https://x.io/docs)', ['https://x.io/docs']],
    ['https://en.wikipedia.org/wiki/Foo_(bar)', ['https://en.wikipedia.org/wiki/Foo_(bar)']],
    ['(https://en.wikipedia.org/wiki/Foo_(bar))', ['https://en.wikipedia.org/wiki/Foo_(bar)']],
    ['https://x.io/a]]', ['https://x.io/a']],
    ['"https://x.io/quoted"', ['https://x.io/quoted']],
    ['<https://github.com/o/r/pull/1|PR 1>', ['https://github.com/o/r/pull/1']],
    ['<https://x.io/plain>', ['https://x.io/plain']],
    ['<https://x.io/a?b=1&amp;c=2|q>', ['https://x.io/a?b=1&c=2']],
    ['https://x.io/a https://x.io/b https://x.io/a', ['https://x.io/a', 'https://x.io/b']],
    ['https://x.io/a\nhttps://x.io/b', ['https://x.io/a', 'https://x.io/b']],
    ['https://x.io/café 🎉', ['https://x.io/café']],
    ['ftp://x.io/a mailto:a@b.c www.x.io', []],
    ['http:// nothing https://', []],
    ['https://-', []],
  ])('%j → %j', (text, urls) => {
    expect(extractUrls(text)).toEqual(urls);
  });

  it('keeps at most 20 distinct links, the first ones', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `https://x.io/${i}`).join(' ');
    expect(extractUrls(text)).toEqual(Array.from({ length: 20 }, (_, i) => `https://x.io/${i}`));
  });
});
