// The focus hooks move focus after the render that shows the target, once per request.
// Rendered with Preact in Node: the components render nothing, the targets are refs or ids
// looked up in a stand-in document, and `act` runs the effects.
import { h, render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FocusTarget, useFocusAfter, useFocusOnChange } from '../../../src/ui/use-focus-after';

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
