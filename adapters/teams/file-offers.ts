/**
 * Files for a person on Teams (`export me`). A bot can only hand a file over in the 1:1 chat,
 * by asking first: a file consent card per file; when the person accepts, Teams gives an
 * upload URL in their OneDrive, the bot uploads there and answers with a file info card.
 * The content waits here, in memory, for 15 minutes and is used once: an export is personal
 * data, so it is not written anywhere else, and an offer outlived by a restart just asks the
 * person to export again. No botbuilder import: plain activity JSON.
 */
import { randomBytes } from 'node:crypto';
import type { FileAttachment } from '../../src/index.js';

export const FILE_CONSENT_TYPE = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_TYPE = 'application/vnd.microsoft.teams.card.file.info';
const OFFER_TTL_MS = 15 * 60_000;
/** Offers kept at once; the oldest go first (an export is small, but memory is not unbounded). */
const MAX_OFFERS = 1000;

/** A file consent card: what Teams shows with Allow / Decline. */
export interface FileConsentAttachment {
  contentType: typeof FILE_CONSENT_TYPE;
  name: string;
  content: { description: string; sizeInBytes: number; acceptContext: { offer: string }; declineContext: { offer: string } };
}

/** The message that offers the files; `summary` shows in notifications. */
export interface FileOfferActivity {
  type: 'message';
  summary: string;
  attachments: FileConsentAttachment[];
}

export interface FileOffers {
  /** One message with a consent card per file, for `userId` only; null when there are no files. */
  offer(userId: string, files: readonly FileAttachment[] | undefined): FileOfferActivity | null;
  /** The offered file when it is this user's and still fresh; an offer is used once. */
  take(offerId: string, userId: string): FileAttachment | null;
}

interface Offer { userId: string; file: FileAttachment; until: number }

export function createFileOffers(now: () => number = Date.now): FileOffers {
  const offers = new Map<string, Offer>();
  const sweep = () => {
    for (const [id, o] of offers) if (o.until <= now() || offers.size > MAX_OFFERS) offers.delete(id);
  };
  return {
    offer(userId, files) {
      if (files === undefined || files.length === 0) return null;
      sweep();
      const attachments = files.map((file): FileConsentAttachment => {
        const id = randomBytes(12).toString('hex');
        offers.set(id, { userId, file, until: now() + OFFER_TTL_MS });
        const description = file.mediaType === 'text/csv' ? 'Your wins as CSV, from shiplog' : 'All your shiplog data as JSON';
        return { contentType: FILE_CONSENT_TYPE, name: file.name, content: { description, sizeInBytes: Buffer.byteLength(file.content, 'utf8'), acceptContext: { offer: id }, declineContext: { offer: id } } };
      });
      return { type: 'message', summary: `${files.length === 1 ? 'A file' : `${files.length} files`} for you: allow each to save it to your OneDrive.`, attachments };
    },
    take(offerId, userId) {
      const found = offers.get(offerId);
      // Someone else's offer id gets nothing, and does not spend the owner's offer.
      if (found === undefined || found.userId !== userId) return null;
      offers.delete(offerId);
      return found.until > now() ? found.file : null;
    },
  };
}

/** What Teams says in a `fileConsent/invoke`. */
export interface FileConsentAnswer {
  action?: string;
  context?: { offer?: unknown };
  uploadInfo?: { uploadUrl?: string; contentUrl?: string; name?: string; uniqueId?: string; fileType?: string };
}

/** Uploads the file to the URL Teams gave (a OneDrive upload session: one PUT with the whole range). */
export async function uploadFile(uploadUrl: string, file: FileAttachment): Promise<{ ok: true } | { ok: false; status: number }> {
  const body = Buffer.from(file.content, 'utf8');
  const headers: Record<string, string> = { 'content-length': String(body.length) };
  if (body.length > 0) headers['content-range'] = `bytes 0-${body.length - 1}/${body.length}`;
  const res = await fetch(uploadUrl, { method: 'PUT', headers, body, signal: AbortSignal.timeout(30_000) });
  await res.arrayBuffer().catch(() => undefined);
  return res.ok ? { ok: true } : { ok: false, status: res.status };
}

/** The card that shows an uploaded file in the chat. */
export function fileInfoActivity(info: Required<Pick<NonNullable<FileConsentAnswer['uploadInfo']>, 'contentUrl' | 'name'>> & { uniqueId?: string; fileType?: string }) {
  return { type: 'message' as const, attachments: [{ contentType: FILE_INFO_TYPE, contentUrl: info.contentUrl, name: info.name, content: { uniqueId: info.uniqueId ?? '', fileType: info.fileType ?? '' } }] };
}
