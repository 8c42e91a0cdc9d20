import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';

import { useRenderInSteps } from './use-render-in-steps';

const letters = (n: number) => Array.from({ length: n }, (_, i) => `item ${i + 1}`);

function List({ items, first }: { items: string[]; first: number }) {
  const shown = useRenderInSteps(items, first);
  return (
    <ul>
      {shown.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

describe('useRenderInSteps', () => {
  it('renders the first items, then the whole list', async () => {
    const seen: number[] = [];
    function Probe() {
      const shown = useRenderInSteps(letters(30), 5);
      seen.push(shown.length);
      return <span>{shown.length}</span>;
    }
    render(<Probe />);
    expect(seen[0]).toBe(5);
    expect(await screen.findByText('30')).toBeInTheDocument();
  });

  it('renders a short list whole at once', () => {
    render(<List items={letters(3)} first={5} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('cuts a list that arrives after the first render too, then shows it whole', async () => {
    function Growing() {
      const [items, setItems] = useState<string[]>([]);
      return (
        <>
          <button onClick={() => setItems(letters(40))}>load</button>
          <List items={items} first={5} />
        </>
      );
    }
    render(<Growing />);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    await act(async () => screen.getByRole('button').click());
    expect(await screen.findByText('item 40')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(40);
  });
});
