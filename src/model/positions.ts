/** Turns offsets into the decoded text into 1-based line and column, in one place. */

export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  /** Offset at which each line starts. CRLF, CR and LF all end a line. */
  private readonly starts: number[];
  readonly length: number;
  /** Offsets of the CR of each CRLF. */
  private readonly crlfAt: Set<number>;

  constructor(text: string) {
    const starts = [0];
    const crlfAt = new Set<number>();
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) {
          crlfAt.add(i);
          i++;
        }
        starts.push(i + 1);
      }
    }
    this.starts = starts;
    this.crlfAt = crlfAt;
    this.length = text.length;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line and column of an offset; offsets outside the text are clamped. */
  position(offset: number): Position {
    let o = Math.max(0, Math.min(offset, this.length));
    // Between the CR and the LF of a CRLF is not a place in a line: the end of the line it ends.
    if (o > 0 && this.crlfAt.has(o - 1)) o--;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }

  /** Offset of the start of a 1-based line (clamped). */
  lineStart(line: number): number {
    const i = Math.max(1, Math.min(line, this.starts.length)) - 1;
    return this.starts[i];
  }

  /** Offset just past the last character of a 1-based line, before its line ending. */
  lineEnd(line: number, text: string): number {
    const next = line < this.starts.length ? this.starts[line] : text.length;
    let end = next;
    while (end > this.lineStart(line) && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }
}
