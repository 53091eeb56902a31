#!/usr/bin/env python3
"""Regenerates the ingest fixtures: Fixtures/ingest/ (good inputs) and Fixtures/broken/ (broken inputs).

Deterministic: fixed texts, gzip with mtime 0 and no file name, fixed cut points. Run from anywhere:

    python3 Scripts/make-ingest-fixtures.py

Each file is described in Fixtures/ingest/README.md and Fixtures/broken/README.md; tests in
Tests/CrosscheckTests/ rely on the offsets and line numbers noted there, so keep them in sync.
"""
import gzip
import json
import os
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOOD = os.path.join(ROOT, "Fixtures", "ingest")
BROKEN = os.path.join(ROOT, "Fixtures", "broken")


def gz(data: bytes, level: int = 9) -> bytes:
    """One gzip member, reproducible: mtime 0, no file name."""
    return gzip.compress(data, compresslevel=level, mtime=0)


def jsonl(objects) -> bytes:
    return b"".join(json.dumps(o, ensure_ascii=False, sort_keys=True).encode() + b"\n" for o in objects)


def write(directory: str, name: str, data: bytes) -> None:
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data)
    print(f"{os.path.relpath(os.path.join(directory, name), ROOT)}: {len(data)} bytes")


# Small invented articles (not taken from any corpus).
ARTICLES = [
    {"id": "harbour-1", "source": "Coast Gazette", "title": "Harbour bridge reopens after repairs",
     "published": "2024-03-01", "url": "https://example.org/harbour-1",
     "text": "The harbour bridge reopened on Friday after a two-month closure, the city council said."},
    {"id": "harbour-2", "source": "Bay Times", "title": "Bridge open again",
     "text": "\u201cWe are glad to have it back,\u201d said Mayor Ana Ruiz. Traffic rose by 12% on Saturday."},
    {"id": "harbour-3", "source": "Coast Gazette",
     "text": "Repairs cost \u20ac4.5 million, twice the first estimate."},
    {"id": "harbour-4", "source": "Bay Times",
     "text": "Ferry operators said demand fell by about a third during the closure."},
]


def good() -> None:
    # Two gzip members concatenated (as `cat a.gz b.gz` makes): lines 1-2 in the first, 3-4 in the second.
    write(GOOD, "multi-member.jsonl.gz", gz(jsonl(ARTICLES[:2])) + gz(jsonl(ARTICLES[2:])))
    # One gzip member followed by 1024 zero bytes of padding (tape and block-device tools add these).
    text = b"Harbour bridge reopens\n\nThe bridge reopened on Friday.\n"
    write(GOOD, "zero-padded.txt.gz", gz(text) + bytes(1024))
    # A zlib stream (RFC 1950, not gzip) with an unknown extension: compression and format are both sniffed.
    write(GOOD, "zlib-stream.zz", zlib.compress(jsonl(ARTICLES[:3]), 9))
    # Plain text with a UTF-8 byte order mark, CRLF line breaks and a headline.
    write(GOOD, "bom-crlf.txt", b"\xef\xbb\xbfCaf\xc3\xa9 owners protest rent rise\r\n\r\n"
          b"Owners of the caf\xc3\xa9s on Quay Street said rents rose 30%.\r\n")
    # A .json array of two articles that use other field names (body, headline, outlet, link, date).
    renamed = [{"link": a.get("url"), "headline": a.get("title"), "outlet": a["source"], "body": a["text"],
                "date": a.get("published")} for a in ARTICLES[:2]]
    write(GOOD, "renamed-fields.json", json.dumps(renamed, ensure_ascii=False, indent=2, sort_keys=True).encode() + b"\n")


def broken() -> None:
    body = jsonl(ARTICLES * 20)
    member = gz(body)
    # Cut in the middle of the deflate data: a truncated stream, reported at byte 300 (where the input ends).
    write(BROKEN, "truncated.jsonl.gz", member[:300])
    # One byte flipped inside the deflate data: zlib reports a bad block, distance or checksum.
    damaged = bytearray(member)
    for offset in (120, 121, 122):
        damaged[offset] ^= 0xFF
    try:
        zlib.decompress(bytes(damaged), 31)
        raise SystemExit("corrupt.jsonl.gz unexpectedly decompresses")
    except zlib.error:
        pass
    write(BROKEN, "corrupt.jsonl.gz", bytes(damaged))
    # A valid member followed by text that is neither a gzip member nor zero padding.
    write(BROKEN, "trailing-garbage.txt.gz", gz(b"Short article.\n") + b"not gzip\n")
    # A decompression bomb: 50 MiB of zero bytes compress to about 50 KiB (ratio above 1000:1).
    bomb = zlib.compressobj(9, zlib.DEFLATED, 31)
    data = bomb.compress(bytes(50 << 20)) + bomb.flush()
    assert len(data) < 100_000
    write(BROKEN, "bomb.txt.gz", data)
    # Invalid UTF-8: a Latin-1 "é" (0xE9) at byte 17.
    write(BROKEN, "bad-utf8.txt", b"Cafe reopens\n\nCaf\xe9 au lait costs more.\n")
    # Line 3 is not valid JSON (unterminated string).
    lines = jsonl(ARTICLES[:2]) + b'{"id": "harbour-3", "text": "unterminated}\n' + jsonl(ARTICLES[3:])
    write(BROKEN, "bad-json-line3.jsonl", lines)
    # Line 2 has no "text" field.
    write(BROKEN, "missing-text.jsonl", jsonl([ARTICLES[0], {"id": "no-text", "title": "Headline only"}]))
    # Nesting 100000 levels deep inside an otherwise valid article object.
    depth = 100_000
    write(BROKEN, "deep.json", b'{"id": "deep", "text": "x", "meta": ' + b"[" * depth + b"]" * depth + b"}\n")


if __name__ == "__main__":
    good()
    broken()
