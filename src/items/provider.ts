/**
 * A US provider named in a sentence ("you can find out what Google collects", "the DPO of
 * Facebook"): the sentence is about that provider, not about this controller. A name inside an
 * e-mail or web address ("protoboksi@gmail.com", "https://github.com/example") names no provider:
 * it is how to reach the controller.
 */
import { US_BRANDS, US_SERVICES } from '../facts/transfers.js';
import { compilePhrases } from './compile.js';

const PROVIDER = compilePhrases([...US_SERVICES, ...US_BRANDS]);
/** E-mail and web addresses, blanked before the provider is looked for. */
const ADDRESS = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}|(?:https?:\/\/|www\.)[^\s<>()"]{1,2000}/giu;

export function namesProvider(text: string): boolean {
  return PROVIDER.test(text) && PROVIDER.test(text.replace(ADDRESS, ' '));
}
