/** `help` and `help <command>`: what this person may run, with examples. Pure. */
import type { CommandSpec } from '../command-catalog.js';
import type { Role } from '../commands.js';
import type { Block, Message } from '../message.js';
import { text } from '../message.js';
import { SETTING_KEYS, SETTINGS } from '../settings.js';

const SECTION: Record<Role, string> = {
  everyone: 'Everyone',
  lead: 'Team leads',
  admin: 'Admins',
};

/** The overview: one line per command, grouped by who may run it. */
export function helpOverview(specs: readonly CommandSpec[]): Message {
  const blocks: Block[] = [
    { type: 'header', text: 'shiplog: log what AI helped you ship' },
    { type: 'text', spans: [text('shiplog counts outcomes, not tokens. It never ranks people.')] },
  ];
  for (const role of ['everyone', 'lead', 'admin'] as const) {
    const group = specs.filter((s) => s.role === role);
    if (group.length === 0) continue;
    blocks.push(
      { type: 'text', spans: [text(SECTION[role], 'bold')] },
      { type: 'list', items: group.map((s) => [text(s.usage, 'code'), text(`  ${s.summary}`)]) },
    );
  }
  blocks.push({ type: 'small', spans: [text('Type help <command> for examples (help log), or help <family> for related ones (help checkin, help team).')] });
  return { summary: 'What you can run in shiplog.', blocks, private: true };
}

/** One command in detail. */
export function helpTopic(spec: CommandSpec): Message {
  const blocks: Block[] = [
    { type: 'header', text: spec.usage },
    { type: 'text', spans: [text(spec.summary)] },
  ];
  if (spec.aliases.length > 0) blocks.push({ type: 'small', spans: [text(`Also: ${spec.aliases.join(', ')}`)] });
  blocks.push({ type: 'text', spans: [text('Examples', 'bold')] }, { type: 'list', items: spec.examples.map((e) => [text(e, 'code')]) });
  if (spec.name === 'set') blocks.push({ type: 'text', spans: [text('Settings', 'bold')] }, { type: 'list', items: settingLines() });
  return { summary: `${spec.usage}: ${spec.summary}`, blocks, private: true };
}

/** Each workspace setting `set` takes: its key, what it does, the values it takes and its default. */
const settingLines = () =>
  SETTING_KEYS.map((key) => [text(key, 'code'), text(`  ${SETTINGS[key].describe}: ${SETTINGS[key].allowed} (default ${SETTINGS[key].default})`)]);

/** A family of commands (`help team`): each with what it does and its examples. */
export function helpFamily(name: string, specs: readonly CommandSpec[]): Message {
  const blocks: Block[] = [{ type: 'header', text: `${name} commands` }];
  for (const spec of specs) {
    blocks.push(
      { type: 'text', spans: [text(spec.usage, 'code'), text(`  ${spec.summary}`)] },
      { type: 'list', items: spec.examples.map((e) => [text(e, 'code')]) },
    );
  }
  blocks.push({ type: 'small', spans: [text(`Type help <command> for one of them, e.g. help ${specs.at(-1)?.words.join(' ') ?? 'log'}`)] });
  return { summary: `${name} commands: ${specs.map((s) => s.words.join(' ')).join(', ')}.`, blocks, private: true };
}
