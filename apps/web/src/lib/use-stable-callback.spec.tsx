import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo, useState } from 'react';

import { useStableCallback } from './use-stable-callback';

describe('useStableCallback', () => {
  it('keeps one identity across renders and calls the latest callback', async () => {
    const identities = new Set<unknown>();
    let childRenders = 0;
    const Child = memo(function Child({ onPick }: { onPick: () => void }) {
      childRenders += 1;
      identities.add(onPick);
      return <button onClick={onPick}>pick</button>;
    });
    const picked: number[] = [];
    function Parent() {
      const [count, setCount] = useState(0);
      const onPick = useStableCallback(() => picked.push(count));
      return (
        <>
          <button onClick={() => setCount((c) => c + 1)}>more</button>
          <Child onPick={onPick} />
        </>
      );
    }
    const user = userEvent.setup();
    render(<Parent />);
    await user.click(screen.getByRole('button', { name: 'more' }));
    await user.click(screen.getByRole('button', { name: 'more' }));
    await user.click(screen.getByRole('button', { name: 'pick' }));
    expect(picked).toEqual([2]);
    expect(identities.size).toBe(1);
    // The memoized child was not rendered again by its parent's updates.
    expect(childRenders).toBe(1);
  });
});
