import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { icsFile } from '../src/calendar/ics.js';

/** Every control character (C0, DEL, C1), CRLF, and the Unicode line and paragraph separators. */
const CONTROLS = [
  '\r\n',
  ...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)),
  ...Array.from({ length: 33 }, (_, offset) => String.fromCharCode(0x7f + offset)),
  '\u2028',
  '\u2029',
];
const WRITTEN = ['BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'BEGIN', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY'];

describe('the .ics writer', () => {
  it('lets no control character become a line of its own, or stay in the file', () => {
    for (const control of CONTROLS) {
      const injected = `${control}BEGIN:VALARM${control}ACTION:DISPLAY${control}END:VALARM${control}`;
      const file = icsFile({
        uid: `sid-2027${injected}`,
        summary: `Assembly${injected}`,
        date: '2027-02-09',
        url: `https://example.org/${injected}`,
        lang: `de${injected}`,
      });
      const name = JSON.stringify(control);
      // CRLF ends each line; nothing else breaks one, and no other control character is left (tab may be)
      // eslint-disable-next-line no-control-regex -- looking for control characters
      expect(file.replaceAll('\r\n', ''), name).to.not.match(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/);
      const lines = file.split('\r\n').slice(0, -1);
      const unfolded = lines.filter((line) => !line.startsWith(' ')).map((line) => line.split(/[;:]/)[0]);
      expect(unfolded, name).to.deep.equal([...WRITTEN, 'URL', 'TRANSP', 'END', 'END']);
      const vevent = new ICAL.Component(ICAL.parse(file)).getFirstSubcomponent('vevent')!;
      expect(vevent.getAllSubcomponents(), name).to.deep.equal([]);
      expect(String(vevent.getFirstPropertyValue('summary')), name).to.match(/^Assembly[\n\t]?BEGIN:VALARM/);
    }
  });
});
