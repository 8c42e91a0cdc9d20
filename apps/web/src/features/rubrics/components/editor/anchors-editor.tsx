import { Textarea } from '@mantine/core';

const LEVEL_HINTS = ['1 · poor', '2 · weak', '3 · acceptable', '4 · good', '5 · excellent'];

/** What each rating level, 1 to 5, sounds like for one question. */
export function AnchorsEditor({
  anchors,
  readOnly,
  onChange,
}: {
  anchors: string[];
  readOnly: boolean;
  onChange: (anchors: string[]) => void;
}) {
  return (
    <>
      {anchors.map((anchor, level) => (
        <Textarea
          key={level}
          label={`Anchor ${LEVEL_HINTS[level]}`}
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
