// The app lock in the settings: turning it on (backup offered first, a new passphrase, the
// recovery key shown once, then the entries encrypted with progress), locking now, the idle
// time, changing the passphrase, and turning it off behind the passphrase.
import { useEffect, useState } from 'preact/hooks';
import {
  currentLockMode,
  finishTurn,
  type TurnProgress,
  turnLockOff,
  turnLockOn,
} from '../../db/lock-control';
import type { LockMode } from '../../db/lock-state';
import { useMessages } from '../../i18n/context';
import { keyHolder } from '../../lock/key-holder';
import { setUpLockInWorker } from '../../lock/lock-client';
import type { NewLockMessage } from '../../lock/lock-worker-protocol';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { BackupFirst } from './BackupFirst';
import { ChangePassphrase } from './ChangePassphrase';
import { ClearTraces } from './ClearTraces';
import {
  type AutoLockMinutes,
  announceLockMode,
  autoLockChoices,
  autoLockMinutes,
  listenToLock,
  lockNow,
  setAutoLockMinutes,
} from './lock-gate';
import { lockMessages } from './messages';
import { NewPassphraseForm } from './NewPassphraseForm';
import { NewRecoveryKey } from './NewRecoveryKey';
import { PasskeySection } from './PasskeySection';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { TurnOffConfirm } from './TurnOffConfirm';
import './lock.css';
import { useErrorText } from '../../ui/error-message';

type Step =
  | { name: 'idle' }
  | { name: 'preparing' }
  | { name: 'recovery'; lock: NewLockMessage }
  | { name: 'turning'; direction: 'on' | 'off'; progress?: TurnProgress }
  | { name: 'done'; direction: 'on' | 'off' }
  | { name: 'failed'; detail: string };

/**
 * The app lock section of the settings; `coach` adds the invitation for a coach's device, and
 * `firstRun` leaves out the backup offer (a device in its first run holds nothing to back up,
 * and the first run has no way to the backup screen).
 */
export function LockSection(props: { coach: boolean; firstRun?: boolean }) {
  const t = useMessages(lockMessages);
  const explain = useErrorText();
  const [mode, setMode] = useState<LockMode>();
  const [step, setStep] = useState<Step>({ name: 'idle' });
  useEffect(() => {
    void currentLockMode().then(setMode);
    return listenToLock((news) => news.type === 'mode' && setMode(news.mode));
  }, []);

  const progress = (direction: 'on' | 'off') => (p: TurnProgress) =>
    setStep({ name: 'turning', direction, progress: p });

  const turnOn = async (lock: NewLockMessage) => {
    setStep({ name: 'turning', direction: 'on' });
    let announced = false;
    try {
      await turnLockOn(
        { key: lock.key, wrappers: [lock.passphraseWrapper, lock.recoveryWrapper] },
        (p) => {
          // Once the state is stored: other tabs seal their writes (and lock) from now on.
          if (!announced) announceLockMode('turning-on');
          announced = true;
          progress('on')(p);
        },
      );
      announceLockMode('on');
      setStep({ name: 'done', direction: 'on' });
    } catch (e) {
      setStep({ name: 'failed', detail: explain(e) });
    } finally {
      setMode(await currentLockMode());
    }
  };

  const turnOff = async () => {
    setStep({ name: 'turning', direction: 'off' });
    try {
      announceLockMode('turning-off');
      await turnLockOff(progress('off'));
      announceLockMode('off');
      // Only now: with the lock off, dropping the key no longer shows the lock screen.
      keyHolder.lock();
      setStep({ name: 'done', direction: 'off' });
    } catch (e) {
      setStep({ name: 'failed', detail: explain(e) });
    } finally {
      setMode(await currentLockMode());
    }
  };

  // A turn cut short (a failed batch, a tab closed halfway) with the key held: finish it here
  // rather than wait for the next unlock.
  const finishHalfway = async (direction: 'on' | 'off') => {
    setStep({ name: 'turning', direction });
    try {
      await finishTurn(progress(direction));
      announceLockMode(direction);
      if (direction === 'off') keyHolder.lock();
      setStep({ name: 'done', direction });
    } catch (e) {
      setStep({ name: 'failed', detail: explain(e) });
    } finally {
      setMode(await currentLockMode());
    }
  };
  const halfway = mode === 'turning-on' ? 'on' : mode === 'turning-off' ? 'off' : undefined;

  return (
    <section aria-labelledby="lock-section-title" class="stack">
      <h2 id="lock-section-title">{t('lock.section.title')}</h2>
      {step.name === 'turning' && (
        <p role="status">
          {step.progress
            ? t(step.direction === 'on' ? 'lock.turningOn' : 'lock.turningOff', {
                done: step.progress.batches,
                total: step.progress.total,
              })
            : t('lock.preparing')}
        </p>
      )}
      {step.name === 'done' && (
        <p role="status">
          {t(
            step.direction === 'off'
              ? 'lock.turnedOff'
              : props.firstRun
                ? 'lock.turnedOn.firstRun'
                : 'lock.turnedOn',
          )}
        </p>
      )}
      {step.name === 'failed' && (
        <p role="alert" class="field-error">
          {t('lock.turnFailed', { detail: step.detail })}
        </p>
      )}
      {mode === 'off' && step.name !== 'turning' && (
        <TurnOnFlow
          coach={props.coach}
          offerBackup={props.firstRun !== true}
          step={step}
          setStep={setStep}
          onConfirmed={turnOn}
        />
      )}
      {halfway && step.name !== 'turning' && (
        <div class="stack">
          <p>{t(halfway === 'on' ? 'lock.halfway.on' : 'lock.halfway.off')}</p>
          <div class="actions">
            <button
              type="button"
              class="button primary"
              onClick={() => void finishHalfway(halfway)}
            >
              {t(halfway === 'on' ? 'lock.finish.on' : 'lock.finish.off')}
            </button>
          </div>
          {/* If finishing keeps failing, a turn-on can be undone: nobody is stuck halfway. */}
          {halfway === 'on' && (
            <TurnOffConfirm
              id="lock-back-off-passphrase"
              label={t('lock.halfway.back')}
              explain={t('lock.halfway.back.explain')}
              offerBackup={props.firstRun !== true}
              onConfirmed={() => void turnOff()}
            />
          )}
        </div>
      )}
      {mode === 'on' && step.name !== 'turning' && (
        <OnControls onTurnOff={turnOff} clearTraces={props.firstRun !== true} />
      )}
    </section>
  );
}

