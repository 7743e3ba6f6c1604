"""A throwaway PostgreSQL server for tests and benchmarks: initdb into a temporary folder, pg_ctl on a
free port on 127.0.0.1 (its unix socket in the same folder), stopped and deleted afterwards.

PostgreSQL refuses to run as root; as root the server runs as an unprivileged system user
(``deskpg``, created when missing) through ``runuser``/``setpriv``. Binaries are looked up on PATH,
in /usr/local/bin and in /usr/lib/postgresql/*/bin; :func:`find_binaries` returns None (callers skip,
saying so) only where there are none.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SERVICE_USER = "deskpg"


def find_binaries() -> Path | None:
    candidates = []
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    candidates.append(Path("/usr/local/bin"))
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    candidates += [Path(p) for p in sorted(glob.glob("/usr/pgsql-*/bin"), reverse=True)]
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists() and (folder / "postgres").exists():
            return folder
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            real = (folder / "pg_ctl").resolve().parent
            if (real / "postgres").exists():
                return real
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _ensure_service_user() -> tuple[int, int]:
    try:
        entry = pwd.getpwnam(SERVICE_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER],
                       check=True, capture_output=True)
        entry = pwd.getpwnam(SERVICE_USER)
    return entry.pw_uid, entry.pw_gid


def _as_service_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    if shutil.which("runuser"):
        return ["runuser", "-u", SERVICE_USER, "--", *command]
    return ["setpriv", f"--reuid={SERVICE_USER}", f"--regid={SERVICE_USER}", "--init-groups", *command]


class PgServer:
    def __init__(self, bin_dir: Path, durable: bool = False, extra: dict[str, str] | None = None) -> None:
        self.bin_dir = bin_dir
        self.durable = durable
        self.extra = extra or {}
        self.folder = Path(tempfile.mkdtemp(prefix="desk-pg-"))
        self.data = self.folder / "data"
        self.port = 0
        self._databases = 0
        self.started = False

    # The connection URL of one database on this server.
    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def start(self) -> PgServer:
        if os.geteuid() == 0:
            uid, gid = _ensure_service_user()
            os.chown(self.folder, uid, gid)
            self.folder.chmod(0o700)
        self._run([str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                   "-E", "UTF8", "--locale=C", "--no-instructions"], timeout=120)
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "unix_socket_directories": f"'{self.folder}'",
            "max_connections": "40",
            "shared_buffers": "'256MB'",
            "max_wal_size": "'4GB'",
            "logging_collector": "off",
        }
        if not self.durable:
            settings.update({"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"})
        settings.update(self.extra)
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            for key, value in settings.items():
                conf.write(f"{key} = {value}\n")
        last_error = ""
        for _attempt in range(5):
            self.port = free_port()
            result = subprocess.run(_as_service_user([
                str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "server.log"),
                "-o", f"-p {self.port}", "-w", "-t", "60", "start"]), capture_output=True, text=True, timeout=90)
            if result.returncode == 0:
                self.started = True
                self._wait_ready()
                return self
            last_error = result.stderr + result.stdout + self._log_tail()
        raise RuntimeError(f"PostgreSQL did not start: {last_error}")

    def _wait_ready(self) -> None:
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres"):
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def _log_tail(self) -> str:
        log = self.folder / "server.log"
        return log.read_text(errors="replace")[-2000:] if log.exists() else ""

    def _run(self, command: list[str], timeout: float) -> None:
        result = subprocess.run(_as_service_user(command), capture_output=True, text=True, timeout=timeout)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {result.stderr or result.stdout}")

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        self._databases += 1
        name = name or f"t{os.getpid()}_{self._databases}"
        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.started:
            with contextlib.suppress(Exception):
                subprocess.run(_as_service_user([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                                                 "-w", "-t", "30", "stop"]), capture_output=True, timeout=60)
            self.started = False
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> PgServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
