import { Rubric } from '@calibrate/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

import { rubricQueries, useCreateRubric, useCreateVersion } from '../../api/rubrics';
import { fromVersion, toPayload } from '../../model/editor-content';

/** A rubric's two actions, each opening the draft it makes: a new version, and a copy. */
export function useRubricActions() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const createVersion = useCreateVersion();
  const duplicate = useCreateRubric();

  const newVersion = (rubricId: string) =>
    createVersion.mutate(rubricId, {
      onSuccess: (created) => void navigate(`/rubric-versions/${created.id}`),
    });

  /** A new rubric whose first draft is the current version (or the newest one). */
  const copy = async (rubric: Rubric) => {
    const source = rubric.currentVersionId ?? rubric.versions[0]?.id;
    if (!source) return;
    const version = await queryClient.fetchQuery(rubricQueries.version(source));
    duplicate.mutate(
      {
        name: `${rubric.name} (copy)`,
        description: rubric.description,
        content: toPayload(fromVersion(version), { withIds: false }),
      },
      { onSuccess: (created) => void navigate(`/rubric-versions/${created.versions[0]?.id}`) },
    );
  };

  return {
    newVersion,
    creatingVersion: createVersion.isPending,
    copy,
    copying: duplicate.isPending,
  };
}

export type RubricActions = ReturnType<typeof useRubricActions>;
