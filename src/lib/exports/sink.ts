/**
 * Where a data file's text goes: memory for the tests and the dev server, or
 * a file written in large chunks while its size and SHA-256 are counted, so
 * that a dataset of hundreds of megabytes never lives in memory as one string.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';

export interface TextSink {
  write(text: string): void;
}

export interface Written {
  size: number;
  sha256: string;
}

/** Encode and write about this many UTF-16 code units at a time. */
const CHUNK = 1 << 20;

export class FileSink implements TextSink {
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  private pending: string[] = [];
  private pendingLength = 0;
  private size = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= CHUNK) this.flush();
  }

  private flush(): void {
    if (!this.pending.length) return;
    // Whole strings only are joined, so no surrogate pair is ever split between chunks.
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    this.hash.update(bytes);
    this.size += bytes.byteLength;
    for (let at = 0; at < bytes.byteLength; ) at += writeSync(this.fd, bytes, at, bytes.byteLength - at);
  }

  close(): Written {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
    return { size: this.size, sha256: this.hash.digest('hex') };
  }
}
