"""Starts outpost-devserver and talks HTTP to it, for the devserver's Python checks.

Only the standard library: urllib over loopback, subprocess for the server and the openssl CLI.
"""
import http.client
import json
import os
import secrets
import subprocess
import sys
import urllib.parse


class Reply:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers  # lower-cased names
        self.body = body

    def json(self):
        return json.loads(self.body.decode("utf-8"))

    def header(self, name):
        return self.headers.get(name.lower())


class Devserver:
    """One outpost-devserver process with the control API and an admin key from the environment."""

    def __init__(self, binary, args):
        self.admin_key = secrets.token_hex(16)
        env = dict(os.environ, OUTPOST_DEVSERVER_ADMIN_API_KEY=self.admin_key)
        self.process = subprocess.Popen(
            [binary, "--port", "0", "--control", "--quiet"] + args,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        first = self.process.stdout.readline().strip()
        prefix = "listening on http://127.0.0.1:"
        if not first.startswith(prefix):
            err = self.process.stderr.read()
            raise RuntimeError(f"devserver did not start: {first!r} {err}")
        self.port = int(first[len(prefix):])
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)

    def close(self):
        self.connection.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise RuntimeError("devserver did not stop on SIGTERM")
        if self.process.returncode != 0:
            raise RuntimeError(f"devserver exited with {self.process.returncode}")

    def request(self, method, path, headers=None, body=None, form=None, json_body=None):
        headers = dict(headers or {})
        if form is not None:
            body = urllib.parse.urlencode(form, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if json_body is not None:
            body = json.dumps(json_body).encode()
            headers["Content-Type"] = "application/json"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        data = response.read()
        return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, data)

    def control(self, method, path, body=None):
        reply = self.request(method, "/__devserver/" + path, json_body=body)
        if reply.status != 200:
            raise RuntimeError(f"control {method} {path}: {reply.status} {reply.body!r}")
        return reply.json()

    def admin_headers(self, username):
        return {"Api-Key": self.admin_key, "Api-Username": username}


def rsa_key_pair(directory):
    """A 2048-bit RSA key pair made with the openssl CLI: (private PEM path, public PEM text)."""
    private = os.path.join(directory, "client.pem")
    subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
                    "-out", private], check=True, capture_output=True)
    public = subprocess.run(["openssl", "pkey", "-in", private, "-pubout"], check=True,
                            capture_output=True, text=True).stdout
    return private, public


def rsa_decrypt(private, ciphertext):
    return subprocess.run(["openssl", "pkeyutl", "-decrypt", "-inkey", private, "-pkeyopt",
                           "rsa_padding_mode:pkcs1"], input=ciphertext, check=True,
                          capture_output=True).stdout


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)
