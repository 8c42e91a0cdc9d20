import { Textarea } from '@mantine/core';

const LEVEL_HINTS = ['1 · poor', '2 · weak', '3 · acceptable', '4 · good', '5 · excellent'];

/** What each rating level, 1 to 5, sounds like for one question. */
export function AnchorsEditor({
  anchors,
  label,
  readOnly,
  onChange,
}: {
  anchors: string[];
  /** The question's name in labels, e.g. "question 2 of Greeting". */
  label: string;
  readOnly: boolean;
  onChange: (anchors: string[]) => void;
}) {
  return (
    <>
      {anchors.map((anchor, level) => (
        <Textarea
          key={level}
          label={`Anchor ${LEVEL_HINTS[level]}`}
          aria-label={`Anchor ${LEVEL_HINTS[level]}, ${label}`}
          autosize
          minRows={1}
          value={anchor}
          placeholder={`What a ${level + 1} sounds like`}
          onChange={(e) => {
            const next = [...anchors];
            next[level] = e.currentTarget.value;
            onChange(next);
          }}
          readOnly={readOnly}
        />
      ))}
    </>
  );
}
