"""The branch's people in the window, with real widgets and a real PostgreSQL server: the 营业部
menu by role, 人员与权限 (add, handover with its printed list), an agent's guarded change filed
for approval and a manager deciding it (with the printed 信息变更申请表), and the access log."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from agentbook.domain.clock import ManualClock
from agentbook.store.api import Store
from agentbook.ui.branch.access_dialog import AccessLogDialog
from agentbook.ui.branch.approvals_dialog import ApprovalsDialog
from agentbook.ui.branch.handover_dialog import HandoverDialog
from agentbook.ui.branch.people_dialog import PeopleDialog, PersonForm
from tests.branch_people import PASSWORD, as_login
from tests.conftest import TODAY

SHOTS = Path("/tmp/agentbook-shots")
SHOTS.mkdir(exist_ok=True)


def _open(dsn: str, login: str) -> Store:
    start = datetime.combine(TODAY, datetime.min.time()).replace(hour=11)
    return Store.open_branch(as_login(dsn, login), clock=ManualClock(start))


def _text(pdf: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(pdf).pages)


def test_the_branch_menu_offers_what_each_role_may_do(qtbot, qapp_font, branch_people):
    from agentbook.ui.branch import menu as branch_menu
    from agentbook.ui.branch.overseer_window import OverseerWindow, needs_overseer_window

    dsn, _thirds = branch_people
    seen = {}
    for login in ("boss", "wang"):
        store = _open(dsn, login)
        assert not needs_overseer_window(store)
        window = QMainWindow()  # the menu as MainWindow installs it (tests/ui/test_branch_window has the window)
        window.menuBar().addMenu("帮助").setObjectName("menu_help")
        qtbot.addWidget(window)
        try:
            seen[login] = {a.objectName() for a in branch_menu.install(window, store)}
            assert [m.menu().objectName() for m in window.menuBar().actions()] == ["menu_branch", "menu_help"]
        finally:
            window.close()
            store.close()
    assert seen["boss"] == {"act_people", "act_approvals", "act_access_log"}
    assert seen["wang"] == {"act_my_requests"}
    for login, buttons in (("shen", {"access_log", "audit_log"}), ("zhao", {"loans"})):
        store = _open(dsn, login)
        try:
            assert needs_overseer_window(store)
            window = OverseerWindow(store)
            qtbot.addWidget(window)
            assert set(window.buttons) == buttons
            assert (window.register is not None) == (login == "zhao")  # the archivist's register of files
            register = window.register
            if register is not None:  # its first look-up is done before the store closes
                qtbot.waitUntil(lambda register=register: not register.loading, timeout=20000)
            window.grab().save(str(SHOTS / f"branch-overseer-{login}.png"))
            window.close()
        finally:
            store.close()


def test_a_manager_adds_a_person_and_hands_over_a_leaving_agents_customers(
    qtbot, qapp_font, branch_people, tmp_path, monkeypatch
):
    dsn, thirds = branch_people
    store = _open(dsn, "boss")
    try:
        dialog = PeopleDialog(store)
        qtbot.addWidget(dialog)

        def fill(form: PersonForm) -> int:
            form.login.setText("sunli")
            form.display.setText("孙丽")
            form.roles["agent"].setChecked(True)
            form.password.setText(PASSWORD)
            form.again.setText(PASSWORD)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(PersonForm, "exec", fill)
        dialog.add_person()
        people = {p.login: p for p in store.people.everyone()}
        assert people["sunli"].label == "孙丽" and people["sunli"].roles == ("agent",)
        assert dialog.selected() is not None and dialog.selected().login == "sunli"
        dialog.select("zhou")
        assert dialog.handover_button.isEnabled()
        dialog.resize(980, 520)
        dialog.grab().save(str(SHOTS / "branch-people.png"))

        handover = HandoverDialog(store, people["zhou"], list(people.values()), dialog)
        qtbot.addWidget(handover)
        index = handover.receiver.findData("sunli")
        handover.receiver.setCurrentIndex(index)
        handover.customers.item(0).setCheckState(handover.customers.item(0).checkState().Unchecked)
        target = tmp_path / "移交清单.pdf"
        handover.hand_over(target)
        assert len(handover.moved) == len(thirds["zhou"]) - 1
        assert store.people.owners()["sunli"] == len(thirds["zhou"]) - 1
        text = _text(target)
        assert "客户移交清单" in text and "周强" in text and "孙丽" in text
        assert (target.stat().st_mode & 0o077) == 0  # personal data: readable by the user only
        actions = [e.action for e in store.audit_entries(limit=3)]
        assert actions[:2] == ["print", "hand_over"]
    finally:
        store.close()


def test_an_agents_guarded_change_waits_and_the_manager_decides_it(
    qtbot, qapp_font, branch_people, tmp_path, monkeypatch
):
    from agentbook.ui.dialogs.customer_dialog import CustomerDialog

    dsn, thirds = branch_people
    cid = thirds["wang"][0]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: told.append(text))
    agent = _open(dsn, "wang")
    try:
        customer = agent.customers.get(cid)
        dialog = CustomerDialog(agent, customer)
        qtbot.addWidget(dialog)
        dialog.form.name.setText("王新名")
        dialog.save()
        assert told and "经理审批" in told[0]
        assert agent.customers.get(cid).name == customer.name
        mine = ApprovalsDialog(agent, deciding=False)
        qtbot.addWidget(mine)
        assert mine.model.rowCount() == 1 and mine.withdraw_button.isEnabled()
        assert not mine.approve_button.isVisibleTo(mine)
    finally:
        agent.close()
    manager = _open(dsn, "boss")
    try:
        from agentbook.ui.today.today_tab import TodayTab

        today = TodayTab(manager)
        qtbot.addWidget(today)
        banner = today.branch_banner
        assert banner is not None
        qtbot.waitUntil(lambda: banner.approvals.text() != "", timeout=10_000)
        assert banner.approvals.text() == "待审批的信息变更：1 份" and not banner.isHidden()
        pending = ApprovalsDialog(manager, deciding=True)
        qtbot.addWidget(pending)
        assert pending.model.rowCount() == 1
        assert pending.detail.item(0, 2).text() == "王新名"
        pending.resize(1000, 560)
        pending.grab().save(str(SHOTS / "branch-approvals.png"))
        form = tmp_path / "申请表.pdf"
        pending.print_form(form)
        assert "信息变更申请表" in _text(form) and "王新名" in _text(form)
        pending.decide(True)
        assert manager.customers.get(cid).name == "王新名"
        assert pending.model.rowCount() == 0 and pending.empty.isVisibleTo(pending)
    finally:
        QThreadPool.globalInstance().waitForDone(20_000)  # Today's workers read from this store
        manager.close()


def test_the_auditor_filters_and_exports_the_access_log(qtbot, qapp_font, branch_people, tmp_path):
    dsn, thirds = branch_people
    agent = _open(dsn, "wang")
    try:
        for cid in thirds["wang"][:3]:
            agent.access.record("open_360", cid)
        agent.record_event("reveal", "customer", thirds["wang"][0], customer_id=thirds["wang"][0], summary="360")
    finally:
        agent.close()
    auditor = _open(dsn, "shen")
    try:
        dialog = AccessLogDialog(auditor)
        qtbot.addWidget(dialog)
        dialog.person.setCurrentIndex(dialog.person.findData("wang"))
        assert dialog.model.rowCount() == 4
        assert dialog.model.row_object(0).action == "reveal" and dialog.model.row_object(0).customer_label
        dialog.grab().save(str(SHOTS / "branch-access-log.png"))
        target = tmp_path / "访问记录.xlsx"
        dialog.export(target)
        sheet = openpyxl.load_workbook(target).active
        values = [c for row in sheet.iter_rows(values_only=True) for c in row if c]
        assert "王小明" in values and "查看客户360" in values
    finally:
        auditor.close()


def test_a_new_customer_a_colleague_keeps_names_whom_to_ask(qtbot, qapp_font, branch_people, monkeypatch):
    from agentbook.domain.enums import Gender
    from agentbook.ui.dialogs.customer_dialog import CustomerDialog

    dsn, thirds = branch_people
    asked: list[str] = []

    def no(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    owner = _open(dsn, "boss")
    try:
        kept = next(c for c in (owner.customers.get(i) for i in thirds["zhou"]) if c.mobile)
    finally:
        owner.close()
    agent = _open(dsn, "wang")
    try:
        before = len(agent.customers.find("1"))
        dialog = CustomerDialog(agent)
        qtbot.addWidget(dialog)
        dialog.form.name.setText("测试重名")
        dialog.form.mobile.setText(kept.mobile)
        dialog.fields["gender"].set(Gender.MALE)
        dialog.save()
        assert asked and "周强" in asked[0] and kept.name not in asked[0]
        assert len(agent.customers.find("1")) == before and dialog.result() != QDialog.DialogCode.Accepted
    finally:
        agent.close()


def test_the_archivist_files_lends_and_takes_back_a_paper_file_from_the_register(
    qtbot, qapp_font, branch_people, monkeypatch
):
    from agentbook.ui.branch.overseer_window import OverseerWindow
    from agentbook.ui.dialogs.paper_dialogs import LoanDialog, PaperLocationDialog

    dsn, _thirds = branch_people
    store = _open(dsn, "zhao")
    try:
        window = OverseerWindow(store)
        qtbot.addWidget(window)
        register = window.register
        assert register is not None
        qtbot.waitUntil(lambda: register.model.rowCount() > 0 and not register.loading, timeout=20000)
        assert register.model.rowCount() == 201  # every customer's identity: the archivist's part
        rows = [register.model.row_object(n) for n in range(register.model.rowCount())]
        first = next(f for f in rows if not f.borrower)  # a file in place, to lend
        assert "*" in register.model.data(register.model.index(0, 2))  # ID numbers masked, opened first
        assert any(f.borrower for f in rows) and any(f.location for f in rows)  # the demo's loans and files
        late = sum(1 for f in rows if f.borrower and f.due_on < store.today())
        assert late and f"其中 {late} 份逾期未还" in register.count.text()
        # the late loans' due dates are drawn in the overdue colour, the others plain
        painted = [
            n
            for n in range(register.model.rowCount())
            if register.model.data(register.model.index(n, 5), Qt.ItemDataRole.BackgroundRole) is not None
        ]
        assert painted and all(rows[n].borrower and rows[n].due_on < store.today() for n in painted)
        assert len(painted) == late

        register.search.setText(first.archive_no)
        qtbot.waitUntil(lambda: register.model.rowCount() == 1 and not register.loading, timeout=20000)
        register.view.selectRow(0)
        assert register.file_button.isEnabled() and register.lend_button.isEnabled()
        assert not register.return_button.isEnabled()

        def fill_location(dialog: PaperLocationDialog) -> int:
            dialog.cabinet.setText("A柜")
            dialog.box.setText("12盒")
            dialog.folder.setText("3卷")
            assert dialog.validate_now()
            dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
            return dialog.result()

        def fill_loan(dialog: LoanDialog) -> int:
            dialog.borrower.setText("王小明")
            dialog.purpose.setText("理赔核对")
            assert dialog.validate_now()
            dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
            return dialog.result()

        monkeypatch.setattr(PaperLocationDialog, "exec", fill_location)
        monkeypatch.setattr(LoanDialog, "exec", fill_loan)
        register.file_selected()
        qtbot.waitUntil(lambda: register.model.row_object(0).location == "A柜/12盒/3卷", timeout=20000)
        register.view.selectRow(0)
        register.lend_selected()
        qtbot.waitUntil(lambda: register.model.row_object(0).borrower == "王小明", timeout=20000)
        register.view.selectRow(0)
        assert register.return_button.isEnabled() and not register.lend_button.isEnabled()
        assert "借出 1 份" in register.count.text()
        window.resize(1100, 700)
        window.grab().save(str(SHOTS / "branch-archivist-register.png"))
        register.take_back_selected()
        qtbot.waitUntil(lambda: register.model.row_object(0).borrower == "", timeout=20000)
        assert store.loans.of_customer(first.customer_id)[0].returned_on == store.today()
        steps = [(e.entity, e.action, e.customer_id) for e in store.audit_entries(limit=3)]
        filed = "update" if any(f.customer_id == first.customer_id and f.location for f in rows) else "create"
        assert steps == [  # taken back, lent, filed: each in the log, under the archivist's name
            ("loan", "update", first.customer_id),
            ("loan", "create", first.customer_id),
            ("paper_location", filed, first.customer_id),
        ]
        assert {e.actor for e in store.audit_entries(limit=3)} == {"zhao"}
        QThreadPool.globalInstance().waitForDone()
        window.close()
    finally:
        store.close()
