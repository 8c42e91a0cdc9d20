import { z } from 'zod';

/**
 * What PostgreSQL cannot store in a text column as given: U+0000 (it rejects the byte, so the
 * request used to fail with a 500) and lone UTF-16 surrogates (not Unicode: the driver silently
 * stores U+FFFD instead, so the text read back is not the text sent).
 */
const NUL = '\u0000';
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** "content.categories[0].name", the field as a client addresses it; "text" at the top level. */
export function fieldName(path: readonly PropertyKey[]): string {
  const named = path
    .filter((key): key is string | number => typeof key !== 'symbol')
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
  return named || 'text';
}

/** The sentence a refused field gets, naming the field and the character. */
export function unstorableTextMessage(path: readonly PropertyKey[], input: string): string {
  const field = fieldName(path);
  return input.includes(NUL)
    ? `${field} contains a NUL character (U+0000), which cannot be stored: remove it.`
    : `${field} contains an unpaired UTF-16 surrogate (not valid Unicode): send well-formed text.`;
}

/** True for text that a text column stores exactly as given. */
export const isStorableText = (value: string): boolean =>
  !value.includes(NUL) && !loneSurrogate.test(value);

/**
 * Every string a client sends (body, query or path) starts here, so that no text field lets a
 * character through that the database refuses or alters. Chain the field's own rules after it:
 * `text().trim().min(1).max(200)`.
 */
export const text = () =>
  z.string().refine(isStorableText, {
    error: (issue) => unstorableTextMessage(issue.path ?? [], String(issue.input)),
  });
