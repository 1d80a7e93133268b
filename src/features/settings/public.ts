// What other features may use of the settings: the reminder plan's fields (a coach suggests
// a reminder with an assignment in the same form the client uses).
export { newPlanForm, type PlanForm, ReminderPlanFields } from './ReminderPlanFields';
