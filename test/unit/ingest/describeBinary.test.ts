import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeBinary } from '../../../ingest/describeBinary.ts';

const judge = (text: string) => describeBinary(Buffer.from(text, 'latin1'), text);

describe('describeBinary', () => {
  it('reads text with no control character, or only tabs and line ends, as text', () => {
    assert.equal(judge('The ferry left at noon.\r\n\tIt came back empty.\f'), null);
  });

  it('reads text with a stray control character among many letters as text', () => {
    assert.equal(judge(`${'a'.repeat(200)}\u0007${'b'.repeat(200)}`), null);
  });

  it('reads bytes with many control characters as binary data, whichever control they are', () => {
    for (const control of ['\u0001', '\u0008', '\u000e', '\u001f', '\u007f']) {
      assert.equal(
        judge(`ab${control}`.repeat(50)),
        'binary data (control characters)',
        JSON.stringify(control),
      );
    }
  });

  it('names a NUL byte and a known signature before counting controls', () => {
    assert.equal(judge('plain\u0000text'), 'binary data (NUL bytes)');
    assert.equal(
      describeBinary(Uint8Array.of(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31), '%PDF-1'),
      'a PDF document',
    );
  });
});
