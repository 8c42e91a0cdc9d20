import { CandidateDetail, UpdateCandidate } from '@calibrate/contracts';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { ApiError } from '@/lib/api-client';
import { fieldErrors } from '@/lib/error-details';

import { useUpdateCandidate } from '../../api/update-candidate';
import {
  changedFields,
  changedSince,
  ConflictingFields,
  EditValues,
  editValuesOf,
  toPatch,
} from '../../model/candidate-edit';

/**
 * The edit form's state and save: only the changed fields are sent, based on the version the
 * editor has seen, so nothing someone else saved meanwhile is overwritten unseen.
 */
export function useEditCandidate(
  candidate: CandidateDetail,
  { onSaved, onCancel }: { onSaved: () => void; onCancel: () => void },
) {
  const update = useUpdateCandidate(candidate.id);
  const initial = editValuesOf(candidate);
  const form = useForm<EditValues>({ initialValues: initial });
  // The version this edit is based on; after a conflict, the one the editor has now seen.
  const [version, setVersion] = useState(candidate.version);
  const [conflict, setConflict] = useState<ConflictingFields | null>(null);

  const submit = form.onSubmit((values) => {
    const before = toPatch(initial);
    const patch = changedFields(toPatch(values), before);
    if (Object.keys(patch).length === 0) {
      onCancel();
      return;
    }
    const save = (basedOn: number) =>
      update.mutate(
        { patch, version: basedOn },
        {
          onSuccess: onSaved,
          onError: (error) => {
            if (error.code === 'CANDIDATE_VERSION_CONFLICT') {
              const theirs = error.details as {
                version: number;
                current: Partial<UpdateCandidate>;
              };
              setVersion(theirs.version);
              // Someone saved since this form opened. Only fields both of us changed conflict:
              // if they changed others (or moved the stage), save on top of theirs at once.
              const overlapping = changedSince(patch, before, theirs.current);
              if (Object.keys(overlapping).length === 0) save(theirs.version);
              else setConflict(overlapping);
            } else if (error.code === 'CANDIDATE_EMAIL_TAKEN')
              form.setFieldError('email', 'A candidate with this email already exists.');
            else form.setErrors(fieldErrors(error));
          },
        },
      );
    setConflict(null);
    save(version);
  });

  // Errors the fields do not show (their own codes are shown next to the fields).
  const unexpected =
    update.error instanceof ApiError &&
    update.error.code !== 'CANDIDATE_EMAIL_TAKEN' &&
    update.error.code !== 'CANDIDATE_VERSION_CONFLICT' &&
    update.error.code !== 'VALIDATION_FAILED'
      ? update.error
      : undefined;

  return { form, submit, conflict, unexpected, saving: update.isPending };
}
