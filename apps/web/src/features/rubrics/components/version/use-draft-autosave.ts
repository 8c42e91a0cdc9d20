import { RubricVersion } from '@calibrate/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';

import { ApiError } from '@/lib/api-client';
import { errorDetailsOf } from '@/lib/error-details';

import { rubricQueries, saveDraft } from '../../api/rubrics';
import {
  EditorContent,
  fromVersion,
  idsFromSave,
  onlyIdsOf,
  toPayload,
  withIds,
} from '../../model/editor-content';

export type DraftSaveState =
  | { kind: 'saved' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'offline'; retryInMs: number }
  /** Someone else saved the draft since it was opened: nothing more is sent until one is chosen. */
  | { kind: 'conflict'; theirs: RubricVersion }
  | { kind: 'error'; message: string };

const backupKey = (versionId: string) => `calibrate.rubric-draft.${versionId}`;

/** Unsaved edits kept in the browser, valid only on top of the version they were made on. */
export function restoreBackup(version: RubricVersion): EditorContent | null {
  try {
    const raw = localStorage.getItem(backupKey(version.id));
    if (!raw) return null;
    const backup = JSON.parse(raw) as { baseUpdatedAt: string; content: EditorContent };
    return backup.baseUpdatedAt === version.updatedAt ? backup.content : null;
  } catch {
    return null;
  }
}

/**
 * Saves the draft 800 ms after the last edit, one request at a time; keeps a copy in localStorage
 * until the server has it, retries with backoff when the network fails, and hands new items the
 * ids the server gave them.
 */
export function useDraftAutosave(
  version: RubricVersion,
  content: EditorContent,
  setContent: (update: (content: EditorContent) => EditorContent) => void,
  enabled: boolean,
) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<DraftSaveState>({ kind: 'saved' });
  // What the server holds now (a restored backup is not saved yet).
  const [initialJson] = useState(() =>
    JSON.stringify(toPayload(fromVersion(version), { withIds: false })),
  );
  const savedJson = useRef(initialJson);
  // The same, as state, so that render can tell "edited, not yet sent" without reading a ref.
  const [savedSnapshot, setSavedSnapshot] = useState(initialJson);
  const saveRef = useRef<() => Promise<void>>(async () => undefined);
  const baseUpdatedAt = useRef(version.updatedAt);
  // The revision the edits are made on: sent as If-Match, so that no one's save is overwritten.
  const baseRevision = useRef(version.revision);
  const conflicted = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const latest = useRef(content);
  const attempts = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const dirty = () =>
    JSON.stringify(toPayload(latest.current, { withIds: false })) !== savedJson.current;

  const save = useCallback(async (): Promise<void> => {
    if (inFlight.current) return inFlight.current;
    if (conflicted.current) return;
    if (!dirty()) {
      setState({ kind: 'saved' });
      return;
    }
    const sent = latest.current;
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        const saved = await saveDraft(version.id, toPayload(sent), baseRevision.current);
        attempts.current = 0;
        baseRevision.current = saved.revision;
        savedJson.current = JSON.stringify(toPayload(sent, { withIds: false }));
        setSavedSnapshot(savedJson.current);
        baseUpdatedAt.current = saved.updatedAt;
        queryClient.setQueryData(rubricQueries.version(version.id).queryKey, saved);
        const ids = idsFromSave(sent, saved);
        setContent((current) => withIds(current, ids));
        latest.current = withIds(latest.current, ids);
        if (dirty()) setState({ kind: 'unsaved' });
        else {
          localStorage.removeItem(backupKey(version.id));
          setState({ kind: 'saved' });
        }
      } catch (error) {
        const theirs = errorDetailsOf(error, 'RUBRIC_DRAFT_CONFLICT')?.current;
        if (theirs) {
          // Both versions stay: the edits here (and in this browser's backup), and theirs.
          conflicted.current = true;
          clearTimeout(timer.current);
          setState({ kind: 'conflict', theirs });
        } else if (error instanceof ApiError && !error.isTransient) {
          setState({ kind: 'error', message: error.message });
        } else {
          attempts.current += 1;
          const retryInMs = Math.min(30_000, 1000 * 2 ** (attempts.current - 1));
          setState({ kind: 'offline', retryInMs });
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void saveRef.current(), retryInMs);
        }
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = run;
    await run;
    // Edited while the request was out: save again.
    if (dirty() && attempts.current === 0) {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveRef.current(), 0);
    }
  }, [queryClient, setContent, version.id]);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  useEffect(() => {
    latest.current = content;
    if (!enabled || !dirty()) return;
    try {
      localStorage.setItem(
        backupKey(version.id),
        JSON.stringify({ baseUpdatedAt: baseUpdatedAt.current, content }),
      );
    } catch {
      // Storage full or unavailable: the server copy still follows.
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current(), 800);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- content is the trigger
  }, [content, enabled]);

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty()) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      clearTimeout(timer.current);
    };
  }, []);

  /** Resolves a conflict: take the version someone else saved, dropping the edits made here. */
  const takeTheirs = useCallback(() => {
    if (state.kind !== 'conflict') return;
    const { theirs } = state;
    conflicted.current = false;
    baseRevision.current = theirs.revision;
    baseUpdatedAt.current = theirs.updatedAt;
    savedJson.current = JSON.stringify(toPayload(fromVersion(theirs), { withIds: false }));
    setSavedSnapshot(savedJson.current);
    localStorage.removeItem(backupKey(version.id));
    queryClient.setQueryData(rubricQueries.version(version.id).queryKey, theirs);
    const content = fromVersion(theirs);
    latest.current = content;
    setContent(() => content);
    setState({ kind: 'saved' });
  }, [queryClient, setContent, state, version.id]);

  /** Resolves a conflict: save the edits made here over the version someone else saved. */
  const keepMine = useCallback(() => {
    if (state.kind !== 'conflict') return;
    conflicted.current = false;
    baseRevision.current = state.theirs.revision;
    // What the server holds now is theirs: the edits here differ from it, so they are sent.
    savedJson.current = JSON.stringify(toPayload(fromVersion(state.theirs), { withIds: false }));
    setSavedSnapshot(savedJson.current);
    const rebased = onlyIdsOf(latest.current, state.theirs);
    latest.current = rebased;
    setContent(() => rebased);
    void saveRef.current();
  }, [setContent, state]);

  /** Saves now and resolves true once the server holds everything (before publishing). */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    await inFlight.current;
    await save();
    return !dirty();
  }, [save]);

  const edited = JSON.stringify(toPayload(content, { withIds: false })) !== savedSnapshot;
  return {
    state: edited && state.kind === 'saved' ? { kind: 'unsaved' as const } : state,
    flush,
    takeTheirs,
    keepMine,
  };
}
