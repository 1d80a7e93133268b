// What other features may use of the coach feature (they import nothing else from it): the
// coach's notes beside a record, and which assignments are still open (home lists them).
export { openAssignments } from './assignments/open-assignments';
export { CoachNotes } from './notes/CoachNotes';
