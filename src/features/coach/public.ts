// What other features may use of the coach feature (they import nothing else from it).
export { CoachNotes } from './notes/CoachNotes';
// Which of the coach's assignments are still open (home lists them as open work).
export { openAssignments } from './assignments/open-assignments';
