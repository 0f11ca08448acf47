/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- Slack payloads are JSON as sent on the wire; tests read them untyped on purpose. */
/** Everything a person would read in rendered Block Kit, as plain text, for assertions. */
export function blocksText(blocks: any[] | undefined): string {
  return (blocks ?? []).map(blockText).join('\n');
}

function blockText(block: any): string {
  switch (block.type) {
    case 'header': return block.text.text;
    case 'section': return [block.text?.text ?? '', ...(block.fields ?? []).map((f: any) => f.text)].filter(Boolean).join('\n');
    case 'context': return block.elements.map((e: any) => e.text ?? '').join(' ');
    case 'actions': return block.elements.map((e: any) => `[${e.text.text}]`).join(' ');
    case 'input': return block.label.text;
    case 'divider': return '---';
    default: return '';
  }
}

/** The buttons in rendered blocks. */
export function buttonsIn(blocks: any[] | undefined): { action_id: string; value: string; text: string }[] {
  return (blocks ?? []).filter((b) => b.type === 'actions').flatMap((b) => b.elements.map((e: any) => ({ action_id: e.action_id, value: e.value, text: e.text.text })));
}
