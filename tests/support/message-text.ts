import type { Block, Message } from '../../src/core/message.js';
import { plain } from '../../src/core/message.js';

function blockText(b: Block): string {
  switch (b.type) {
    case 'header': return b.text;
    case 'text': case 'small': return plain(b.spans);
    case 'fields': return b.fields.map((f) => `${f.label}: ${f.value}`).join('\n');
    case 'list': return b.items.map((i) => plain(i)).join('\n');
    case 'trend': return `${b.label} ${b.values.join(',')} ${b.note}`;
    case 'actions': return b.actions.map((a) => `[${a.label}]`).join(' ');
    case 'form': return `${b.form.title}: ${b.form.fields.map((f) => f.label).join(', ')}`;
    case 'divider': return '---';
  }
}

/** Everything a person would read in a message, as plain text, for assertions. */
export const textOf = (m: Message): string => m.blocks.map(blockText).join('\n');

/** The value of a labelled field in a message. */
export function field(m: Message, label: string): string | undefined {
  for (const b of m.blocks) if (b.type === 'fields') for (const f of b.fields) if (f.label === label) return f.value;
  return undefined;
}
