/** How postal addresses are written in the countries whose organisations write notices in our languages. */

/**
 * The endings of street names where postcodes have four digits (Austria, Switzerland, Denmark,
 * Norway) and in the Nordic street names beside them: "Example-Str. 11", "Hauptstraße 4",
 * "Eksempelvej 4", "Storgata 2", "Kungsvägen 3", "Mannerheimintie 5". A four-digit number is a
 * postcode only after such a street and its number; alone it would read a year.
 */
export const STREET_ENDINGS: readonly string[] = ['str.', 'straße', 'strasse', 'gasse', 'weg', 'platz', 'allee', 'vej', 'veien', 'gata', 'gatan', 'vägen', 'katu', 'tie'];
