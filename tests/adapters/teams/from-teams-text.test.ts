import { describe, expect, it } from 'vitest';
import { fromTeamsText, htmlToText } from '../../../adapters/teams/from-teams-text.js';

const BOT = '28:bot-app-id';
const mention = (id: string, name: string, type?: string) => ({ type: 'mention', text: `<at>${name}</at>`, mentioned: { id, name, ...(type && { type }) } });

describe('fromTeamsText: Teams mentions become neutral tokens', () => {
  it.each([
    ['the bot mention is dropped, the command is what follows it', '<at>shiplog</at> digest preview', [mention(BOT, 'shiplog')], 'digest preview'],
    ['people become <@id|name>', '<at>shiplog</at> team add core <at>Tom Baker</at> <at>Ada</at>', [mention(BOT, 'shiplog'), mention('29:tom', 'Tom Baker'), mention('29:ada', 'Ada')], 'team add core <@29:tom|Tom Baker> <@29:ada|Ada>'],
    ['a channel becomes <#id|name>', 'team channel core <at>General</at>', [mention('19:gen@thread.tacv2', 'General', 'channel')], 'team channel core <#19:gen@thread.tacv2|General>'],
    ['the same name twice takes the entities in order', '<at>Sam</at> and <at>Sam</at>', [mention('29:a', 'Sam'), mention('29:b', 'Sam')], '<@29:a|Sam> and <@29:b|Sam>'],
    ['a mention without an entity stays its name', 'ask <at>Nobody</at>', [], 'ask Nobody'],
    ['HTML is text, entities decoded, breaks kept', '<p>fixed A &amp; B &lt;fast&gt;</p><p>with Claude</p>', [], 'fixed A & B <fast>\nwith Claude'],
    ['a name with | or < cannot break the token', '<at>A|B &lt;x&gt;</at>', [mention('29:x', 'A|B <x>')], '<@29:x|A B x>'],
  ])('%s', (_why, text, entities, expected) => {
    expect(fromTeamsText(text, entities, BOT)).toBe(expected);
  });

  it('strips tags but keeps plain text with angle brackets escaped by Teams', () => {
    expect(htmlToText('a<br>b<div>c</div>')).toBe('a\nb\nc');
  });
});
