import type { webApi } from '@slack/bolt';
import type { Caller } from '../../src/index.js';
import type { RatePacer } from './rate-pacer.js';

/** Looks up the Slack user behind a request and says who they are to shiplog. */
export type CallerLookup = (client: webApi.WebClient, userId: string, fallbackName?: string) => Promise<Caller>;

interface Cached {
  caller: Caller;
  at: number;
}

/** How long a profile is trusted before `users.info` is asked again. */
const PROFILE_TTL_MS = 10 * 60 * 1000;
const MAX_CACHED = 5000;
/** The longest a person's request waits for a place in `users.info`'s tier. */
export const LOOKUP_WAIT_MS = 1000;

/** Options for {@link createCallerLookup}. */
export interface CallerLookupOptions {
  /** Say that Slack admins/owners administer the workspace (`SLACK_ADMINS_FROM_WORKSPACE`); true by default. */
  adminsFromWorkspace?: boolean;
  now?: () => number;
  /** `users.info`'s tier shared with the paced fan-out: each look-up goes ahead of the fan-out's. */
  usersInfo?: Pick<RatePacer, 'first'>;
}

/**
 * A caller lookup backed by `users.info` (name, time zone, email with `users:read.email`,
 * admin/owner flags), cached briefly so each click does not cost an extra API call.
 * When `users.info` fails the request still goes ahead with what the payload said.
 */
export function createCallerLookup(options: CallerLookupOptions = {}): CallerLookup {
  const now = options.now ?? Date.now;
  const adminsFromWorkspace = options.adminsFromWorkspace ?? true;
  const cache = new Map<string, Cached>();
  return async (client, userId, fallbackName) => {
    const hit = cache.get(userId);
    if (hit !== undefined && now() - hit.at < PROFILE_TTL_MS) return hit.caller;
    const fetch = () => fetchCaller(client, userId, fallbackName, adminsFromWorkspace);
    // NOTE: when the tier is full (a burst of people new to shiplog), the request goes ahead with
    // what the payload says rather than wait minutes for a place; the next request asks again.
    const caller = await (options.usersInfo ? options.usersInfo.first(fetch, LOOKUP_WAIT_MS).catch(() => bareCaller(userId, fallbackName, adminsFromWorkspace)) : fetch());
    if (cache.size >= MAX_CACHED) cache.clear();
    // A profile that came back is cached; the bare fallback is not, so the next request asks again.
    if (caller.timeZone !== undefined) cache.set(userId, { caller, at: now() });
    return caller;
  };
}

/** Who the payload says the caller is, when `users.info` cannot tell more. */
function bareCaller(userId: string, fallbackName: string | undefined, adminsFromWorkspace: boolean): Caller {
  // NOTE: said also when users.info fails, so a failed look-up never lets a non-admin become admin by writing first.
  return { platform: 'slack', platformUserId: userId, displayName: fallbackName || userId, ...(adminsFromWorkspace && { platformNamesAdmins: true }) };
}

async function fetchCaller(client: webApi.WebClient, userId: string, fallbackName: string | undefined, adminsFromWorkspace: boolean): Promise<Caller> {
  const bare = bareCaller(userId, fallbackName, adminsFromWorkspace);
  try {
    const { user } = await client.users.info({ user: userId });
    if (user === undefined) return bare;
    const profile = user.profile;
    const name = profile?.display_name || profile?.real_name || user.real_name || user.name || bare.displayName;
    const caller: Caller = { ...bare, displayName: name, email: profile?.email ?? null, timeZone: user.tz ?? null };
    // Left out when switched off, so the app never hears of Slack's admin flags at all.
    if (adminsFromWorkspace) caller.isPlatformAdmin = user.is_admin === true || user.is_owner === true;
    return caller;
  } catch {
    // NOTE: a missing scope or a Slack hiccup must not cost the person their answer.
    return bare;
  }
}

const USER_REF = /<@(U[A-Z0-9]+|W[A-Z0-9]+)(?:\|[^<>]*)?>/g;

/**
 * The caller plus the Slack profiles (`users.info`) of the people the text mentions, so a
 * person first met as a mention arrives with a name and email. At most ten look-ups.
 */
export async function withIntroduced(lookup: CallerLookup, client: webApi.WebClient, caller: Caller, text: string): Promise<Caller> {
  const ids = [...new Set([...text.matchAll(USER_REF)].map((m) => m[1]!))].filter((id) => id !== caller.platformUserId).slice(0, 10);
  if (ids.length === 0) return caller;
  const introduced = [];
  for (const id of ids) {
    const profile = await lookup(client, id);
    // A bare fallback (no time zone field) means users.info failed: nothing to introduce.
    if (profile.timeZone !== undefined) introduced.push({ platformUserId: id, displayName: profile.displayName, email: profile.email ?? null, timeZone: profile.timeZone ?? null });
  }
  return introduced.length === 0 ? caller : { ...caller, introduced };
}
