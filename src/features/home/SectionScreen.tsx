// A section whose screens have not landed yet: says so plainly, in the user's language.
import type { MessageKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/context';

const titles: Record<string, MessageKey> = {
  diary: 'nav.diary',
  zkm: 'nav.zkm',
  focusing: 'nav.focusing',
  trajectory: 'nav.trajectory',
  share: 'nav.share',
  coach: 'nav.coach',
};

/** The placeholder screen of a section that is still being built. */
export default function SectionScreen(props: { section: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t(titles[props.section] ?? 'app.name')}</h1>
      <p>{t('section.comingUp')}</p>
    </section>
  );
}
