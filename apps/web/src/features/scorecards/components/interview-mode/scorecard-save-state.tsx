import { RubricVersion } from '@calibrate/contracts';

import { ConflictDialog, SaveStatus, useScorecardSaveState } from '../save-status';

/**
 * The save queue changes on every keystroke; only these two small components follow it, so the
 * questions around them do not re-render.
 */
export function ScorecardSaveStatus({ scorecardId }: { scorecardId: string }) {
  return <SaveStatus state={useScorecardSaveState(scorecardId)} />;
}

export function ScorecardConflicts({
  scorecardId,
  rubric,
}: {
  scorecardId: string;
  rubric: RubricVersion;
}) {
  const state = useScorecardSaveState(scorecardId);
  return (
    <ConflictDialog
      write={state.kind === 'conflict' ? state.writes[0] : undefined}
      rubric={rubric}
    />
  );
}
