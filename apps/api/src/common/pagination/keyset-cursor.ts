import { text } from '@calibrate/contracts';
import { z } from 'zod';

import { AppException } from '../errors/app-exception';

/**
 * An opaque cursor for lists ordered by (a timestamp, id), e.g. (created_at DESC, id DESC). The timestamp keeps
 * PostgreSQL's microseconds: rounding it to JavaScript's milliseconds would skip or repeat rows.
 */
const cursorSchema = z.tuple([
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
    .refine(isRealInstant),
  z.uuid(),
]);

/**
 * A date and time that exist (no 30 February, no 25:61) from year 1 on: PostgreSQL fails the
 * query on anything else, and a forged cursor must be a 400, not a 500.
 */
function isRealInstant(value: string): boolean {
  const milliseconds = `${value.slice(0, 23)}Z`;
  const parsed = new Date(milliseconds);
  return (
    !Number.isNaN(parsed.getTime()) &&
    parsed.getUTCFullYear() >= 1 &&
    parsed.toISOString() === milliseconds
  );
}

/** A cursor that did not come from the API, or not from this list's order. */
function invalidCursor(): AppException {
  return new AppException('VALIDATION_FAILED', [
    {
      path: ['cursor'],
      code: 'invalid_cursor',
      message: 'This cursor is not one the API gave out.',
    },
  ]);
}

export interface TimeCursor {
  /** The row's timestamp as `cursorTimestampSql` renders it. */
  at: string;
  id: string;
}

export function encodeCursor({ at, id }: TimeCursor): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

export function decodeCursor(cursor: string): TimeCursor {
  try {
    const [at, id] = cursorSchema.parse(
      JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')),
    );
    return { at, id };
  } catch {
    throw invalidCursor();
  }
}

/** SQL expression rendering a timestamptz column the way cursors hold it. */
export const cursorTimestampSql = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Escapes LIKE wildcards so that a search for "50%" finds "50%", not everything. */
export function likePattern(term: string): string {
  return `%${escapeLike(term)}%`;
}

/** "Starts with", wildcards escaped: served by a text_pattern_ops index. */
export function prefixPattern(term: string): string {
  return `${escapeLike(term)}%`;
}

/** A cursor for lists ordered by (score DESC NULLS LAST, id DESC); the score as PostgreSQL prints it. */
const scoreCursorSchema = z.tuple([
  z
    .string()
    .regex(/^\d{1,3}(\.\d{1,3})?$/)
    .nullable(),
  z.uuid(),
]);

export interface ScoreCursor {
  score: string | null;
  id: string;
}

export function encodeScoreCursor({ score, id }: ScoreCursor): string {
  return Buffer.from(JSON.stringify([score, id])).toString('base64url');
}

export function decodeScoreCursor(cursor: string): ScoreCursor {
  try {
    const [score, id] = scoreCursorSchema.parse(
      JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')),
    );
    return { score, id };
  } catch {
    throw invalidCursor();
  }
}

/**
 * A cursor for lists ordered by (a text sort key ASC, id ASC), such as names A to Z; the key as the
 * database computed it, so that the next page starts exactly after it.
 */
const textCursorSchema = z.tuple([text().max(1000), z.uuid()]);

export interface TextCursor {
  key: string;
  id: string;
}

export function encodeTextCursor({ key, id }: TextCursor): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeTextCursor(cursor: string): TextCursor {
  try {
    const [key, id] = textCursorSchema.parse(
      JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')),
    );
    return { key, id };
  } catch {
    throw invalidCursor();
  }
}
