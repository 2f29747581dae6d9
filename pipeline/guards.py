"""What keeps an output folder whole: one run at a time writes it (:func:`output_lock`), SIGTERM stops a
run the way Ctrl-C does (:func:`sigterm_as_interrupt`), and no signal lands in the middle of the commit of
the tables (:func:`signals_held`)."""

from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .cache import STORE
from .errors import Errors, OutputError

try:
    import fcntl
except ImportError:  # not POSIX: no lock
    fcntl = None


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold ``OUTDIR/.factbox/lock`` for the run: two runs writing one folder would mix their tables.

    The lock is an ``flock`` on a file that records the holder's pid. The kernel releases it when the run
    ends in any way, SIGKILL included, so a lock is never stale, provided no other process shares the open
    file: processes forked during the run (pool workers) let go of it at once (:func:`_release_in_child`),
    and it is not inherited across ``exec``.
    """
    if fcntl is None:  # not POSIX: no lock
        yield
        return
    (out / STORE).mkdir(exist_ok=True)
    fd = os.open(out / STORE / "lock", os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    _HELD_LOCKS.add(fd)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            who = f" (pid {holder})" if holder.isdigit() else ""
            raise OutputError(Errors.E058.format(path=out, who=who)) from exc
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        _HELD_LOCKS.discard(fd)
        os.close(fd)


_HELD_LOCKS: set[int] = set()  # descriptors of output-folder locks this process holds


def _release_in_child() -> None:
    """In a freshly forked child: stop sharing the parent's locks (the lock lives as long as any process
    holds its open file, so a worker left behind by a killed run would keep the folder locked). The
    descriptor is pointed at /dev/null rather than closed, so its number stays valid in the child."""
    for fd in list(_HELD_LOCKS):
        try:
            null = os.open(os.devnull, os.O_RDONLY)
            os.dup2(null, fd)
            os.close(null)
        except OSError:
            pass
    _HELD_LOCKS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_release_in_child)


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM like Ctrl-C while running, so ``kill`` also cleans up and leaves consistent outputs."""
    if not _in_main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back while the outputs are renamed into place; raise afterwards."""
    if not _in_main_thread():
        yield
        return
    received: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, frame: received.append(signum))
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, signal.SIG_DFL if handler is None else handler)
    if received:
        raise KeyboardInterrupt(f"signal {received[0]}")
