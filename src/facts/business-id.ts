/**
 * Business identifiers (FACTS §8).
 * Finnish Y-tunnus NNNNNNN-C: weights 7,9,10,5,8,4,2; r = sum mod 11; r = 0 gives 0,
 * r = 1 is never issued, otherwise C = 11 - r. Swedish organisationsnummer NNNNNN-NNNN: Luhn.
 */

const Y_WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** The check digit the seven digits need, or null when no valid Y-tunnus starts with them. */
export function yTunnusCheckDigit(sevenDigits: string): number | null {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(sevenDigits[i]) * Y_WEIGHTS[i];
  const r = sum % 11;
  if (r === 0) return 0;
  if (r === 1) return null;
  return 11 - r;
}

export function isValidYTunnus(id: string): boolean {
  const m = /^(\d{7})-(\d)$/.exec(id);
  return !!m && yTunnusCheckDigit(m[1]) === Number(m[2]);
}

/** The Luhn check digit for the first nine digits of a Swedish organisationsnummer. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidOrganisationsnummer(id: string): boolean {
  const digits = id.replace('-', '');
  return /^\d{10}$/.test(digits) && luhnCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}
