"""The planned procedure on the Questions step: stored, reloaded, and on the nurse sheet."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from neuromod_aid.db import records_repo as repo

QUESTIONS = 4
SUMMARY = 5


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def stored_record(window):
    controller = window.controller
    controller.flush()
    with window.services.consultations.database.session() as session:
        return repo.load_consultation(session, controller.consultation_id).record


def questions_step(window, discussed: tuple[str, ...] = ("drg", "scs")):
    window.new_consultation("Pat Procedure", "Dr. Test")
    window.controller.update(lambda record: replace(record, therapies_discussed=discussed))
    window.walkthrough.go(QUESTIONS)
    return window.walkthrough.page("questions").procedure


def tick(editor, thinner_id: str) -> None:
    for i in range(editor.thinners.count()):
        item = editor.thinners.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == thinner_id:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(thinner_id)


def test_a_planned_procedure_is_stored_and_cleared(window, qtbot) -> None:
    editor = questions_step(window)
    assert window.controller.record.procedure is None
    assert not editor.details.isEnabled()
    editor.planned.setFocus()
    QTest.keyClick(editor.planned, Qt.Key.Key_Space)  # keyboard reachable
    assert editor.details.isEnabled()
    procedure = window.controller.record.procedure
    assert procedure is not None and procedure.therapy == "drg"  # the first discussed
    assert procedure.blood_thinners == () and procedure.trial_days == 7

    editor.therapy.setCurrentIndex(editor.therapy.findData("scs"))
    editor.date.set_value(dt.date(2031, 5, 6))
    qtbot.keyClicks(editor.arrival, "07:30")
    qtbot.keyClick(editor.arrival, Qt.Key.Key_Return)  # a time is taken when typing ends
    qtbot.keyClicks(editor.place, "Day unit, floor 2")
    tick(editor, "warfarin")
    editor.trial_days.setValue(10)
    procedure = window.controller.record.procedure
    assert procedure.therapy == "scs"
    assert procedure.date == dt.date(2031, 5, 6)
    assert procedure.arrival_time == "07:30"
    assert procedure.place == "Day unit, floor 2"
    assert procedure.blood_thinners == ("warfarin",)
    assert procedure.trial_days == 10
    assert window.controller.pending  # goes through the autosave path
    assert stored_record(window).procedure == procedure

    editor.planned.click()
    assert window.controller.record.procedure is None
    assert stored_record(window).procedure is None


def test_the_trial_length_needs_a_therapy_with_a_trial(window) -> None:
    editor = questions_step(window)
    editor.planned.click()
    no_trial = [t.id for t in window.services.catalog.therapies if not t.trial.used]
    editor.therapy.setCurrentIndex(editor.therapy.findData(no_trial[0]))
    assert not editor.trial_days.isEnabled()
    editor.therapy.setCurrentIndex(editor.therapy.findData("scs"))
    assert editor.trial_days.isEnabled()


def test_opening_a_consultation_fills_the_procedure(window) -> None:
    window.open_demo()
    window.walkthrough.go(QUESTIONS)
    editor = window.walkthrough.page("questions").procedure
    procedure = window.controller.record.procedure
    assert editor.planned.isChecked() and editor.details.isEnabled()
    assert editor.procedure() == procedure
    assert not window.controller.pending  # loading writes nothing back


def test_every_procedure_control_has_an_accessible_name(window) -> None:
    editor = questions_step(window)
    for widget in (
        editor.planned,
        editor.therapy,
        editor.date,
        editor.arrival,
        editor.place,
        editor.thinners,
        editor.trial_days,
    ):
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget


def test_the_nurse_sheet_is_available_once_a_procedure_is_planned(window, dialogs) -> None:
    editor = questions_step(window, ("scs",))
    walk = window.walkthrough
    walk.go(SUMMARY)
    summary = walk.page("summary")
    summary.kind.setCurrentIndex(summary.kind.findData("nurse_sheet"))
    summary.refresh()
    assert not summary.export_button.isEnabled()

    walk.go(QUESTIONS)
    editor.planned.click()
    editor.date.set_value(dt.date(2031, 5, 6))
    tick(editor, "warfarin")
    walk.go(SUMMARY)
    summary.refresh()
    assert summary.export_button.isEnabled()
    before = set(dialogs.folder.glob("*.pdf"))
    summary.export_button.click()
    made = sorted(set(dialogs.folder.glob("*.pdf")) - before)
    assert made and made[0].name.startswith("nurse-sheet")
    assert "Warfarin" in pdf_text(made[0].read_bytes())

    summary.kind.setCurrentIndex(summary.kind.findData("trial_diary"))
    summary.refresh()
    assert summary.export_button.isEnabled()


def test_the_section_fits_the_window_in_both_languages(make_window, qapp) -> None:
    for lang in ("en", "es"):
        window = make_window(lang)
        editor = questions_step(window)
        editor.planned.click()
        tick(editor, "warfarin")
        page = window.walkthrough.page("questions")
        page.scroll_area.ensureWidgetVisible(editor, 0, 0)
        qapp.processEvents()
        right = editor.mapTo(window, editor.rect().topRight())
        assert right.x() <= window.width()
        window.close()


def _row_text_point(editor, row: int) -> QPoint:
    """A point on the words of a blood-thinner row, clear of its tick box."""
    thinners = editor.thinners
    rect = thinners.visualItemRect(thinners.item(row))
    box = thinners.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    words = thinners.fontMetrics().horizontalAdvance(thinners.item(row).text()[:4])
    return QPoint(rect.left() + 2 * box + words, rect.center().y())


def test_clicking_a_blood_thinner_row_ticks_and_unticks_it(window, qtbot) -> None:
    editor = questions_step(window)
    editor.planned.click()
    viewport = editor.thinners.viewport()
    item = editor.thinners.item(3)
    thinner = item.data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_row_text_point(editor, 3))
    assert item.checkState() == Qt.CheckState.Checked
    assert stored_record(window).procedure.blood_thinners == (thinner,)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_row_text_point(editor, 3))
    assert item.checkState() == Qt.CheckState.Unchecked
    assert stored_record(window).procedure.blood_thinners == ()


def _tick_box_point(editor, row: int) -> QPoint:
    """The middle of a blood-thinner row's tick box."""
    thinners = editor.thinners
    option = QStyleOptionViewItem()
    index = thinners.model().index(row, 0)
    thinners.itemDelegate().initStyleOption(option, index)
    option.rect = thinners.visualRect(index)
    box = QStyle.SubElement.SE_ItemViewItemCheckIndicator
    return thinners.style().subElementRect(box, option, thinners).center()


