import callCenterRubric from './call-center-rubric.json';
import { evidenceNote, hasNoteFragments } from './demo-notes';
import { mockCallRubric } from './mock-call-rubric';

/** The seed's generator (same constants), so these notes are the ones a seed would write. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const categories = [...callCenterRubric.categories, ...mockCallRubric.categories].map(
  (c) => c.name,
);

describe('demo evidence notes', () => {
  it('has fragments for every category of the demo rubrics (a renamed category would fall back)', () => {
    expect(categories.filter((name) => !hasNoteFragments(name))).toEqual([]);
  });

  it('writes the same notes from the same seed, and many different ones', () => {
    const write = () => {
      const next = random(7);
      return categories.flatMap((category) =>
        [1, 2, 3, 4, 5].flatMap((rating) =>
          (['full', 'terse'] as const).map((style) => evidenceNote(next, category, rating, style)),
        ),
      );
    };
    const notes = write();
    expect(write()).toEqual(notes);
    expect(notes.every((note) => note.trim().length > 10)).toBe(true);
    expect(new Set(notes).size).toBeGreaterThan(notes.length * 0.8);
  });

  it('says something different of a 1 than of a 5 on the same question', () => {
    const next = random(11);
    const low = new Set(
      Array.from({ length: 40 }, () => evidenceNote(next, 'Closing', 1, 'terse')),
    );
    const high = new Set(
      Array.from({ length: 40 }, () => evidenceNote(next, 'Closing', 5, 'terse')),
    );
    expect([...low].filter((note) => high.has(note))).toEqual([]);
  });
});
