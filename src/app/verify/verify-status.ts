/** `verify status`: configured artifact providers and their last errors, for admins. */
import type { Message } from '../../core/message.js';
import { verifyStatusReply, type ProviderLine } from '../../core/replies/verify-replies.js';
import { ok, type Result } from '../../core/result.js';
import type { Ctx } from '../context.js';
import { configuredProviders } from './check-win.js';
import { readProviderStatus } from './provider-status.js';

export async function verifyStatus(ctx: Ctx): Promise<Result<Message>> {
  const configured = configuredProviders(ctx.deps.verifiers ?? []);
  const status = await readProviderStatus(ctx.store);
  const lines: ProviderLine[] = (['github', 'gitlab', 'jira', 'linear'] as const).map((provider) => ({
    provider,
    configured: configured.has(provider),
    lastCheckAt: status.get(provider)?.lastCheckAt ?? null,
    lastError: status.get(provider)?.lastError ?? null,
    lastErrorAt: status.get(provider)?.lastErrorAt ?? null,
  }));
  return ok(verifyStatusReply(lines));
}
