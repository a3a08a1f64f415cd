/**
 * The lexicons: plain data about countries, organisations, places, titles, speech and meeting
 * cues. Look-up structures are built from them in ../vocabulary.ts.
 */
export * from './countries';
export * from './organizations';
export * from './places';
export * from './titles';
export * from './speechVerbs';
export * from './meetings';
export * from './lookup';
