#!/usr/bin/env python3
"""Reads a CSV file written by `upstander export` with Python's csv module, an outside parser,
and prints what it read as JSON: {"header": [...], "rows": [[...], ...]}.

It also checks RFC 4180 on the way and exits 1 with a message on standard error when:
- the file is not UTF-8, or starts with a byte order mark;
- a record has a different number of fields than the header;
- writing the parsed records back with csv.writer (minimal quoting, CRLF line ends) does not give
  the same bytes: every record ends with CRLF, and exactly the fields holding a comma, a double
  quote, CR or LF are quoted, with their quotes doubled.

Usage: export_csv.py FILE.csv   (run by tests/tst_export.cpp)
"""
import csv
import io
import json
import sys


def main(path):
    with open(path, 'rb') as f:
        data = f.read()
    if data.startswith(b'\xef\xbb\xbf'):
        sys.exit(f'{path}: starts with a byte order mark')
    try:
        text = data.decode('utf-8', errors='strict')
    except UnicodeDecodeError as e:
        sys.exit(f'{path}: not UTF-8: {e}')
    try:
        records = list(csv.reader(io.StringIO(text, newline=''), strict=True))
    except csv.Error as e:
        sys.exit(f'{path}: not valid CSV: {e}')
    if not records:
        sys.exit(f'{path}: no header')
    header, rows = records[0], records[1:]
    for number, row in enumerate(rows, start=2):
        if len(row) != len(header):
            sys.exit(f'{path}: record {number} has {len(row)} fields, the header {len(header)}')
    out = io.StringIO(newline='')
    csv.writer(out, lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL).writerows(records)
    if out.getvalue().encode('utf-8') != data:
        sys.exit(f'{path}: differs from the same records written per RFC 4180')
    json.dump({'header': header, 'rows': rows}, sys.stdout)


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: export_csv.py FILE.csv')
    main(sys.argv[1])
