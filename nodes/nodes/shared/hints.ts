import type { IExecuteFunctions } from 'n8n-workflow';

/** More distinct notes than this are summed up in one last hint: the panel is not a log. */
const MAX_HINTS = 5;

/** "Item 2", "Items 0, 1", "Items 0, 1, 2, 3, 4 and 95 more". */
function which(items: readonly number[]): string {
  if (items.length === 1) return `Item ${items[0]}`;
  const listed = items.slice(0, 5).join(', ');
  return `Items ${listed}${items.length > 5 ? ` and ${items.length - 5} more` : ''}`;
}

/**
 * Notes on the run (an unverified, modeled or stale price, a retired model) as n8n execution
 * hints beside the output, so they are seen without opening the JSON: one hint per distinct
 * note, naming the items it is about.
 */
export function showNotices(ctx: IExecuteFunctions, notices: ReadonlyMap<string, readonly number[]>): void {
  // older n8n versions have no execution hints; the notes are still in the output
  if (typeof ctx.addExecutionHints !== 'function' || notices.size === 0) return;
  const entries = [...notices];
  const shown = entries.slice(0, MAX_HINTS).map(([message, items]) => ({
    message: `${which(items)}: ${message}`,
    type: 'warning' as const,
    location: 'outputPane' as const,
  }));
  const rest = entries.length - shown.length;
  if (rest > 0) shown.push({ message: `${rest} more note(s): see \`warnings\` in the output`, type: 'warning', location: 'outputPane' });
  ctx.addExecutionHints(...shown);
}

/** Adds one item's notes to the run's, keeping the order they first appeared in. */
export function collect(into: Map<string, number[]>, notes: readonly string[], item: number): void {
  for (const note of notes) {
    const items = into.get(note) ?? [];
    if (!items.includes(item)) items.push(item);
    into.set(note, items);
  }
}
