import { QuestionBankItem, RubricVersion } from '@calibrate/contracts';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';

import {
  addBankQuestion,
  EditorContent,
  editorIssues,
  fromVersion,
} from '../../model/editor-content';
import { restoreBackup, useDraftAutosave } from './use-draft-autosave';

/**
 * A version as the editor holds it: the content (restored from this browser when a backup of
 * unsaved edits exists), what blocks publishing, autosave, and copying from the question bank.
 */
export function useVersionDraft(version: RubricVersion, readOnly: boolean) {
  const [restored] = useState(() => (readOnly ? null : restoreBackup(version)));
  const [content, setContent] = useState<EditorContent>(() => restored ?? fromVersion(version));
  const issues = useMemo(() => editorIssues(content), [content]);
  const autosave = useDraftAutosave(version, content, setContent, !readOnly);

  const copyFromBank = (categoryKey: string, item: QuestionBankItem) => {
    setContent((c) => addBankQuestion(c, categoryKey, item));
    notifications.show({ message: `Copied “${item.text}” into the draft.` });
  };

  return { restored, content, setContent, issues, autosave, copyFromBank };
}
