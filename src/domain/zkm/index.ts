// The pure ZKM computations (domain §1): one import point for views and other modules.
export * from './comparison';
export * from './correlation-matrix';
export * from './default-affect-list';
export * from './hierarchy';
export * from './indices';
export * from './labels';
export * from './pearson';
export * from './profile';
export * from './profile-summary';
export * from './summary';
export * from './type-spread';
export * from './valuation-type';
