// The change process and the own report: pure rules the trajectory screens and tests share.
export * from './dates';
export * from './links';
export * from './lists';
export * from './phases';
export * from './report';
export * from './theme-form';
export * from './timeline';
