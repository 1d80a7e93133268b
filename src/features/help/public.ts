// What other features may show of the help feature: the help page itself, which the first
// run opens in place (before a role is chosen there is no router and no navigation).
export { default as HelpScreen } from './HelpScreen';
