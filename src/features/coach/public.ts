// What other features may use of the coach feature (they import nothing else from it).
export { CoachNotes } from './notes/CoachNotes';