function TurnOnFlow(props: {
  coach: boolean;
  offerBackup: boolean;
  step: Step;
  setStep: (step: Step) => void;
  onConfirmed: (lock: NewLockMessage) => void;
}) {
  const t = useMessages(lockMessages);
  const explain = useErrorText();
  const { step, setStep } = props;
  if (step.name === 'recovery')
    return (
      <RecoveryKeyStep
        recoveryKey={step.lock.recoveryKey}
        confirmLabel={t('lock.turnOn')}
        onConfirmed={() => props.onConfirmed(step.lock)}
      />
    );
  return (
    <>
      <p>{t('lock.section.off')}</p>
      {props.coach && <p class="hint">{t('lock.section.coachInvite')}</p>}
      {props.offerBackup && <BackupFirst why={t('lock.backupFirst')} />}
      <NewPassphraseForm
        busy={step.name === 'preparing'}
        onChosen={async (passphrase) => {
          setStep({ name: 'preparing' });
          try {
            setStep({ name: 'recovery', lock: await setUpLockInWorker(passphrase) });
          } catch (e) {
            setStep({ name: 'failed', detail: explain(e) });
          }
        }}
      />
      {step.name === 'preparing' && <p role="status">{t('lock.preparing')}</p>}
    </>
  );
}

function OnControls(props: { onTurnOff: () => void; clearTraces: boolean }) {
  const t = useMessages(lockMessages);
  const [minutes, setMinutes] = useState<AutoLockMinutes>(autoLockMinutes);
  return (
    <>
      <p>{t('lock.section.on')}</p>
      <div>
        <button type="button" class="button" onClick={() => void lockNow()}>
          {t('lock.lockNow')}
        </button>
      </div>
      <ChoiceGroup
        legend={t('lock.autoLock')}
        name="auto-lock"
        value={String(minutes)}
        options={autoLockChoices.map((n) => ({
          value: String(n),
          label: t('lock.autoLock.minutes', { n }),
        }))}
        onChange={(value) => {
          const chosen = Number(value) as AutoLockMinutes;
          setMinutes(chosen);
          setAutoLockMinutes(chosen);
        }}
      />
      <ChangePassphrase />
      <NewRecoveryKey />
      <PasskeySection />
      {/* A first run has written nothing before the lock: there are no old traces. */}
      {props.clearTraces && <ClearTraces />}
      <TurnOffConfirm
        id="lock-off-passphrase"
        label={t('lock.turnOff')}
        explain={t('lock.turnOff.explain')}
        offerBackup={true}
        onConfirmed={props.onTurnOff}
      />
    </>
  );
}
