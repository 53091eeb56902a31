#!/usr/bin/env python3
"""Writes the hand-made WARC fixtures in this folder (run from anywhere; output is deterministic).

sample.warc        warcinfo, request, chunked HTML response, metadata, gzip-encoded latin-1 HTML response (WARC/1.0),
                   a redirect and a robots.txt response (neither is an article)
truncated.warc     sample.warc cut inside the content of record 5
truncated.warc.gz  sample.warc gzip-compressed, the compressed file cut short (mid-record 5)
"""
import gzip
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRLF = b"\r\n"


def record(version, fields, content):
    head = [f"{version}".encode()]
    for name, value in fields + [("Content-Length", str(len(content)))]:
        head.append(f"{name}: {value}".encode())
    return CRLF.join(head) + CRLF + CRLF + content + CRLF + CRLF


def http(status, headers, body):
    lines = [f"HTTP/1.1 {status}".encode()] + [f"{k}: {v}".encode() for k, v in headers]
    return CRLF.join(lines) + CRLF + CRLF + body


def chunked(body, size):
    out = b""
    for start in range(0, len(body), size):
        piece = body[start:start + size]
        out += f"{len(piece):x}".encode() + CRLF + piece + CRLF
    return out + b"0" + CRLF + CRLF


FIRST_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Library extends opening hours</title>
<meta property="og:site_name" content="Valley Gazette"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Library extends opening hours</h1>
<div class="article-body">
<p>The central library will stay open until 9 p.m. on weekdays from next month, the town council decided on Monday.</p>
<p>“Students asked for this for years,” said councillor Rasmus Dahl, who proposed the change in January.</p>
<p>The longer hours will cost about 80,000 euros a year, paid for by closing one of the two mobile libraries.</p>
</div></article>
<footer>© Valley Gazette</footer></body></html>""".encode("utf-8")

SECOND_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Café owners protest new terrace fees</title></head><body>
<div class="entry-content">
<p>Owners of seven cafés on the market square protested on Friday against new fees for outdoor terraces.</p>
<p>The fee rises to 45 euros per square metre a season, and the owners say that will cost them a summer's profit.</p>
</div></body></html>""".encode("latin-1")


def sample():
    records = [
        record("WARC/1.1", [("WARC-Type", "warcinfo"), ("WARC-Date", "2024-03-01T10:00:00Z"),
                            ("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000001>"),
                            ("Content-Type", "application/warc-fields")],
               b"software: crosscheck fixture writer\r\nformat: WARC File Format 1.1\r\n"),
        record("WARC/1.1", [("WARC-Type", "request"), ("WARC-Date", "2024-03-01T10:00:01Z"),
                            ("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000002>"),
                            ("WARC-Target-URI", "https://gazette.example/library-hours"),
                            ("Content-Type", "application/http; msgtype=request")],
               b"GET /library-hours HTTP/1.1\r\nHost: gazette.example\r\nAccept: text/html\r\n\r\n"),
        record("WARC/1.1", [("WARC-Type", "response"), ("WARC-Date", "2024-03-01T10:00:02Z"),
                            ("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000003>"),
                            ("WARC-Target-URI", "https://gazette.example/library-hours"),
                            ("Content-Type", "application/http; msgtype=response")],
               http("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Transfer-Encoding", "chunked")],
                    chunked(FIRST_PAGE, 97))),
        record("WARC/1.1", [("WARC-Type", "metadata"), ("WARC-Date", "2024-03-01T10:00:02Z"),
                            ("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000004>"),
                            ("WARC-Target-URI", "https://gazette.example/library-hours"),
                            ("Content-Type", "application/warc-fields")],
               b"fetchTimeMs: 120\r\n"),
        record("WARC/1.0", [("WARC-Type", "response"), ("WARC-Date", "2024-03-01T10:05:00Z"),
                            ("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000005>"),
                            ("WARC-Target-URI", "<http://ledger.example/terrace-fees>"),
                            ("Content-Type", "application/http; msgtype=response")],
               http("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                    gzip.compress(SECOND_PAGE, mtime=0))),
        record("WARC/1.1", [("WARC-Type", "response"), ("WARC-Date", "2024-03-01T10:06:00Z"),
                            ("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000006>"),
                            ("WARC-Target-URI", "http://ledger.example/old"),
                            ("Content-Type", "application/http; msgtype=response")],
               http("301 Moved Permanently", [("Location", "http://ledger.example/terrace-fees"),
                                              ("Content-Type", "text/html")], b"<html>moved</html>")),
        record("WARC/1.1", [("WARC-Type", "response"), ("WARC-Date", "2024-03-01T10:07:00Z"),
                            ("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000007>"),
                            ("WARC-Target-URI", "http://ledger.example/robots.txt"),
                            ("Content-Type", "application/http; msgtype=response")],
               http("200 OK", [("Content-Type", "text/plain")], b"User-agent: *\nDisallow:\n")),
    ]
    return b"".join(records), records


def main():
    data, records = sample()
    (HERE / "sample.warc").write_bytes(data)
    cut = sum(len(r) for r in records[:4]) + len(records[4]) // 2
    (HERE / "truncated.warc").write_bytes(data[:cut])
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as out:
        out.write(data)
    compressed = buffer.getvalue()
    (HERE / "truncated.warc.gz").write_bytes(compressed[:int(len(compressed) * 0.75)])


if __name__ == "__main__":
    main()
