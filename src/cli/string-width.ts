/**
 * string-width for yargs' help layout, loaded on first use. With its emoji and East Asian width
 * tables it took ~30 ms of every start (two thirds of loading yargs), yet only --help and usage
 * errors measure text. scripts/build-cli.ts points the bundle's `string-width` here.
 */
import { createRequire } from 'node:module';

type StringWidth = (text: string, options?: object) => number;
let impl: StringWidth | undefined;

export default function stringWidth(text: string, options?: object): number {
  impl ??= (createRequire(import.meta.url)('string-width') as { default: StringWidth }).default;
  return impl(text, options);
}
