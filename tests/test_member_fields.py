"""The member field registry: every list of member fields is generated from it, and the typed
records, the model and the member dialog hold each of its fields."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from dangwu_desktop.core import audit
from dangwu_desktop.core.glossary import MemberCategory, MembershipStatus, Sex
from dangwu_desktop.core.member_data import FIELD_LABELS, MemberData
from dangwu_desktop.core.member_fields import (
    IMPORT_FIELDS,
    MEMBER_FIELDS,
    FieldType,
    MemberField,
    Source,
    audit_labels,
    editable_fields,
    field_labels,
    import_labels,
    import_synonyms,
    text_kinds,
    widget_names,
)
from dangwu_desktop.core.models import Member
from dangwu_desktop.core.roster import COLUMNS, RosterRow, masked, roster_columns, roster_query
from dangwu_desktop.core.rules import DATE_FIELDS, MEMBER_TEXT_KINDS
from dangwu_desktop.core.services import members as member_service
from dangwu_desktop.core.text_rules import TextKind
from dangwu_desktop.io import roster_export
from dangwu_desktop.io.roster_columns import IGNORED, SYNONYMS, TARGET_LABELS, match_header
from dangwu_desktop.ui.context import AppContext
from dangwu_desktop.ui.dialogs import member_dialog
from dangwu_desktop.ui.dialogs.member_dialog import MemberDialog

# A field a village might ask for next: added to a copy of the registry, never to the real one.
WECHAT = MemberField(
    "wechat",
    "微信号",
    synonyms=("微信号", "微信"),
    title="微信",
    width=90,
    workbook_title="微信号码",
    workbook_width=14,
    audit_label="微信",
)
WITH_WECHAT = (*MEMBER_FIELDS, WECHAT)


def test_a_field_added_to_the_registry_shows_up_in_every_list() -> None:
    assert field_labels(WITH_WECHAT)["wechat"] == "微信号"
    assert text_kinds(WITH_WECHAT)["wechat"] is TextKind.LINE
    assert import_synonyms(WITH_WECHAT)["wechat"] == ("微信号", "微信")
    assert import_labels(WITH_WECHAT)["wechat"] == "微信号"
    assert roster_columns(WITH_WECHAT)[-1].key == "wechat"
    assert roster_columns(WITH_WECHAT)[-1].title == "微信"
    assert roster_columns(WITH_WECHAT)[-1].width == 90
    assert roster_export.export_columns(WITH_WECHAT)[-1].title == "微信号码"
    assert roster_export.export_columns(WITH_WECHAT)[-1].width == 14
    assert audit_labels(WITH_WECHAT)["wechat"] == "微信"
    assert widget_names("wechat") == ("wechatEdit", "wechatCombo")


def test_a_field_without_synonyms_is_not_imported_and_one_left_out_of_the_workbook_is_not_exported() -> (
    None
):
    private = MemberField("note_to_self", "内部备注", in_workbook=False)
    assert "note_to_self" not in import_synonyms((*MEMBER_FIELDS, private))
    assert "note_to_self" not in import_labels((*MEMBER_FIELDS, private))
    titles = [c.title for c in roster_export.export_columns((*MEMBER_FIELDS, private))]
    assert "内部备注" not in titles
    assert roster_columns((*MEMBER_FIELDS, private))[-1].title == "内部备注"


def test_field_labels_name_the_editable_fields() -> None:
    assert FIELD_LABELS == {
        "name": "姓名", "sex": "性别", "ethnicity": "民族", "birth_date": "出生日期",
        "id_number": "公民身份号码", "native_place": "籍贯", "education": "学历",
        "join_date": "入党时间", "full_member_date": "转正时间", "category": "人员类别",
        "occupation": "工作岗位", "phone": "联系电话", "address": "家庭住址",
        "group_name": "所在党小组", "party_post": "党内职务", "remarks": "备注",
    }  # fmt: skip


def declared_type(member_field: MemberField) -> tuple[str, ...]:
    """The annotations MemberData and RosterRow may give a field of this type."""
    if member_field.type is FieldType.CHOICE:
        assert member_field.choices is not None
        name = member_field.choices.__name__
        return (name, f"{name} | None")
    return {FieldType.TEXT: ("str",), FieldType.DATE: ("date | None",), FieldType.FLAG: ("bool",)}[
        member_field.type
    ]


def test_member_data_declares_each_editable_field_with_its_type_in_order() -> None:
    declared = {f.name: f.type for f in fields(MemberData)}
    assert list(declared) == [f.key for f in editable_fields()]
    for member_field in editable_fields():
        assert declared[member_field.key] in declared_type(member_field), member_field.key


def test_roster_row_has_an_attribute_per_field_besides_what_search_needs() -> None:
    declared = {f.name: f.type for f in fields(RosterRow)}
    assert set(declared) == {
        "member_id",
        *(f.key for f in MEMBER_FIELDS),
        "due_for_confirmation",
        "haystack",
    }
    for member_field in MEMBER_FIELDS:
        assert declared[member_field.key] in declared_type(member_field), member_field.key


def test_the_model_has_a_column_for_each_stored_field() -> None:
    columns = Member.__table__.c
    for member_field in MEMBER_FIELDS:
        if member_field.source is Source.COLUMN:
            assert member_field.key in columns, f"Member lacks a column {member_field.key}"
            assert columns[member_field.key].nullable == (
                member_field.empty_as_null or member_field.type is FieldType.DATE
            ), member_field.key


def test_the_roster_query_names_each_column_by_its_field() -> None:
    names = [column.name for column in roster_query().selected_columns]
    assert names == ["member_id", *(f.key for f in MEMBER_FIELDS), "search_key"]


def test_roster_columns_follow_the_registry() -> None:
    assert [(c.key, c.title, c.width, c.hidden_by_default) for c in COLUMNS] == [
        ("name", "姓名", 80, False), ("sex", "性别", 48, False), ("ethnicity", "民族", 64, False),
        ("birth_date", "出生日期", 96, False), ("id_number", "公民身份号码", 168, False),
        ("native_place", "籍贯", 90, True), ("education", "学历", 80, False),
        ("join_date", "入党时间", 96, False), ("full_member_date", "转正时间", 96, False),
        ("category", "人员类别", 130, False), ("occupation", "工作岗位", 100, False),
        ("phone", "联系电话", 110, False), ("address", "家庭住址", 150, True),
        ("group_name", "党小组", 96, False), ("party_post", "党内职务", 80, False),
        ("is_mobile", "流动党员", 70, False), ("mobile_place", "流向", 110, True),
        ("status", "党籍状态", 72, False), ("remarks", "备注", 150, True),
    ]  # fmt: skip


def test_roster_cells_show_each_type_in_words() -> None:
    row = RosterRow(
        member_id=1, name="张三", sex=Sex.MALE, ethnicity="汉族", birth_date=date(1980, 5, 1),
        id_number="", native_place="", education="", join_date=date(2020, 1, 2),
        full_member_date=None, category=MemberCategory.FULL, occupation="", phone="",
        address="", group_name="", party_post="", status=MembershipStatus.ACTIVE,
        is_mobile=True, mobile_place="宁波", remarks="", due_for_confirmation=False,
        haystack="zhangsan zs",
    )  # fmt: skip
    shown = {c.key: c.value(row) for c in COLUMNS}
    assert shown["sex"] == "男" and shown["birth_date"] == "1980-05-01"
    assert shown["full_member_date"] == "" and shown["is_mobile"] == "是"
    assert shown["category"] == "正式党员" and shown["status"] == "在册"
    exported = {c.title: c.value(row) for c in roster_export.COLUMNS}
    assert exported["性别"] == "男" and exported["出生日期"] == date(1980, 5, 1)
    assert exported["是否流动党员"] == "是" and exported["人员类别"] == "正式党员"


def test_workbook_columns_follow_the_registry() -> None:
    assert [(c.title, c.width, c.centred) for c in roster_export.COLUMNS] == [
        ("姓名", 8, True), ("性别", 4.5, True), ("民族", 6, True), ("出生日期", 10.5, True),
        ("公民身份号码", 19.5, True), ("籍贯", 8, True), ("学历", 8, True),
        ("入党时间", 10.5, True), ("转正时间", 10.5, True), ("人员类别", 8.5, True),
        ("工作岗位", 12.5, True), ("联系电话", 12, True), ("家庭住址", 22, False),
        ("党小组", 10, True), ("党内职务", 8, True), ("是否流动党员", 6.5, True),
        ("流向", 12, False), ("党籍状态", 6.5, True), ("备注", 12, False),
    ]  # fmt: skip


def test_every_workbook_title_imports_back_into_its_field() -> None:
    for member_field in MEMBER_FIELDS:
        if member_field.in_workbook:
            assert match_header(member_field.export_title) == member_field.key


def test_every_synonym_names_its_own_field() -> None:
    for key, synonyms in SYNONYMS.items():
        for synonym in synonyms:
            assert match_header(synonym) == key, synonym


def test_import_targets_are_the_fields_with_synonyms_and_the_ignored_column() -> None:
    assert set(TARGET_LABELS) == {f.key for f in IMPORT_FIELDS if f.synonyms} | {IGNORED}
    assert TARGET_LABELS["mobile_since"] == "流出时间" and match_header("接收组织") == "mobile_org"
    assert set(SYNONYMS) == set(TARGET_LABELS)
    assert TARGET_LABELS["is_mobile"] == "是否流动党员" and TARGET_LABELS[IGNORED] == "序号"


def test_audit_names_member_fields_from_the_registry() -> None:
    for member_field in MEMBER_FIELDS:
        assert audit.field_label(Member, member_field.key) == member_field.logged_as
    assert audit.field_label(Member, "is_mobile") == "流动党员"
    assert audit.field_label(Member, "group_name") == "所在党小组"


def test_text_rules_and_date_rules_cover_the_registry() -> None:
    assert MEMBER_TEXT_KINDS == {
        "name": TextKind.NAME, "ethnicity": TextKind.LINE, "id_number": TextKind.LINE,
        "native_place": TextKind.LINE, "education": TextKind.LINE, "occupation": TextKind.LINE,
        "phone": TextKind.LINE, "address": TextKind.LINE, "group_name": TextKind.LINE,
        "party_post": TextKind.LINE, "remarks": TextKind.TEXT,
    }  # fmt: skip
    assert DATE_FIELDS == ("birth_date", "join_date", "full_member_date")


def test_stored_fields_are_the_editable_columns() -> None:
    assert member_service.PLAIN_FIELDS == (
        "name", "sex", "ethnicity", "birth_date", "native_place", "education", "join_date",
        "full_member_date", "category", "occupation", "phone", "address", "party_post", "remarks",
    )  # fmt: skip
    assert member_service.NULL_WHEN_EMPTY == ("id_number",)


def test_masked_rows_hide_the_fields_the_registry_masks() -> None:
    row = RosterRow(
        member_id=1, name="张三", sex=Sex.MALE, ethnicity="汉族", birth_date=None,
        id_number="330702198005011238", native_place="", education="", join_date=None,
        full_member_date=None, category=MemberCategory.FULL, occupation="",
        phone="13800001111", address="东岙村1号", group_name="", party_post="",
        status=MembershipStatus.ACTIVE, is_mobile=False, mobile_place="", remarks="",
        due_for_confirmation=False, haystack="",
    )  # fmt: skip
    (hidden,) = masked([row])
    assert hidden.id_number == "3307**********1238"
    assert hidden.phone == "138****1111"
    assert hidden.address == "东岙村1号" and hidden.name == "张三"
    assert {f.key for f in MEMBER_FIELDS if f.mask} == {"id_number", "phone"}


@pytest.mark.usefixtures("branch")
def test_the_member_dialog_has_a_widget_for_every_editable_field(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = MemberDialog(context)
    qtbot.addWidget(dialog)
    widgets = member_dialog.field_widgets(dialog)
    assert set(widgets) == {f.key for f in editable_fields()}
    for key, widget in widgets.items():
        assert widget.objectName() in widget_names(key)


@pytest.mark.usefixtures("branch")
def test_a_field_without_its_widget_is_named_when_the_dialog_opens(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(member_dialog, "editable_fields", lambda: (*editable_fields(), WECHAT))
    with pytest.raises(LookupError, match="wechatEdit or wechatCombo"):
        MemberDialog(context)
