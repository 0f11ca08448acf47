/* eslint-disable @typescript-eslint/no-explicit-any -- Slack payloads are JSON as sent on the wire; tests read them untyped on purpose. */
/**
 * Slack-shaped, correctly signed HTTP requests (HMAC-SHA256 over `v0:<ts>:<raw body>`),
 * built from the documented payloads in tests/fixtures/slack.
 */
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/slack');

/** A fixture, deep-copied so a test can change it freely. */
export function fixture<T = Record<string, any>>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as T;
}

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedOptions {
  secret: string;
  /** Unix seconds; now by default. */
  timestamp?: number;
  /** Overrides the computed signature (for bad-signature tests). */
  signature?: string;
  headers?: Record<string, string>;
}

export interface SlackResponse {
  status: number;
  body: string;
  /** Milliseconds from sending to the complete response. */
  elapsedMs: number;
}

/** POSTs a raw body to the events URL with Slack's signing headers. */
export async function postSigned(url: string, body: string, contentType: string, options: SignedOptions): Promise<SlackResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? signature(options.secret, timestamp, body),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text, elapsedMs: performance.now() - started };
}

const FORM = 'application/x-www-form-urlencoded';

/** A slash command: form fields, as Slack sends them. */
export const slashCommandBody = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();

/** Interactivity (block_actions, view_submission, shortcuts): one `payload` form field holding JSON. */
export const interactionBody = (payload: object): string => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();

let triggers = 0;

/** Sends a slash command built on the fixture, with a fresh trigger_id as Slack gives each invocation. */
export function sendCommand(url: string, secret: string, fields: Record<string, string>, options: Partial<SignedOptions> = {}): Promise<SlackResponse> {
  const body = slashCommandBody({ ...fixture<Record<string, string>>('slash-command'), trigger_id: `13345224609.738474920.${++triggers}`, ...fields });
  return postSigned(url, body, FORM, { secret, ...options });
}

/** Sends an interactivity payload. */
export function sendInteraction(url: string, secret: string, payload: object, options: Partial<SignedOptions> = {}): Promise<SlackResponse> {
  return postSigned(url, interactionBody(payload), FORM, { secret, ...options });
}

/** Sends an Events API envelope (JSON). */
export function sendEvent(url: string, secret: string, envelope: object, options: Partial<SignedOptions> = {}): Promise<SlackResponse> {
  return postSigned(url, JSON.stringify(envelope), 'application/json', { secret, ...options });
}
