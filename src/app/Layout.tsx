// The frame around every screen: skip link, header with the one-tap "new diary form" button,
// the main navigation (a disclosure on phones, a side bar on wider screens), and notices.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Settings } from '../db/settings';
import type { MessageKey } from '../i18n/catalog';
import { useI18n } from '../i18n/context';
import { ToastRegion } from '../ui/toasts';
import { InstallHint, useRecordUseDay } from './install/InstallHint';

interface NavItem {
  href: string;
  label: MessageKey;
}

const clientNav: NavItem[] = [
  { href: '/', label: 'nav.home' },
  { href: '/diary', label: 'nav.diary' },
  { href: '/zkm', label: 'nav.zkm' },
  { href: '/focusing', label: 'nav.focusing' },
  { href: '/trajectory', label: 'nav.trajectory' },
  { href: '/share', label: 'nav.share' },
  { href: '/coach/workbook', label: 'nav.workbook' },
  { href: '/settings', label: 'nav.settings' },
];

// A coach works with clients' material: home, clients, sharing (keys, import, sending back)
// and settings. The workbook is what a client receives; the coach previews it from /coach.
const coachNav: NavItem[] = [
  { href: '/', label: 'nav.home' },
  { href: '/coach', label: 'nav.coach' },
  { href: '/share', label: 'nav.share' },
  { href: '/settings', label: 'nav.settings' },
];

// A coach who also keeps a diary of their own switches these on in Settings.
const coachWithClientSections: NavItem[] = [
  { href: '/', label: 'nav.home' },
  { href: '/coach', label: 'nav.coach' },
  ...clientNav.slice(1).filter((item) => item.href !== '/coach/workbook'),
];

/** The navigation of a role; a coach sees the client's sections only when switched on. */
export function navItems(role: 'client' | 'coach', clientSections: boolean): readonly NavItem[] {
  if (role === 'client') return clientNav;
  return clientSections ? coachWithClientSections : coachNav;
}

function isCurrent(path: string, href: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

/** Lays out header, navigation, the current screen and notices. */
export function Layout(props: {
  role: NonNullable<Settings['role']>;
  /** On a coach's device: show the client's own sections too (a setting). */
  clientSections: boolean;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  const { path } = useLocation();
  // The phone menu is open on the address where it was opened: navigating closes it in the
  // same render. (An effect that closed it ran after the first paint, and Preact runs a pending
  // effect before the next render: a menu opened before then closed again at once.)
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === path;
  const items = navItems(props.role, props.clientSections);
  // The one-tap diary form is the client's; a coach has it only with the client's sections.
  const diaryButton = props.role === 'client' || props.clientSections;
  useRecordUseDay();

  // After navigating, move focus to the new screen's content so a screen reader starts there;
  // not on the first render, where focus starts at the top. A menu opened on an earlier
  // address is forgotten, so coming back there does not find it open again.
  const focusedPath = useRef(path);
  useEffect(() => {
    if (focusedPath.current === path) return;
    focusedPath.current = path;
    setMenuOpenOn((openOn) => (openOn === path ? openOn : null));
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);

  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="topbar">
        <a class="brand" href="/">
          {t('app.name')}
        </a>
        {/* Short on screen, the full name for assistive technology (it starts with the
            visible word, so voice control users can say what they see). */}
        {diaryButton && (
          <a class="button primary new-entry" href="/diary/new" aria-label={t('home.newDiary')}>
            <span aria-hidden="true">+ </span>
            {t('nav.newEntry')}
          </a>
        )}
        {/* Help is one tap away on every screen (crisis numbers, works offline). */}
        <a
          class="button help-link"
          href="/help"
          aria-current={path === '/help' ? 'page' : undefined}
        >
          {t('nav.help')}
        </a>
        <button
          type="button"
          class="button menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpenOn(menuOpen ? null : path)}
        >
          {t('nav.menu')}
        </button>
      </header>
      <nav id="main-nav" class={menuOpen ? 'nav open' : 'nav'} aria-label={t('nav.label')}>
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <a href={item.href} aria-current={isCurrent(path, item.href) ? 'page' : undefined}>
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {/* On Today only: never over a form, where it would push the first field away. */}
        {path === '/' && <InstallHint />}
        {props.children}
      </main>
      <ToastRegion />
    </div>
  );
}
