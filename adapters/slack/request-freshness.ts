/** Slack's replay window: a signed request more than 5 minutes from now either way is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 300;

/** True when `X-Slack-Request-Timestamp` is present and within the window around `nowMs`. */
export function isFresh(header: string | string[] | undefined, nowMs: number): boolean {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !/^\d{1,12}$/.test(value)) return false;
  return Math.abs(nowMs / 1000 - Number(value)) <= MAX_CLOCK_SKEW_SECONDS;
}
