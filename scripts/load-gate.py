#!/usr/bin/env python3
"""Load check for `airlock serve`: N clients each submit a file, poll until it has a verdict, and
repeat until the time is up. Prints throughput, p50/p99 latency from upload to verdict, and errors.

  ./scripts/load-gate.py --url http://127.0.0.1:8080 --file site/ice.xlsx --clients 20 --seconds 60

Uses the demo user `publisher` (password `demo`) unless --user/--password are given, to obtain one
API token that every request then carries. Each client waits for its verdict with
`GET /api/v1/submissions/{id}?wait=30` (the server answers when the verdict is stored); `--wait 0`
polls every 0.2 s instead. Loopback only.
"""
import argparse, base64, http.client, json, statistics, threading, time, urllib.parse, uuid


def submit(conn, auth, payload, name, target):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + payload + (
            f"\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"target\"\r\n\r\n{target}\r\n"
            f"--{boundary}--\r\n").encode()
    conn.request("POST", "/api/v1/submissions", body,
                 {"Authorization": auth, "Content-Type": f"multipart/form-data; boundary={boundary}"})
    r = conn.getresponse()
    data = r.read()
    if r.status != 202:
        raise RuntimeError(f"submit: HTTP {r.status}")
    return json.loads(data)["id"]


def state(conn, auth, sid, wait):
    query = f"?wait={wait}" if wait > 0 else ""
    conn.request("GET", f"/api/v1/submissions/{sid}{query}", headers={"Authorization": auth})
    r = conn.getresponse()
    data = r.read()
    if r.status != 200:
        raise RuntimeError(f"get: HTTP {r.status}")
    return json.loads(data)["state"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", default="http://127.0.0.1:8080")
    p.add_argument("--file", required=True)
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--user", default="publisher")
    p.add_argument("--password", default="demo")
    p.add_argument("--wait", type=int, default=30,
                   help="seconds the server may hold each status request until the verdict (0: poll every 0.2 s)")
    a = p.parse_args()
    url = urllib.parse.urlparse(a.url)
    if url.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("load-gate: loopback addresses only")
    payload = open(a.file, "rb").read()
    # One API token for every request: HTTP Basic would cost a bcrypt check on each poll.
    basic = "Basic " + base64.b64encode(f"{a.user}:{a.password}".encode()).decode()
    c = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)
    c.request("POST", "/api/v1/tokens", json.dumps({"name": "load-gate"}),
              {"Authorization": basic, "Content-Type": "application/json"})
    r = c.getresponse()
    if r.status != 201:
        raise SystemExit(f"load-gate: could not get an API token: HTTP {r.status}")
    auth = "Bearer " + json.loads(r.read())["token"]
    latencies, errors, lock = [], [], threading.Lock()
    deadline = time.monotonic() + a.seconds

    def client(n):
        conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=300)
        i = 0
        while time.monotonic() < deadline:
            i += 1
            t0 = time.monotonic()
            try:
                sid = submit(conn, auth, payload, "load.xlsx", f"load/c{n}-{i}.xlsx")
                while state(conn, auth, sid, a.wait) in ("RECEIVED", "INSPECTING"):
                    if a.wait <= 0:
                        time.sleep(0.2)
                with lock:
                    latencies.append(time.monotonic() - t0)
            except Exception as e:  # counted, not fatal: the run measures errors
                with lock:
                    errors.append(str(e))
                conn.close()
                conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=300)

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(a.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    lat = sorted(latencies)
    pct = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] if lat else float("nan")
    print(f"clients {a.clients}, {elapsed:.1f} s, {len(lat)} verdicts, {len(lat) / elapsed:.2f} verdicts/s, "
          f"p50 {pct(0.50):.2f} s, p99 {pct(0.99):.2f} s, max {lat[-1] if lat else float('nan'):.2f} s, errors {len(errors)}")
    if errors:
        print("first errors:", errors[:3])


if __name__ == "__main__":
    main()
