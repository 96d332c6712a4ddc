"""The optional password: an argon2 hash kept with the data, asked at start, slower after
repeated wrong tries; changing or removing it needs the current one."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from dangwu_desktop.core import audit
from dangwu_desktop.core.models import Setting
from dangwu_desktop.core.services import ServiceError

if TYPE_CHECKING:
    from argon2 import PasswordHasher

PASSWORD = "security/password"
FAILURES = "security/failures"
LOCKED_UNTIL = "security/locked_until"
MINIMUM_LENGTH = 6
FREE_TRIES = 3
LONGEST_WAIT = 300  # seconds
NOT_LOGGED = "（内容不记录）"  # a password's hash has no place in the log


@cache
def _hasher() -> PasswordHasher:
    """argon2 loads when a password is first set or asked for, not at every start."""
    from argon2 import PasswordHasher

    return PasswordHasher()


def _get(session: Session, key: str) -> str:
    stored = session.get(Setting, key)
    return stored.value if stored is not None else ""


def _put(session: Session, key: str, value: str) -> None:
    stored = session.get(Setting, key)
    if stored is None:
        session.add(Setting(key=key, value=value))
    else:
        stored.value = value
    session.flush()


def has_password(session: Session) -> bool:
    return bool(_get(session, PASSWORD))


def _matches(session: Session, candidate: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(_get(session, PASSWORD), candidate)
    except (VerificationError, InvalidHashError):
        return False


def set_password(session: Session, new: str, current: str = "") -> None:
    if has_password(session) and not _matches(session, current):
        raise ServiceError("原密码不正确")
    if len(new) < MINIMUM_LENGTH:
        raise ServiceError(f"密码至少{MINIMUM_LENGTH}位")
    action = "修改" if has_password(session) else "设置"
    _put(session, PASSWORD, _hasher().hash(new))
    audit.record(session, "设置", action, "登录密码", NOT_LOGGED)


def clear_password(session: Session, current: str) -> None:
    if not _matches(session, current):
        raise ServiceError("原密码不正确")
    _put(session, PASSWORD, "")
    audit.record(session, "设置", "取消", "登录密码", NOT_LOGGED)


def wait_for(failures: int) -> int:
    """Seconds to wait after so many wrong tries in a row: none for the first three, then doubling."""
    return 0 if failures < FREE_TRIES else min(2 ** (failures - FREE_TRIES + 1), LONGEST_WAIT)


def seconds_to_wait(session: Session, now: datetime) -> int:
    until = _get(session, LOCKED_UNTIL)
    if not until:
        return 0
    return max(0, int((datetime.fromisoformat(until) - now).total_seconds() + 0.999))


def try_password(session: Session, candidate: str, now: datetime) -> bool:
    """Check a password at start; a wrong one is counted (kept with the data, so a restart does
    not reset it) and makes the next try wait."""
    if seconds_to_wait(session, now) > 0:
        return False
    if _matches(session, candidate):
        _put(session, FAILURES, "0")
        _put(session, LOCKED_UNTIL, "")
        return True
    failures = int(_get(session, FAILURES) or 0) + 1
    _put(session, FAILURES, str(failures))
    audit.record(session, "设置", "密码输错", "登录密码", f"连续输错{failures}次")
    wait = wait_for(failures)
    _put(session, LOCKED_UNTIL, (now + timedelta(seconds=wait)).isoformat() if wait else "")
    return False


def failures(session: Session) -> int:
    return int(_get(session, FAILURES) or 0)
