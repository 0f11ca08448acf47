/** Hostile files end in a clear report (a rejection with its line, or one sentence), never a crash. */
import { describe, expect, it } from 'vitest';
import { MAX_ROW_BYTES } from '../../src/ingest/csv-source.js';
import { HEADER, readCsvText } from './csv-helpers.js';

describe('hostile usage CSVs', () => {
  it('says a semicolon- or tab-separated file uses the wrong delimiter', async () => {
    for (const [file, shownAs] of [['date;email;tool;input_tokens;output_tokens\n2026-11-01;a@x.org;T;1;1\n', '";"'], ['date\temail\ttool\tinput_tokens\toutput_tokens\n', 'tabs']] as const) {
      const { error, records } = await readCsvText(file);
      expect(records).toEqual([]);
      expect(error?.code).toBe('SOURCE.BAD_INPUT');
      expect(error?.message).toBe(`usage.csv is not a usage CSV shiplog can read: its columns are separated by ${shownAs}; shiplog reads comma-separated files (save it as CSV with commas).`);
    }
  });

  it('reads a file that starts with a byte-order mark', async () => {
    const { records, error } = await readCsvText(`\uFEFF${HEADER}\n2026-11-01,a@x.org,T,1,1\n`);
    expect(error).toBeNull();
    expect(records).toHaveLength(1);
  });

  it('keeps quoted newlines inside a field and reports later lines correctly', async () => {
    const csv = `${HEADER},model\n2026-11-01,a@x.org,"Claude\nCode",1,1,m\n2026-11-01,a@x.org,T,-1,1,"multi\nline\nmodel"\n2026-11-01,a@x.org,T,x,1,m\n`;
    const { records, rejected } = await readCsvText(csv);
    expect(records.map((r) => r.tool)).toEqual(['Claude\nCode']);
    expect(rejected.map((r) => `${r.location}: ${r.reason}`)).toEqual([
      'lines 4-6: input_tokens "-1" is negative',
      'line 7: input_tokens "x" is not a whole number',
    ]);
  });

  it('rejects an over-long field with its line and goes on', async () => {
    const csv = `${HEADER}\n2026-11-01,a@x.org,${'T'.repeat(50_000)},1,1\n2026-11-02,a@x.org,T,1,1\n`;
    const { records, rejected } = await readCsvText(csv);
    expect(records.map((r) => r.day)).toEqual(['2026-11-02']);
    expect(rejected[0]).toMatchObject({ location: 'line 2', reason: 'tool is longer than 200 characters' });
    expect(rejected[0]!.raw.length).toBeLessThanOrEqual(1000);
  });

  it('stops on a row longer than the limit, reading nothing after it, and says where', async () => {
    const csv = `${HEADER}\n2026-11-01,a@x.org,T,1,1\n2026-11-02,a@x.org,"${'x'.repeat(MAX_ROW_BYTES + 10)}",1,1\n2026-11-03,a@x.org,T,1,1\n`;
    const { records, error } = await readCsvText(csv, 1);
    expect(records.map((r) => r.day)).not.toContain('2026-11-03');
    expect(error?.message).toBe('usage.csv has a row longer than 1 MB at line 3, which no usage row needs (an unclosed quote or a damaged file); nothing after it was read.');
  });

  it('reports bad quoting as a rejected row with its line and reads on', async () => {
    const csv = `${HEADER}\n2026-11-01,a@x.org,T,1,1\n2026-11-02,a@x.org,Cl"aude,1,1\n2026-11-03,a@x.org,T,1,1\n`;
    const { records, rejected } = await readCsvText(csv);
    expect(records.map((r) => r.day)).toEqual(['2026-11-01', '2026-11-03']);
    expect(rejected).toEqual([{ location: 'line 3', reason: 'a quote appears inside an unquoted field (quote the whole field and double inner quotes)', raw: '2026-11-02,a@x.org,Cl"aude,1,1' }]);
  });

  it('rejects only the line of a quote that is never closed and reads the lines after it', async () => {
    const { records, rejected } = await readCsvText(`${HEADER}\n2026-11-01,a@x.org,T,1,1\n"2026-11-02,a@x.org,T,1,1\n2026-11-03,a@x.org,T,1,1\n`);
    expect(records.map((r) => r.day)).toEqual(['2026-11-01', '2026-11-03']);
    expect(rejected.map((r) => `${r.location}: ${r.reason}`)).toEqual(['line 3: a quote opened in this row is never closed on it (quote the whole field and double inner quotes)']);
  });

  it('blames the line whose stray quote opened a field, not the line where a later quote closed it, and loses nothing between', async () => {
    const rows = Array.from({ length: 9 }, (_, i) => `2026-11-${String(i + 2).padStart(2, '0')},a@x.org,T,1,1`);
    rows[1] = '2026-11-03,a@x.org,"Claude Code,1,1'; // line 3
    rows[7] = '2026-11-09,a@x.org,T,1,"1"'; // line 9: quoted, fine on its own
    const { records, rejected } = await readCsvText(`${HEADER}\n${rows.join('\n')}\n`);
    expect(records.map((r) => r.day)).toEqual(['2026-11-02', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08', '2026-11-09', '2026-11-10']);
    expect(rejected).toEqual([{ location: 'line 3', reason: 'a quote opened in this row is never closed on it (quote the whole field and double inner quotes)', raw: rows[1] }]);
  });

  it('rejects a stray opening quote that a later line closes into a row of the wrong width', async () => {
    const csv = `${HEADER}\n2026-11-01,a@x.org,"T,1,1\n2026-11-02,a@x.org,T,1,1\n2026-11-03,a@x.org,T",1,1\n2026-11-04,a@x.org,T,1,1\r\n`;
    const { records, rejected } = await readCsvText(csv);
    expect(records.map((r) => r.day)).toEqual(['2026-11-02', '2026-11-04']);
    expect(rejected.map((r) => r.location)).toEqual(['line 2', 'line 4']);
  });

  it('says an empty file is empty', async () => {
    for (const empty of ['', '\n\n', '\uFEFF']) {
      const { error } = await readCsvText(empty);
      expect(error?.message).toBe('usage.csv is empty: a usage CSV starts with a header row naming its columns (date, email, tool, input_tokens, output_tokens).');
    }
  });

  it('reads a header-only file as complete with nothing in it', async () => {
    const { records, rejected, error, pages } = await readCsvText(`${HEADER}\n`);
    expect({ records, rejected, error, pages }).toEqual({ records: [], rejected: [], error: null, pages: 0 });
  });

  it('names the missing columns of a header it cannot use', async () => {
    const { error } = await readCsvText('date,user,tool,tokens\n2026-11-01,a,b,1\n');
    expect(error?.message).toBe('usage.csv is not a usage CSV shiplog can read: the header row lacks email, input_tokens, output_tokens (it needs date, email, tool, input_tokens, output_tokens; found "date,user,tool,tokens").');
  });

  it('says binary garbage is not a text CSV', async () => {
    const bytes = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    const { error, records } = await readCsvText(bytes);
    expect(records).toEqual([]);
    expect(error?.code).toBe('SOURCE.BAD_INPUT');
    expect(error?.message).toMatch(/^usage\.csv (is not a usage CSV shiplog can read: it holds binary data|has a row longer)/);
  });

  it('says a zip (an .xlsx) is binary', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.from('[Content_Types].xml')]);
    const { error } = await readCsvText(zip);
    expect(error?.message).toBe('usage.csv is not a usage CSV shiplog can read: it holds binary data, not text (a spreadsheet such as .xlsx, or a compressed file?); export it as CSV.');
  });
});
