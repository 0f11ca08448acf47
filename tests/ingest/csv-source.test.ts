import { describe, expect, it } from 'vitest';
import { HEADER, readCsvText } from './csv-helpers.js';

describe('generic usage CSV', () => {
  it('reads columns in any order, ignores unknown ones and fills optional ones', async () => {
    const csv = 'team,cost_usd,Output_Tokens,model,email,date,tool,input tokens,requests\n' +
      'x,1.25,20,claude-sonnet-4,Ada+ai@Example.com,2026-11-23,Claude,100,3\n' +
      'y,,0,,bob@example.com,2026-11-24,Cursor,5,\n';
    const { records, rejected, error } = await readCsvText(csv);
    expect(error).toBeNull();
    expect(rejected).toEqual([]);
    expect(records).toEqual([
      { source: 'csv', identity: 'ada+ai@example.com', personId: null, day: '2026-11-23', tool: 'Claude', model: 'claude-sonnet-4', inputTokens: 100, outputTokens: 20, cachedTokens: 0, requests: 3, costMicros: 1_250_000, activity: {} },
      { source: 'csv', identity: 'bob@example.com', personId: null, day: '2026-11-24', tool: 'Cursor', model: '', inputTokens: 5, outputTokens: 0, cachedTokens: 0, requests: 0, costMicros: 0, activity: {} },
    ]);
  });

  it.each([
    ['2026-11-23,a@x.org,Claude,-5,1', 'input_tokens "-5" is negative'],
    ['2026-11-23,a@x.org,Claude,5,lots', 'output_tokens "lots" is not a whole number'],
    ['2026-11-23,a@x.org,Claude,1.5,1', 'input_tokens "1.5" is not a whole number'],
    ['2026-02-30,a@x.org,Claude,1,1', 'date "2026-02-30" is not a valid date (expected YYYY-MM-DD)'],
    ['23/11/2026,a@x.org,Claude,1,1', 'date "23/11/2026" is not a valid date (expected YYYY-MM-DD)'],
    ['2026-11-27,a@x.org,Claude,1,1', 'date 2026-11-27 is in the future'],
    [',a@x.org,Claude,1,1', 'date is empty'],
    ['2026-11-23,,Claude,1,1', 'email is empty'],
    ['2026-11-23,not-an-email,Claude,1,1', 'email "not-an-email" is not an email address'],
    ['2026-11-23,a@x.org,,1,1', 'tool is empty'],
    ['2026-11-23,a@x.org,Claude,1', 'the row has 4 fields but the header has 5'],
    ['2026-11-23,a@x.org,Claude,1,1,extra', 'the row has 6 fields but the header has 5'],
  ])('rejects %s: %s', async (row, reason) => {
    const { records, rejected } = await readCsvText(`${HEADER}\n2026-11-23,ok@x.org,Claude,1,1\n${row}\n2026-11-24,ok@x.org,Claude,2,2\n`);
    expect(records.map((r) => r.inputTokens)).toEqual([1, 2]);
    expect(rejected).toEqual([{ location: 'line 3', reason, raw: row }]);
  });

  it('accepts tomorrow (a time zone ahead of UTC) but not the day after', async () => {
    const { records, rejected } = await readCsvText(`${HEADER}\n2026-11-26,a@x.org,Claude,1,1\n2026-11-27,a@x.org,Claude,1,1\n`);
    expect(records.map((r) => r.day)).toEqual(['2026-11-26']);
    expect(rejected.map((r) => r.location)).toEqual(['line 3']);
  });

  it('hands rows on in pages of the given size', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `2026-11-01,p${i}@x.org,Claude,${i},1`);
    const { records, pages } = await readCsvText(`${HEADER}\n${rows.join('\n')}\n`, 10);
    expect(records).toHaveLength(25);
    expect(pages).toBe(3);
  });

  it('converts dollars to exact micro-dollars', async () => {
    const csv = `${HEADER},cost_usd\n2026-11-01,a@x.org,T,1,1,0.1\n2026-11-02,a@x.org,T,1,1,12.3456789\n2026-11-03,a@x.org,T,1,1,-1\n`;
    const { records, rejected } = await readCsvText(csv);
    expect(records.map((r) => r.costMicros)).toEqual([100_000, 12_345_679]);
    expect(rejected[0]?.reason).toBe('cost_usd "-1" is negative');
  });
});

describe('ChatGPT Enterprise user-engagement export', () => {
  const header = 'cadence,period_start,period_end,account_id,public_id,name,email,user_role,role,department,user_status,created_or_invited_date,is_active,first_day_active_in_period,last_day_active_in_period,messages,messages_rank,gpt_messages,gpts_messaged,tool_messages,tools_messaged,last_day_active';

  it('is recognised by its header and read as ChatGPT messages on the period end', async () => {
    const csv = `${header}\nweekly,2026-11-15,2026-11-21,acc,pub-1,Ada,Ada@Example.com,standard-user,,"[""Eng""]",enabled,2025-01-01,1,2026-11-16,2026-11-20,42,3,5,1,2,1,2026-11-20\n` +
      `weekly,2026-11-15,2026-11-21,acc,pub-2,Pending,,standard-user,,[],pending,2026-11-10,0,,,,,,,,,\n`;
    const { records, rejected, error } = await readCsvText(csv);
    expect(error).toBeNull();
    expect(rejected).toEqual([]);
    expect(records).toEqual([
      expect.objectContaining({ source: 'chatgpt', identity: 'ada@example.com', day: '2026-11-21', tool: 'ChatGPT', requests: 42, activity: { messages: 42, gptMessages: 5, toolMessages: 2 } }),
      expect.objectContaining({ source: 'chatgpt', identity: 'pub-2', day: '2026-11-21', requests: 0, activity: { messages: 0, gptMessages: 0, toolMessages: 0 } }),
    ]);
  });

  it('keeps the week in progress on its period end, and rejects bad periods with their line', async () => {
    const csv = 'period_start,period_end,email,messages\n2026-11-22,2026-11-28,a@x.org,3\n2026-11-29,2026-12-05,a@x.org,3\n2026-11-22,2026-11-20,a@x.org,3\n2026-11-22,2026-11-28,a@x.org,-3\n';
    const { records, rejected } = await readCsvText(csv);
    expect(records.map((r) => r.day)).toEqual(['2026-11-28']);
    expect(rejected.map((r) => `${r.location}: ${r.reason}`)).toEqual([
      'line 3: period_start 2026-11-29 is in the future',
      'line 4: period_end 2026-11-20 is before period_start 2026-11-22',
      'line 5: messages "-3" is negative',
    ]);
  });
});
