"""年度登记表: the registers townships keep beside the ledgers, made from what the program already
holds — a 党员日常管理记实表 per member per year (一人一表), and the year's 新发展党员, 预备党员
转正, 转入党员 and 转出党员登记表. Each is an export of its own (the roster page's 导出 menu and
文件 menu, the command line's `export`, the self-test) and a part of the year's archive."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangwu_desktop.ledgers.base import (
    BinderSection,
    Export,
    ExportScope,
    Ledger,
    Span,
    lazy,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.orm import Session

    from dangwu_desktop.core.services.settings import SettingSpec


def _member_records(session: Session, scope: ExportScope) -> Any:
    from dangwu_desktop.ledgers.registers.book import member_years

    return member_years(session, scope)


def _write_member_records(target: Path, records: Any, branch: str, scope: ExportScope) -> Path:
    from dangwu_desktop.io.member_record_docx import export_member_records

    return export_member_records(target, records, branch, scope.today)


def _records_file(branch: str, scope: ExportScope) -> str:
    who = f"（{scope.person.name}）" if scope.person is not None else ""
    return f"{branch}{scope.year}年党员日常管理记实表{who}.docx"


def _records_done(records: Any, scope: ExportScope) -> str:
    if scope.person is not None:
        return f"已生成{scope.person.name}的{scope.year}年度党员日常管理记实表："
    return f"已生成{len(records)}名党员的{scope.year}年度党员日常管理记实表（一人一表）："


MEMBER_RECORDS = Export(
    key="member-records",
    title="党员日常管理记实表（一人一表）",
    suffix=".docx",
    span=Span.PERSON,
    file_name=_records_file,
    gather=_member_records,
    write=_write_member_records,
    done=_records_done,
    find_person=lazy(f"{__name__}.book:find_members"),
)


def _register(key: str, title: str, made: str) -> Export:
    """One of the year's four registers, each read by its function in tables' module."""

    def gather(session: Session, scope: ExportScope) -> Any:
        from dangwu_desktop.ledgers.registers.binder import register_named

        return register_named(session, scope, key)

    def write(target: Path, register: Any, branch: str, scope: ExportScope) -> Path:
        from dangwu_desktop.io.registers_xlsx import export_register

        return export_register(target, register, branch, scope.today)

    return Export(
        key=key,
        title=title,
        suffix=".xlsx",
        span=Span.YEAR,
        file_name=lambda branch, scope: f"{branch}{scope.year}年{title}.xlsx",
        gather=gather,
        write=write,
        done=lambda register, scope: (
            f"已导出{scope.year}年{title}（{len(register.rows)}名{made}）："
        ),
    )


NEW_MEMBERS = _register("new-members-register", "新发展党员登记表", "新党员")
CONFIRMATIONS = _register("confirmation-register", "预备党员转正登记表", "预备党员")
TRANSFERS_IN = _register("transfer-in-register", "转入党员登记表", "转入党员")
TRANSFERS_OUT = _register("transfer-out-register", "转出党员登记表", "转出党员")
# The four registers, in the order they are filed (the roster page offers them by these keys).
REGISTER_KEYS = tuple(e.key for e in (NEW_MEMBERS, CONFIRMATIONS, TRANSFERS_IN, TRANSFERS_OUT))


def _settings() -> Sequence[SettingSpec]:
    from dangwu_desktop.ledgers.registers.reminders import RECEIPT_MONTHS

    return (RECEIPT_MONTHS,)


LEDGER = Ledger(
    "registers",
    "年度登记表",
    exports=(MEMBER_RECORDS, NEW_MEMBERS, CONFIRMATIONS, TRANSFERS_IN, TRANSFERS_OUT),
    reminders=lazy(f"{__name__}.reminders:reminders"),
    settings=_settings,
    binder=(
        BinderSection(
            "党员发展、转正和组织关系转接登记",
            25,
            lazy(f"{__name__}.binder:register_items"),
            REGISTER_KEYS,
            lazy(f"{__name__}.binder:transfer_checks"),
        ),
        BinderSection(
            "党员日常管理记实表（一人一表）",
            95,
            lazy(f"{__name__}.binder:member_record_items"),
            (MEMBER_RECORDS.key,),
        ),
    ),
)
