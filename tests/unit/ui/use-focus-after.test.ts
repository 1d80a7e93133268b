// The focus hooks move focus after the render that shows the target, once per request.
// Rendered with Preact in Node: the components render nothing, the targets are refs or ids
// looked up in a stand-in document, and `act` runs the effects.
import { h, render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type FocusTarget,
  useFocusAfter,
  useFocusOnChange,
  useFocusOnShow,
} from '../../../src/ui/use-focus-after';

interface FakeElement {
  focused: number;
  focus(): void;
}

function fakeElement(): FakeElement {
  const element = { focused: 0, focus: () => void element.focused++ };
  return element;
}

const byId = new Map<string, FakeElement>();
const container = {} as HTMLElement;
let focusAfter: (target: FocusTarget) => void = () => {};
let renders = 0;

/** Hands out its `focusAfter` and counts its renders. */
function AfterProbe() {
  renders++;
  focusAfter = useFocusAfter();
  return null;
}

const editButton = fakeElement();
let edit: { bump(): void; stop(): void } = { bump() {}, stop() {} };

/** An item with an edit form: its Edit button is "on the page" only while not editing. */
function EditProbe() {
  const [editing, setEditing] = useState(true);
  const [, setBumps] = useState(0);
  const focusAfter = useFocusAfter();
  if (editing) byId.delete('edit');
  else byId.set('edit', editButton);
  edit = {
    bump: () => setBumps((count) => count + 1),
    stop: () => {
      setEditing(false);
      focusAfter('edit');
    },
  };
  return null;
}

/** Focuses `#title` when `step` changes. */
function ChangeProbe(props: { step: string }) {
  useFocusOnChange('title', props.step);
  return null;
}

/** Focuses `#note-text`, centred, when `signal` changes. */
function CentreProbe(props: { signal: number }) {
  useFocusOnChange('note-text', props.signal, { centre: true });
  return null;
}

/** Focuses `#result` when shown and when `file` changes; `afterShell` waits a frame. */
function ShowProbe(props: { file: string; afterShell?: boolean }) {
  useFocusOnShow('result', props.file, { afterShell: props.afterShell ?? false });
  return null;
}

beforeEach(() => {
  byId.clear();
  renders = 0;
  Object.assign(globalThis, { document: { getElementById: (id: string) => byId.get(id) ?? null } });
});
afterEach(() => {
  act(() => render(null, container));
  Reflect.deleteProperty(globalThis, 'document');
});

describe('useFocusAfter', () => {
  it('focuses an element by id after the next render, once', () => {
    act(() => render(h(AfterProbe, null), container));
    const item = fakeElement();
    act(() => {
      focusAfter('item-2');
      // Created by the same change: present by the time the render is done.
      byId.set('item-2', item);
    });
    expect(item.focused).toBe(1);
    // Asking caused the render: 1 first paint + 1.
    expect(renders).toBe(2);
    // A later render that was not asked for moves nothing.
    act(() => render(h(AfterProbe, null), container));
    expect(item.focused).toBe(1);
  });

  it('focuses the element of the render it asked for when another render came before paint', async () => {
    act(() => render(h(EditProbe, null), container));
    // As after a save: a render for another reason (a status line), then, before its effects
    // ran, the request with the change that shows the target. Real scheduling, no act().
    edit.bump();
    await Promise.resolve();
    edit.stop();
    await expect.poll(() => editButton.focused).toBe(1);
  });

  it('focuses a ref, and a missing target is no error', () => {
    act(() => render(h(AfterProbe, null), container));
    const heading = fakeElement();
    act(() => focusAfter({ current: heading as unknown as HTMLElement }));
    expect(heading.focused).toBe(1);
    expect(() => act(() => focusAfter('gone'))).not.toThrow();
  });

  it('focuses the first id of a list that is on the page', () => {
    act(() => render(h(AfterProbe, null), container));
    const title = fakeElement();
    byId.set('title', title);
    act(() => focusAfter(['removed-entry', 'title']));
    expect(title.focused).toBe(1);
    const entry = fakeElement();
    byId.set('entry', entry);
    act(() => focusAfter(['entry', 'title']));
    expect(entry.focused).toBe(1);
    expect(title.focused).toBe(1);
  });
});

describe('useFocusOnChange', () => {
  it('focuses when the trigger changes, not on the first render', () => {
    const heading = fakeElement();
    byId.set('title', heading);
    act(() => render(h(ChangeProbe, { step: 'choose' }), container));
    expect(heading.focused).toBe(0);
    act(() => render(h(ChangeProbe, { step: 'choose' }), container));
    expect(heading.focused).toBe(0);
    act(() => render(h(ChangeProbe, { step: 'about' }), container));
    expect(heading.focused).toBe(1);
  });
});

describe('useFocusOnChange with centre', () => {
  it('scrolls the target to the middle before focusing it', () => {
    const calls: string[] = [];
    const text = {
      focus: () => calls.push('focus'),
      scrollIntoView: (options: ScrollIntoViewOptions) => calls.push(`scroll ${options.block}`),
    };
    byId.set('note-text', text as unknown as FakeElement);
    act(() => render(h(CentreProbe, { signal: 0 }), container));
    expect(calls).toEqual([]);
    act(() => render(h(CentreProbe, { signal: 1 }), container));
    expect(calls).toEqual(['scroll center', 'focus']);
  });
});

describe('useFocusOnShow', () => {
  it('focuses on the first render and when the trigger changes, not on other renders', () => {
    const result = fakeElement();
    byId.set('result', result);
    act(() => render(h(ShowProbe, { file: 'a.koers' }), container));
    expect(result.focused).toBe(1);
    act(() => render(h(ShowProbe, { file: 'a.koers' }), container));
    expect(result.focused).toBe(1);
    act(() => render(h(ShowProbe, { file: 'b.koers' }), container));
    expect(result.focused).toBe(2);
  });

  it('after the shell: focuses in the next frame, and not at all once unmounted first', () => {
    const frames = new Map<number, () => void>();
    let nextFrame = 1;
    Object.assign(globalThis, {
      requestAnimationFrame: (run: () => void) => {
        frames.set(nextFrame, run);
        return nextFrame++;
      },
      cancelAnimationFrame: (frame: number) => frames.delete(frame),
    });
    try {
      const result = fakeElement();
      byId.set('result', result);
      act(() => render(h(ShowProbe, { file: 'a.koers', afterShell: true }), container));
      // The effect ran but only asked for a frame: focus has not moved yet.
      expect(result.focused).toBe(0);
      expect(frames.size).toBe(1);
      for (const run of frames.values()) run();
      expect(result.focused).toBe(1);
      frames.clear();
      // A new item, then gone before its frame: the frame is cancelled.
      act(() => render(h(ShowProbe, { file: 'b.koers', afterShell: true }), container));
      expect(frames.size).toBe(1);
      act(() => render(null, container));
      expect(frames.size).toBe(0);
      expect(result.focused).toBe(1);
    } finally {
      Reflect.deleteProperty(globalThis, 'requestAnimationFrame');
      Reflect.deleteProperty(globalThis, 'cancelAnimationFrame');
    }
  });
});
