// Names what is still unrated in a profile, instead of showing indices built from gaps.
import type { AffectListContent } from '../../../domain/records';
import type { ZkmFormat } from '../use-zkm-format';

/** "Not complete: 3 terms unrated (joy, worry, pride)". */
export function MissingTerms(props: {
  list: AffectListContent;
  missingTermIds: readonly string[];
  f: ZkmFormat;
}) {
  const names = props.missingTermIds.map((id) => {
    const term = props.list.terms.find((candidate) => candidate.id === id);
    return term ? props.f.term(term) : id;
  });
  return (
    <span class="zkm-missing">
      {props.f.t('zkm.missing', { count: names.length, terms: names.join(', ') })}
    </span>
  );
}