def test_the_tick_box_and_space_still_tick_a_blood_thinner_row_once(window, qtbot) -> None:
    editor = questions_step(window)
    editor.planned.click()
    viewport = editor.thinners.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_tick_box_point(editor, 0))
    assert editor.thinners.item(0).checkState() == Qt.CheckState.Checked
    editor.thinners.setCurrentRow(1)
    qtbot.keyClick(editor.thinners, Qt.Key.Key_Space)
    assert editor.thinners.item(1).checkState() == Qt.CheckState.Checked
    assert len(stored_record(window).procedure.blood_thinners) == 2


def test_other_blood_thinners_and_allergies_are_stored(window, qtbot) -> None:
    editor = questions_step(window)
    editor.planned.setChecked(True)
    editor.other_thinners.setFocus()
    qtbot.keyClicks(editor.other_thinners, "Fondaparinux")
    editor.allergies.setFocus()
    qtbot.keyClicks(editor.allergies, "Iodine: hives")
    assert not editor.no_allergies.isEnabled()  # allergies are written: none known is wrong
    procedure = stored_record(window).procedure
    assert procedure.other_blood_thinners == ("Fondaparinux",)
    assert procedure.allergies == ("Iodine: hives",)
    editor.allergies.clear()
    box = editor.no_allergies
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not editor.allergies.isEnabled()
    assert stored_record(window).procedure.no_known_allergies


def test_the_kind_is_stored_and_editing_keeps_the_nurses_checklist_and_calls(window, qtbot) -> None:
    window.open_demo()
    prepared = window.controller.record.procedure
    assert prepared.checklist and prepared.calls  # the demo's nurse marked some and called
    window.walkthrough.go(QUESTIONS)
    editor = window.walkthrough.page("questions").procedure
    editor.kind.setCurrentIndex(editor.kind.findData("implant"))
    editor.place.clear()
    qtbot.keyClicks(editor.place, "Theatre 3")
    procedure = stored_record(window).procedure
    assert (procedure.kind, procedure.place) == ("implant", "Theatre 3")
    assert (procedure.checklist, procedure.calls) == (prepared.checklist, prepared.calls)
    assert prepared.diary and procedure.diary == prepared.diary  # the demo's trial diary
