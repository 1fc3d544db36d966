#!/usr/bin/env python3
"""/metrics read by the Prometheus text-format parser of prometheus_client (the official Python client):
after a few requests, the latency histogram carries the routes answered and the request counter every
answer, a 404 too, with status codes; the store's reader and writer gauges and the response cache's are there,
and a repeated read is a cache hit; /healthz answers 'ok'. Reads LMHUB_URL; exits non-zero on any failure."""
import os
import sys
import urllib.error
import urllib.request

from prometheus_client.parser import text_string_to_metric_families

base = os.environ["LMHUB_URL"]
for path in ["/api/v1/standards", "/api/v1/stations/Lumphat", "/api/v1/stations/Lumphat", "/api/v1/stations/Nowhere", "/healthz"]:
    try:
        urllib.request.urlopen(base + path).read()
    except urllib.error.HTTPError as error:
        assert error.code == 404 and path.endswith("Nowhere"), f"{path}: {error.code}"

with urllib.request.urlopen(base + "/healthz") as response:
    assert response.read() == b"ok", "healthz is not ok"

with urllib.request.urlopen(base + "/metrics") as response:
    assert response.headers["Content-Type"].startswith("text/plain; version=0.0.4"), response.headers["Content-Type"]
    text = response.read().decode("utf-8")

families = {family.name: family for family in text_string_to_metric_families(text)}
requests = families.get("http_server_request_duration")
assert requests is not None and requests.type == "histogram", f"no request histogram among {sorted(families)}"
counts = {(s.labels.get("http_route"), s.labels.get("http_response_status_code")): s.value
          for s in requests.samples if s.name.endswith("_count")}
for key in [("/api/v1/standards", "200"), ("/api/v1/stations/{id}", "200")]:
    assert counts.get(key, 0) >= 1, f"no request timed for {key}: {counts}"
# Every answer, failures too, is counted in hb_requests (a counter: prometheus_client names its family without _total).
counted = families.get("hb_requests")
assert counted is not None and counted.type == "counter", f"no request counter among {sorted(families)}"
totals = {(s.labels.get("http_route"), s.labels.get("http_response_status_code")): s.value for s in counted.samples}
assert totals.get(("/api/v1/stations/{id}", "404"), 0) >= 1, f"the 404 is not counted: {totals}"
# The store's readers and writer, and the caches: gauges read when /metrics is asked, lookups counted.
for name in ["lmhub_db_readers", "lmhub_db_writes_waiting", "lmhub_response_cache_entries", "lmhub_response_cache_bytes",
             "lmhub_store_revision"]:
    assert name in families and families[name].type == "gauge", f"no gauge {name} among {sorted(families)}"
assert {s.labels.get("state") for s in families["lmhub_db_readers"].samples} == {"in_use", "waiting"}
lookups = {s.labels.get("result"): s.value for s in families["lmhub_response_cache_lookups"].samples}
assert lookups.get("hit", 0) >= 1 and lookups.get("miss", 0) >= 1, f"the second read of Lumphat is not a cache hit: {lookups}"
# The server filled its new database with the bundled water and air files: two imports.
imports = {s.labels.get("result"): s.value for s in families["lmhub_imports"].samples}
assert imports.get("stored", 0) >= 2, f"the seeding imports are not counted: {imports}"
print(f"metrics: {len(families)} families parsed by prometheus_client; routes counted: {len(counts)}")
print("metrics: ok")
