import { describe, expect, it } from 'vitest';
import { fromSlackText } from '../../../adapters/slack/from-slack-text.js';

describe('fromSlackText', () => {
  it.each([
    ['log fixed it <https://github.com/acme/shop/pull/42>', 'log fixed it https://github.com/acme/shop/pull/42'],
    ['see <https://github.com/acme/shop/pull/43|PR 43>', 'see PR 43 https://github.com/acme/shop/pull/43'],
    ['<http://example.com|example.com>', 'http://example.com'],
    ['mail <mailto:ada@acme.test|ada@acme.test>', 'mail ada@acme.test'],
    ['fixed &lt;Foo&gt; &amp; bar', 'fixed <Foo> & bar'],
    ['team add core <@U0ADA|ada> <#C0CORE|core>', 'team add core <@U0ADA|ada> <#C0CORE|core>'],
    ['&amp;lt; stays literal', '&lt; stays literal'],
  ])('%s', (slack, plain) => {
    expect(fromSlackText(slack)).toBe(plain);
  });
});
