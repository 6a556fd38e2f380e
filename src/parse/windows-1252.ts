/**
 * Windows-1252's characters for bytes 0x80-0xFF, as iconv-lite decodes them: 0x80-0x9F are its
 * own (curly quotes, dashes, the euro sign; the five bytes it leaves undefined read as U+FFFD),
 * 0xA0-0xFF are Latin-1's. Used for the stray bytes of a UTF-8 file (input/decode.ts) and for HTML's
 * numeric references in 0x80-0x9F, which browsers read the same way (parse/parse-markup.ts).
 */
const C1 = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

/** The character of a byte 0x80-0xFF in Windows-1252. */
export function windows1252Char(byte: number): string {
  return byte < 0xa0 ? C1[byte - 0x80] : String.fromCharCode(byte);
}
