"""The reminder cadence on a simulated clock: stages, holds, broken promises, one email a day."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from agent.config import Settings
from agent.db import session_scope
from agent.dunning.cadence import CadenceError, load_cadence
from agent.dunning.plan import plan_dunning
from agent.dunning.run import run_dunning
from agent.ledger.disputes import log_dispute
from agent.ledger.importer import import_ledger_csv
from agent.ledger.models import (
    Contact,
    ContactStatus,
    Customer,
    Draft,
    Escalation,
    Invoice,
    OutboundEmail,
    Payment,
    PromiseStatus,
    ReminderLog,
)
from agent.ledger.payments import apply_payment
from agent.ledger.plans import propose_payment_plan
from agent.ledger.promises import record_promise
from tests.conftest import REPO
from tests.ledger_helpers import write_csv

D = date(2026, 10, 1)  # the due date of the first invoices


def _ledger(tmp_path: Path) -> Path:
    iso = lambda d: d.isoformat()  # noqa: E731
    return write_csv(tmp_path / "l.csv", [
        ["A", "Alpha Ltd", "ap@alpha.test", "A-1", iso(D - timedelta(30)), iso(D), "100.00", "USD", "open"],
        ["A", "Alpha Ltd", "ap@alpha.test", "A-2", iso(D - timedelta(30)), iso(D + timedelta(5)), "50.00", "USD", "open"],
        ["B", "Beta GmbH", "ap@beta.de", "B-1", iso(D - timedelta(30)), iso(D), "70.00", "EUR", "open"],
        ["B", "Beta GmbH", "ap@beta.de", "B-2", iso(D - timedelta(30)), iso(D), "30.00", "EUR", "open"],
        ["C", "Gamma", "ap@gamma.test", "C-1", iso(D - timedelta(30)), iso(D), "10.00", "USD", "open"],
        ["E", "Epsilon", "ap@eps.test", "E-1", iso(D - timedelta(30)), iso(D), "20.00", "USD", "open"],
        ["P", "Pi SA", "ap@pi.fr", "P-1", iso(D - timedelta(30)), iso(D), "600.00", "EUR", "open"],
    ])


def _stages(session: Session, customer: str, day: date) -> dict[str, str]:
    plans = {p.customer_id: p for p in plan_dunning(session=session, cadence=load_cadence(), as_of=day)}
    return {line.number: line.stage for line in plans[customer].due_now}


def _drafts(session: Session, customer: str) -> list[Draft]:
    return list(session.exec(select(Draft).where(Draft.customer_id == customer)).all())


def test_weeks_of_cadence(engine: Engine, settings: Settings, tmp_path: Path) -> None:
    cadence = load_cadence()
    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=_ledger(tmp_path))
        s.get(Customer, "C").manual = True  # type: ignore[union-attr]
        s.exec(select(Contact).where(Contact.customer_id == "E")).one().status = ContactStatus.BOUNCED

    def run(day: date):  # type: ignore[no-untyped-def]
        with session_scope(engine) as s:
            return run_dunning(session=s, cadence=cadence, as_of=day, settings=settings)

    # Three days before the due date: a friendly pre-due note; twice the same day is one email.
    first = run(D - timedelta(3))
    assert run(D - timedelta(3)).drafts == []
    with Session(engine) as s:
        (alpha,) = _drafts(s, "A")
        assert alpha.id in first.drafts and "A-1" in alpha.body and "A-2" not in alpha.body
        assert alpha.to_addrs == ["ap@alpha.test"] and alpha.attachment_document_ids
        # A friendly stage needs no approval: it is queued to leave in business hours on a weekday.
        assert alpha.status == "approved" and alpha.id in first.queued
        outbound = s.exec(select(OutboundEmail).where(OutboundEmail.draft_id == alpha.id)).one()
        assert outbound.next_attempt_at.weekday() < 5 and 9 <= outbound.next_attempt_at.hour < 17
        assert _drafts(s, "C") == [] and _drafts(s, "E") == []  # manual; bounced
        (beta,) = _drafts(s, "B")
        assert beta.language == "de" and "B-1" in beta.body

    # The customer promises to pay A-1 by D+10: its reminders hold until D+13 (grace 3).
    with session_scope(engine) as s:
        record_promise(session=s, customer_id="A", invoice_numbers=["A-1"], promised_date=D + timedelta(10),
                       grace_days=3, as_of=D + timedelta(2), actor="test")
        # A dispute on B-1 holds B-1 only; P gets a payment plan.
        log_dispute(session=s, customer_id="B", invoice_numbers=["B-1"], reason="pricing", sla_days=10,
                    as_of=D + timedelta(2), actor="test")
        propose_payment_plan(session=s, customer_id="P", invoice_numbers=[], instalments=3,
                             start_date=D + timedelta(5), actor="test")
    with session_scope(engine) as s:
        plans = {p.customer_id: p for p in plan_dunning(session=s, cadence=cadence, as_of=D + timedelta(7))}
    assert dict(plans["A"].held)["A-1"].startswith("promise") and [ln.number for ln in plans["A"].due_now] == ["A-2"]
    # The dispute holds B-1 only: B-2, overdue too, is still reminded in the same run.
    assert dict(plans["B"].held)["B-1"].startswith("dispute") and "B-2" not in dict(plans["B"].held)
    assert [ln.number for ln in plans["B"].lines] == ["B-2"]
    assert dict(plans["P"].held)["P-1"].startswith("payment plan")
    assert plans["C"].hold == "customer is handled manually" and "bounced" in (plans["E"].hold or "")
    seventh = run(D + timedelta(7))
    with Session(engine) as s:
        beta = [d for d in _drafts(s, "B") if d.id in seventh.drafts]
        assert len(beta) == 1 and "B-2" in beta[0].body and "B-1" not in beta[0].body

    # D+14: the promise date plus grace has passed unpaid: broken, escalated, reminders resume.
    outcome = run(D + timedelta(14))
    with Session(engine) as s:
        escalations = s.exec(select(Escalation).where(Escalation.customer_id == "A")).all()
        assert [e.kind for e in escalations] == ["broken_promise"]
        latest = max(_drafts(s, "A"), key=lambda d: d.id)
        assert latest.id in outcome.drafts and "A-1" in latest.body and "told us you would pay" in latest.body
        assert s.exec(select(ReminderLog).where(ReminderLog.stage == "overdue_7")).all()

    # A paid invoice stops its reminders at once.
    with session_scope(engine) as s:
        invoice = s.exec(select(Invoice).where(Invoice.number == "A-2")).one()
        payment = Payment(external_id="PAY-A2", customer_id="A", received_date=D + timedelta(16), currency="USD",
                          amount=Decimal("50"), unapplied_amount=Decimal("50"))
        s.add(payment)
        s.flush()
        apply_payment(session=s, payment=payment, invoice=invoice, actor="test")
    with session_scope(engine) as s:
        later = plan_dunning(session=s, cadence=cadence, as_of=D + timedelta(20))
        assert "A-2" not in [ln.number for p in later if p.customer_id == "A" for ln in p.lines]

    # At 30 days the firm stage waits for a person.
    firm = run(D + timedelta(30))
    with Session(engine) as s:
        assert firm.drafts and all(s.get(Draft, d).status == "pending" for d in firm.drafts)  # type: ignore[union-attr]


def test_promise_kept_releases_without_escalation(engine: Engine, settings: Settings, tmp_path: Path) -> None:
    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=_ledger(tmp_path))
        promise = record_promise(session=s, customer_id="A", invoice_numbers=["A-1"], promised_date=D,
                                 grace_days=3, as_of=D - timedelta(2), actor="test")
        invoice = s.exec(select(Invoice).where(Invoice.number == "A-1")).one()
        payment = Payment(external_id="P1", customer_id="A", received_date=D, currency="USD",
                          amount=Decimal("100"), unapplied_amount=Decimal("100"))
        s.add(payment)
        s.flush()
        apply_payment(session=s, payment=payment, invoice=invoice, actor="test")
    with session_scope(engine) as s:
        run_dunning(session=s, cadence=load_cadence(), as_of=D + timedelta(4), settings=settings)
    with Session(engine) as s:
        assert s.get(type(promise), promise.id).status == PromiseStatus.KEPT
        assert s.exec(select(Escalation)).all() == []


def test_business_hours_and_weekends() -> None:
    from datetime import UTC, datetime
    cadence = load_cadence()
    saturday_noon = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    assert cadence.next_send_time(saturday_noon, "Europe/Paris").isoformat() == "2026-11-23T09:00:00+01:00"
    tuesday_four_pm_in_new_york = datetime(2026, 11, 24, 21, 0, tzinfo=UTC)
    assert cadence.next_send_time(tuesday_four_pm_in_new_york, "America/New_York") == tuesday_four_pm_in_new_york
    closing_time = datetime(2026, 11, 24, 22, 0, tzinfo=UTC)  # 17:00 in New York
    assert cadence.next_send_time(closing_time, "America/New_York").isoformat() == "2026-11-25T09:00:00-05:00"
    monday_ten = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    assert cadence.next_send_time(monday_ten, "UTC") == monday_ten


def test_bad_cadence_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("stages:\n  - {name: a, offset: 5, tone: shouty}\n")
    with pytest.raises(CadenceError, match="tone 'shouty'"):
        load_cadence(path)
    path.write_text("stages:\n  - {name: a, offset: 5, tone: firm}\n  - {name: b, offset: 1, tone: firm}\n")
    with pytest.raises(CadenceError, match="increasing"):
        load_cadence(path)


def test_dry_run_on_the_forty_customer_ledger(db_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "ARBOT_DATABASE_URL": db_url}
    sample = REPO / "agent" / "demo" / "sample_ledger.csv"
    arbot = [sys.executable, "-m", "agent.cli"]
    assert subprocess.run([*arbot, "import", str(sample)], env=env, cwd=tmp_path, capture_output=True).returncode == 0
    done = subprocess.run([*arbot, "dunning", "--as-of", "2026-11-20", "--dry-run", "--json"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert len(report["customers"]) == 40
    cadence = load_cadence()
    import csv
    rows = list(csv.DictReader(sample.open()))
    listed = {i["invoice_number"]: i for c in report["customers"] for i in c["invoices"]}
    for row in rows:
        days = (date(2026, 11, 20) - date.fromisoformat(row["due_date"])).days
        stage = cadence.stage_on(row["customer_id"], days)
        if row["status"] != "open" or stage is None:
            assert row["invoice_number"] not in listed
        else:
            assert listed[row["invoice_number"]]["stage"] == stage.name
    # A dry run changes nothing.
    again = subprocess.run([*arbot, "dunning", "--as-of", "2026-11-20", "--dry-run", "--json"], env=env,
                           cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert json.loads(again.stdout) == report


def test_an_active_payment_plan_is_reminded_by_instalment(engine: Engine, settings: Settings, tmp_path: Path) -> None:
    from agent.ledger.models import Role
    from agent.ledger.plans import approve_plan, plan_instalments
    from agent.ledger.users import create_user

    cadence = load_cadence()
    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=_ledger(tmp_path))
        plan = propose_payment_plan(session=s, customer_id="P", invoice_numbers=[], instalments=3,
                                    start_date=D + timedelta(10), actor="test")
        manager, _token = create_user(session=s, name="mia", role=Role.MANAGER)
        approve_plan(session=s, plan_id=plan.id, user=manager)  # type: ignore[arg-type]
        first, second = plan_instalments(session=s, plan_id=plan.id)[:2]  # type: ignore[arg-type]
    with session_scope(engine) as s:
        plans = {p.customer_id: p for p in plan_dunning(session=s, cadence=cadence, as_of=first.due_date - timedelta(2))}
    assert dict(plans["P"].held)["P-1"].startswith("payment plan")  # the invoice itself is not chased
    assert [ln.stage for ln in plans["P"].due_now] == [f"plan{plan.id}.1.due"]
    with session_scope(engine) as s:
        run_dunning(session=s, cadence=cadence, as_of=first.due_date - timedelta(2), settings=settings)
        again = plan_dunning(session=s, cadence=cadence, as_of=first.due_date - timedelta(1))
        assert [p for p in again if p.customer_id == "P"][0].due_now == []  # reminded once
        late = {p.customer_id: p for p in plan_dunning(session=s, cadence=cadence, as_of=first.due_date + timedelta(8))}
    assert [ln.stage for ln in late["P"].due_now] == [f"plan{plan.id}.1.late"]
    assert second.due_date > first.due_date + timedelta(8)


def test_when_the_last_contact_bounces_a_person_is_asked_for_a_new_one(engine: Engine, tmp_path: Path) -> None:
    from agent.ledger.contacts import mark_bounced

    with session_scope(engine) as s:
        import_ledger_csv(session=s, path=_ledger(tmp_path))
        mark_bounced(session=s, customer_id="E", email="ap@eps.test", actor="test")
        mark_bounced(session=s, customer_id="E", email="ap@eps.test", actor="test")
    with Session(engine) as s:
        (task,) = s.exec(select(Escalation).where(Escalation.customer_id == "E")).all()
        assert task.kind == "contact" and "bounced" in task.reason
        plans = {p.customer_id: p for p in plan_dunning(session=s, cadence=load_cadence(), as_of=D + timedelta(7))}
    assert "bounced" in (plans["E"].hold or "")
