/** Whether one artifact confirms one person's win. Pure. */
import type { Artifact } from '../types.js';
import type { ArtifactFacts, ArtifactPerson, CheckStatus } from './types.js';

const DONE_WORD: Record<Artifact['kind'], string> = {
  'pull-request': 'merged',
  'merge-request': 'merged',
  issue: 'closed as done',
  commit: 'in the repository',
  jira: 'resolved as done',
  linear: 'completed',
};

const ABANDONED: Record<Artifact['kind'], string> = {
  'pull-request': 'was closed without being merged',
  'merge-request': 'was closed without being merged',
  issue: 'was closed as not planned',
  commit: 'is not in the repository',
  jira: "was resolved as not done (won't do, duplicate…)",
  linear: 'was cancelled',
};

/**
 * Judges facts against the win's author. `isAuthor` tells whether a provider person is the
 * author (by admin mapping or email); the roles that count are author, co-author (commit
 * trailer), committer, reviewer and assignee.
 */
export function judgeArtifact(
  artifact: Artifact,
  facts: ArtifactFacts,
  isAuthor: (person: ArtifactPerson) => boolean,
): { status: CheckStatus; reason: string | null } {
  if (facts.state === 'abandoned') return { status: 'rejected', reason: `${artifact.label} ${ABANDONED[artifact.kind]}` };
  const theirs = facts.people.some(isAuthor);
  if (facts.state === 'open') return { status: 'pending', reason: `${artifact.label} is not ${DONE_WORD[artifact.kind]} yet` };
  if (!theirs) {
    return { status: 'rejected', reason: `${artifact.label} belongs to someone else: you are not its author, a co-author, a reviewer or an assignee (an admin can map your account: map ${artifact.provider}:<login> @you)` };
  }
  return { status: 'confirmed', reason: null };
}
