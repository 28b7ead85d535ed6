"""A real Dovecot IMAP server on a free loopback port, with its own config in a temp dir."""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from imapclient import IMAPClient

DOVECOT = "/usr/sbin/dovecot"
DOVEADM = shutil.which("doveadm") or "/usr/bin/doveadm"

CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = {uid}
first_valid_gid = {gid}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
mail_max_userip_connections = 100
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
"""


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def available() -> bool:
    """Return True if Dovecot can be started here (installed, and we are root)."""
    return os.path.exists(DOVECOT) and os.geteuid() == 0


@dataclass
class DovecotAccount:
    """One mail user on the server, with helpers to load and inspect its mailboxes."""

    server: DovecotServer
    user: str
    password: str

    @property
    def maildir(self) -> Path:
        return self.server.root / "mail" / self.user

    def url(self, mailbox: str = "INBOX", **options: object) -> str:
        query = "&".join(f"{k}={v}" for k, v in options.items())
        base = f"imap://{self.user}:{self.password}@127.0.0.1:{self.server.port}/{mailbox}"
        return f"{base}?{query}" if query else base

    def client(self) -> IMAPClient:
        client = IMAPClient("127.0.0.1", port=self.server.port, ssl=False, timeout=30)
        client.login(self.user, self.password)
        return client

    def append(self, messages: Iterable[bytes], folder: str = "INBOX", chunk: int = 500) -> None:
        """Deliver messages with IMAP APPEND (MULTIAPPEND in chunks)."""
        client = self.client()
        try:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            batch: list[bytes] = []
            for raw in messages:
                batch.append(raw)
                if len(batch) >= chunk:
                    client.multiappend(folder, batch)
                    batch = []
            if batch:
                client.multiappend(folder, batch)
        finally:
            client.logout()

    def flags(self, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        """Return {uid: flags} as the server holds them (read-only, changes nothing)."""
        client = self.client()
        try:
            client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
            return {uid: data[b"FLAGS"] for uid, data in client.fetch(uids, ["FLAGS"]).items()}
        finally:
            client.logout()

    def mark_seen(self, uids: list[int], folder: str = "INBOX") -> None:
        """Do what a person does when reading mail: set \\Seen."""
        client = self.client()
        try:
            client.select_folder(folder)
            client.add_flags(uids, [b"\\Seen"])
        finally:
            client.logout()

    def search_header(self, folder: str, name: str, value: str) -> list[int]:
        client = self.client()
        try:
            client.select_folder(folder, readonly=True)
            return list(client.search(["HEADER", name, value]))
        finally:
            client.logout()

    def uidvalidity(self, folder: str = "INBOX") -> int:
        client = self.client()
        try:
            return int(client.select_folder(folder, readonly=True)[b"UIDVALIDITY"])
        finally:
            client.logout()

    def kick(self) -> None:
        """Drop every IMAP connection of this user (the server side hangs up)."""
        subprocess.run(
            [DOVEADM, "-c", str(self.server.config), "kick", self.user],
            check=False,
            capture_output=True,
        )

    def change_uidvalidity(self) -> int:
        """Renumber INBOX under a new UIDVALIDITY (UIDs reversed), as after a server rebuild."""
        self.kick()
        uidlist = self.maildir / "dovecot-uidlist"
        header, *lines = uidlist.read_text().splitlines()
        fields = header.split()
        old = int(next(f for f in fields if f.startswith("V"))[1:])
        new = old + 1000
        entries = [line.split(" ", 1)[1] for line in lines if line.strip()]
        renumbered = [f"{i} {rest}" for i, rest in enumerate(reversed(entries), start=1)]
        fields = [
            f"V{new}" if f.startswith("V") else f"N{len(entries) + 1}" if f.startswith("N") else f
            for f in fields
        ]
        for index in self.maildir.glob("dovecot.index*"):
            index.unlink()
        stat = uidlist.stat()
        uidlist.write_text("\n".join([" ".join(fields), *renumbered]) + "\n")
        os.chown(uidlist, stat.st_uid, stat.st_gid)
        return new


class DovecotServer:
    """A Dovecot master process serving IMAP on 127.0.0.1:port from its own temp dir."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="arbot-dovecot-"))
        self.port = free_port()
        self.config = self.root / "dovecot.conf"
        self.uid = pwd.getpwnam("dovecot").pw_uid
        self.gid = grp.getgrnam("dovecot").gr_gid
        self._spare: list[tuple[str, str]] = []

    def start(self) -> None:
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir()
        os.chown(self.root / "mail", self.uid, self.gid)
        os.chmod(self.root, 0o755)
        (self.root / "passwd").write_text("")
        self._write_accounts(100)
        self.config.write_text(
            CONFIG.format(root=self.root, port=self.port, uid=self.uid, gid=self.gid)
        )
        subprocess.run([DOVECOT, "-c", str(self.config)], check=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not start: {self.log()}")

    def _write_accounts(self, count: int) -> None:
        """Create accounts up front: Dovecot re-reads its passwd-file at most once a second."""
        with (self.root / "passwd").open("a") as passwd:
            for _ in range(count):
                user, password = f"u{uuid.uuid4().hex[:10]}", uuid.uuid4().hex[:12]
                home = self.root / "mail" / user
                passwd.write(f"{user}:{{PLAIN}}{password}:{self.uid}:{self.gid}::{home}\n")
                self._spare.append((user, password))

    def add_account(self) -> DovecotAccount:
        """Return an account nobody has used yet."""
        if not self._spare:
            self._write_accounts(50)
            time.sleep(1.1)  # let the once-a-second passwd-file check see the new lines
        user, password = self._spare.pop(0)
        return DovecotAccount(self, user, password)

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text() if path.exists() else ""

    def stop(self) -> None:
        subprocess.run([DOVEADM, "-c", str(self.config), "stop"], check=False, capture_output=True)
        pidfile = self.root / "run" / "master.pid"
        deadline = time.monotonic() + 5
        while pidfile.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        shutil.rmtree(self.root, ignore_errors=True)


def running_server() -> Iterator[DovecotServer]:
    """Start a server, yield it, stop it."""
    server = DovecotServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
