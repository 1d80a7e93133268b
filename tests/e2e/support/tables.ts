// Tables as a person reads them on a phone.
import type { Page } from 'playwright-core';

/**
 * Every visible table header (of those `selector` matches) whose box is narrower than one of
 * its words (seen text only).
 */
export function headersBrokenInWords(page: Page, selector = 'th'): Promise<string[]> {
  return page.evaluate((which) => {
    const broken: string[] = [];
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;';
    document.body.append(probe);
    for (const th of document.querySelectorAll(which)) {
      if (th.getClientRects().length === 0) continue;
      // Column headings kept for screen readers only (a table shown as cards) are not seen.
      const head = th.closest('thead');
      if (head && head.getBoundingClientRect().width <= 1) continue;
      // The text a person sees: not the visually hidden full name of an abbreviation.
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      let seen = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('.visually-hidden')) seen += node.textContent ?? '';
      }
      const style = getComputedStyle(th);
      probe.style.font = style.font;
      probe.style.letterSpacing = style.letterSpacing;
      const inner =
        th.getBoundingClientRect().width -
        Number.parseFloat(style.paddingLeft) -
        Number.parseFloat(style.paddingRight);
      for (const word of seen.split(/\s+/).filter(Boolean)) {
        probe.textContent = word;
        if (probe.getBoundingClientRect().width > inner + 0.5) broken.push(`${seen} (${word})`);
      }
    }
    probe.remove();
    return broken;
  }, selector);
}
