/**
 * Look-ups over the lexicons' data that several passes share.
 */
import { COUNTRIES } from './countries';
import { PLACES } from './places';

let placeCountries: Map<string, string> | undefined;

/** The country a place is in (a city the lexicon knows, a capital, or a country itself), by name. */
export function countryOfPlace(name: string): string | undefined {
  if (!placeCountries) {
    const map = new Map<string, string>();
    for (const place of PLACES) if (place.country) for (const form of [place.name, ...place.aliases]) map.set(form.toLowerCase(), place.country);
    for (const country of COUNTRIES) {
      for (const form of [country.name, ...country.aliases]) map.set(form.toLowerCase(), country.id);
      if (country.capital && !map.has(country.capital.toLowerCase())) map.set(country.capital.toLowerCase(), country.id);
    }
    placeCountries = map;
  }
  const lower = name.toLowerCase();
  return placeCountries.get(lower) ?? (lower.includes(',') ? placeCountries.get(lower.split(/,\s*/)[0] as string) : undefined);
}

let countryIds: Map<string, string> | undefined;

/** A country's id by any of its names, aliases or demonyms, given in lower case ("russian" → "ru"). */
export function countryIdOfForm(form: string): string | undefined {
  if (!countryIds) {
    countryIds = new Map();
    for (const c of COUNTRIES) for (const f of [c.name, ...c.aliases, ...c.demonyms]) countryIds.set(f.toLowerCase(), c.id);
  }
  return countryIds.get(form);
}

let placeNames: Set<string> | undefined;

/** Whether a name is one of a place or a country the lexicons know, by any of its names. */
export function isPlaceName(name: string): boolean {
  placeNames ??= new Set([...PLACES.flatMap((p) => [p.name, ...p.aliases]), ...COUNTRIES.flatMap((c) => [c.name, ...c.aliases])].map((n) => n.toLowerCase()));
  return placeNames.has(name.toLowerCase());
}
