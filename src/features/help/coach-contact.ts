// The coach's own contact and local resources on the help page. Their place is kept here: the
// coach will write them in the coach-return bundle, which needs a new bundle format first;
// until then there is nothing to show and the help page leaves the section out.

/** The contact text the coach sent, or undefined while none can be sent yet. */
export function useCoachContact(): string | undefined {
  return undefined;
}
