/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument -- Slack payloads are JSON as sent on the wire; tests read them untyped on purpose. */
/** Slack's Block Kit limits, checked on a payload exactly as it was sent. Returns what breaks them. */
export function limitViolations(payload: { text?: string; blocks?: any[] }, maxBlocks = 50): string[] {
  const problems: string[] = [];
  const blocks = payload.blocks ?? [];
  const len = (s: string | undefined): number => [...(s ?? '')].length;
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks > ${maxBlocks}`);
  if (len(payload.text) > 4000) problems.push(`fallback text ${len(payload.text)} > 4000`);
  const actionIds = new Set<string>();
  blocks.forEach((b, i) => {
    if (b.type === 'section') {
      if (len(b.text?.text) > 3000) problems.push(`block ${i}: section text ${len(b.text.text)} > 3000`);
      if ((b.fields ?? []).length > 10) problems.push(`block ${i}: ${b.fields.length} fields > 10`);
      for (const f of b.fields ?? []) if (len(f.text) > 2000) problems.push(`block ${i}: field ${len(f.text)} > 2000`);
      if (b.text === undefined && (b.fields ?? []).length === 0) problems.push(`block ${i}: empty section`);
    }
    if (b.type === 'header' && len(b.text.text) > 150) problems.push(`block ${i}: header ${len(b.text.text)} > 150`);
    if (b.type === 'context') {
      if (b.elements.length > 10) problems.push(`block ${i}: ${b.elements.length} context elements > 10`);
      for (const e of b.elements) if (len(e.text) > 3000) problems.push(`block ${i}: context text > 3000`);
    }
    if (b.type === 'actions') {
      if (b.elements.length > 25) problems.push(`block ${i}: ${b.elements.length} actions > 25`);
      for (const e of b.elements) {
        if (len(e.text.text) > 75) problems.push(`block ${i}: button text ${len(e.text.text)} > 75`);
        if (len(e.value) > 2000) problems.push(`block ${i}: button value > 2000`);
        if (len(e.action_id) > 255 || actionIds.has(e.action_id)) problems.push(`block ${i}: bad or repeated action_id ${e.action_id}`);
        actionIds.add(e.action_id);
      }
    }
  });
  return problems;
}
