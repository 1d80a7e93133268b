// Small pieces every trajectory screen shares: the profile gate, loading and error states,
// the phase badge and the list of the three phases with their explanations.
import type { ComponentChildren } from 'preact';
import type { LiveResult } from '../../db/live';
import type { Phase } from '../../domain/records';
import { PHASES } from '../../domain/trajectory';
import { useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { LiveGate } from '../../ui/LiveGate';
import { phaseExplain, phaseName } from './labels';
import { trajectoryMessages } from './messages';

/** This device's profile id, or undefined before the first run finished. */
export function useProfileId(): string | undefined {
  return useSettings().settings.profileId ?? undefined;
}

/** Renders `children` with the value once a live query is ready; loading and errors otherwise. */
export function Loaded<T>(props: {
  result: LiveResult<T>;
  children: (value: T) => ComponentChildren;
}) {
  const t = useMessages(trajectoryMessages);
  return (
    <LiveGate result={props.result} loading={t('trajectory.loading')}>
      {props.children}
    </LiveGate>
  );
}

/** The name of a phase as a badge. */
export function PhaseBadge(props: { phase: Phase }) {
  const t = useMessages(trajectoryMessages);
  return <span class="phase-badge">{t(phaseName[props.phase])}</span>;
}

/** The three phases, each with its short explanation. */
export function PhaseExplanations(props: { headingLevel?: 2 | 3 }) {
  const t = useMessages(trajectoryMessages);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section aria-labelledby="phases-title">
      <Heading id="phases-title">{t('trajectory.phases.title')}</Heading>
      <ol class="phase-list">
        {PHASES.map((phase) => (
          <li key={phase}>
            <strong>{t(phaseName[phase])}</strong>: {t(phaseExplain[phase])}
          </li>
        ))}
      </ol>
    </section>
  );
}
