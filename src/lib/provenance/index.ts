/** Value-level provenance and its wording: the one module that says what is official. */
export * from './values';
export * from './wording';
