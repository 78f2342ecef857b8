"""Drives `sipline sandbox` with the official Python SDK (b24pysdk), as a real client written by others would.

b24pysdk always speaks https to https://DOMAIN/rest/, so a TLS front end on loopback (a self-signed certificate
the SDK is told to trust through REQUESTS_CA_BUNDLE) forwards to the sandbox's plain http port. Nothing in the
SDK is patched. Usage: python b24pysdk_drive.py WEBHOOK_URL WORKDIR; prints one JSON report; exit 0 when every
check passed, 1 with the failed checks listed.
"""
import json
import os
import socket
import ssl
import subprocess
import sys
import threading
from urllib.parse import urlparse


def tls_front(target_port, workdir):
    """Listens with TLS on a free loopback port and forwards each connection to the sandbox. Returns the port."""
    cert, key = os.path.join(workdir, "cert.pem"), os.path.join(workdir, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    os.environ["REQUESTS_CA_BUNDLE"] = cert
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))

    def pump(source, sink):
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def serve():
        while True:
            raw, _ = listener.accept()
            try:
                client = context.wrap_socket(raw, server_side=True)
            except (ssl.SSLError, OSError):
                raw.close()
                continue
            upstream = socket.create_connection(("127.0.0.1", target_port))
            threading.Thread(target=pump, args=(client, upstream), daemon=True).start()
            threading.Thread(target=pump, args=(upstream, client), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    return listener.getsockname()[1]


def main():
    webhook, workdir = sys.argv[1], sys.argv[2]
    parsed = urlparse(webhook)
    user_id, code = [part for part in parsed.path.split("/") if part][1:3]
    port = tls_front(parsed.port, workdir)

    from b24pysdk import BitrixWebhook, Client
    from b24pysdk.errors import BitrixAPIError

    token = BitrixWebhook(domain=f"127.0.0.1:{port}", webhook_token=f"{user_id}/{code}")
    client = Client(token)
    sip = client.voximplant.sip
    report, failures = {}, []

    def check(name, condition, detail=""):
        report[name] = bool(condition)
        if not condition:
            failures.append(f"{name}: {detail}")

    # What an SDK may ask on the way: the user and the scopes of this webhook.
    profile = token.call_method(api_method="profile")
    check("profile", str(profile["result"]["ID"]) == user_id, profile)
    scope = token.call_method(api_method="scope")
    check("scope lists telephony", "telephony" in scope["result"], scope)

    cloud = sip.add(type="cloud", title="SDK cloud", server="sip.sdk.example", login="sdk1", password="sdk-pass-1").result
    check("add cloud", cloud.get("REG_ID") and cloud.get("TYPE") == "cloud", cloud)
    office = sip.add(type="office", title="SDK office", server="pbx.sdk.example", login="sdk2", password="sdk-pass-2").result
    check("add office", office.get("INCOMING_SERVER") and office.get("TYPE") == "office", office)

    # 53 more office lines in two batches (50 + 3): batch with an array of commands.
    adds = [sip.add(type="office", title=f"SDK bulk {n:02d}", server="pbx.sdk.example", login=f"bulk{n}",
                    password="bulk-pass") for n in range(53)]
    first = client.call_batch(adds[:50]).call()
    check("batch of 50 adds", len(first.result.result) == 50 and not first.result.result_error, first.result.result_error)
    second = client.call_batch(adds[50:]).call()
    check("batch of 3 adds", len(second.result.result) == 3, second.result.result_error)

    # Every page: the SDK reads page one, then the rest through batch (start=50).
    everything = sip.get().as_list().result
    check("list all pages", len(everything) == 55, len(everything))

    mine = sip.get(filter={"TITLE": "SDK cloud"}).result
    check("filter by title", len(mine) == 1 and mine[0]["TITLE"] == "SDK cloud", mine)

    try:
        sip.add(type="cloud", title="sdk CLOUD", server="s.example", login="x", password="y").result
        check("TITLE_EXISTS", False, "a second line with the same title was made")
    except BitrixAPIError as error:
        check("TITLE_EXISTS", error.error == "TITLE_EXISTS", error.error)

    status = sip.status(reg_id=int(cloud["REG_ID"])).result
    check("status", status.get("STATUS_RESULT") in ("wait", "in_progress", "success", "error"), status)

    # A batch with a failing command and halt: the failure in result_error, the rest not run.
    halted = client.call_batch({"bad": sip.delete(config_id=999999), "after": sip.get()}, halt=True).call()
    errors = halted.result.result_error
    check("batch halt", "bad" in errors and "after" not in halted.result.result, halted.result)

    deleted = sip.delete(config_id=int(office["CONFIG_ID"])).result
    check("delete", deleted in (1, True, "1"), deleted)
    after = sip.get().as_list().result
    check("deleted line gone", len(after) == 54 and all(l["CONFIG_ID"] != office["CONFIG_ID"] for l in after), len(after))

    report["failures"] = failures
    print(json.dumps(report, sort_keys=True))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
