"""The life of an application, transition by transition, with the rules of SPEC §5."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from kiosk.domain.application import (
    Application,
    RegistrationRequest,
    interest_due_at,
    referral_last_day,
)
from kiosk.domain.benefit import NO_BENEFIT, Benefit, PriorityClass
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.demo_register import DEMO_ADULTS, DEMO_PERSONS, Person
from kiosk.domain.errors import TransitionError, TransitionErrorCode as Code
from kiosk.domain.history import SYSTEM, Action, Actor, ActorKind, Reason
from kiosk.domain.iin import IinError
from kiosk.domain.numbers import ApplicationNumber, QueueType
from kiosk.domain.rules import RegionRules
from kiosk.domain.statuses import ApplicationStatus as S, ReferralStatus
from kiosk.domain.transitions import (
    Situation,
    age_limit_reached,
    allowed_actions,
    change_benefit,
    choose_kindergarten,
    confirm_interest,
    decide_registration,
    due_system_actions,
    enrol,
    extend_referral,
    interest_lapsed,
    issue_referral,
    offer_turn,
    referral_expired,
    refuse_registration,
    register,
    revoke_referral,
    turn_lapsed,
    withdraw,
)

KZ = timezone(timedelta(hours=5))
RULES = RegionRules()
CAL = WorkingCalendar()
PLACES = Situation(free_places=True)
FREE_CHOICE = Situation(free_places=True, free_choice=True)
KINDERGARTEN = "DS-21"


def at(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=KZ)


def person(name: str) -> Person:
    return next(p for p in DEMO_PERSONS if p.name == name)


PARENT = DEMO_ADULTS[0]                  # Әйгерім, mother of Нұрислам and Аяулым
NURISLAM = person("Нұрислам")            # born 2022-04-03
AYAULYM = person("Аяулым")               # born 2024-01-15
ULAN = person("Ұлан")                    # born 2018-03-01: too old in 2026
APPLICANT = Actor(ActorKind.APPLICANT, PARENT.iin)
CLERK = Actor(ActorKind.CLERK, "clerk-7", service_centre="ЦОН-12")
GARDEN = Actor(ActorKind.KINDERGARTEN, KINDERGARTEN)


def request(
    child: Person = NURISLAM,
    *,
    seq: int = 256902,
    queue: QueueType = QueueType.ORDINARY,
    benefit: Benefit = NO_BENEFIT,
    born: date | None = None,
    child_iin: str | None = None,
) -> RegistrationRequest:
    return RegistrationRequest(
        number=ApplicationNumber(queue, 2026, seq, 1),
        child_iin=child_iin or child.iin,
        child_birth_date=born or child.birth_date,
        applicant_iin=PARENT.iin,
        benefit=benefit,
        district="karaganda",
    )


def registered(when: datetime = at(2026, 3, 2), **kwargs: Any) -> Application:
    return register(request(**kwargs), existing=(), now=when, actor=APPLICANT, rules=RULES)


def notified(when: datetime = at(2026, 3, 20), **kwargs: Any) -> Application:
    return offer_turn(registered(**kwargs), now=when, actor=SYSTEM, rules=RULES, calendar=CAL)


def with_referral(when: datetime = at(2026, 3, 23, 12), **kwargs: Any) -> Application:
    return issue_referral(
        notified(**kwargs), KINDERGARTEN, now=when, actor=APPLICANT, rules=RULES, calendar=CAL,
        situation=PLACES,
    )


def refused(call: object, code: Code) -> TransitionError:
    """Run ``call`` and return its TransitionError, checking the code."""
    with pytest.raises(TransitionError) as caught:
        call()  # type: ignore[operator]
    assert caught.value.code is code, caught.value
    return caught.value


# ------------------------------------------------------------------------ registration


def test_registration_puts_the_child_in_the_queue() -> None:
    app = registered()
    assert app.status is S.QUEUED
    assert app.queue_type is QueueType.ORDINARY
    assert app.registered_at == app.last_change_at == at(2026, 3, 2)
    assert app.district == "karaganda"
    [entry] = app.history
    assert (entry.action, entry.from_status, entry.to_status) == (Action.REGISTER, None, S.QUEUED)
    assert (entry.actor, entry.reason) == (APPLICANT, Reason.APPLICANT_REQUEST)


def test_a_clerks_desk_records_its_service_centre() -> None:
    app = register(request(), existing=(), now=at(2026, 3, 2), actor=CLERK, rules=RULES)
    assert app.history[0].detail("service_centre") == "ЦОН-12"
    assert app.history[0].detail("missing") is None


def test_a_child_is_registered_only_under_seven() -> None:
    born = date(2019, 3, 2)
    error = refused(lambda: registered(at(2026, 3, 2), born=born), Code.CHILD_TOO_OLD)
    assert dict(error.params) == {"age": 7, "max_age": 7}
    assert registered(at(2026, 3, 1, 23, 59), born=born).status is S.QUEUED
    # The local (UTC+5) date counts: 19:00 UTC on 1 March is already 2 March in Kazakhstan.
    late_utc = datetime(2026, 3, 1, 19, 0, tzinfo=timezone.utc)
    refused(lambda: registered(late_utc, born=born), Code.CHILD_TOO_OLD)
    refused(lambda: registered(child=ULAN), Code.CHILD_TOO_OLD)


def test_one_active_application_per_child_and_queue_type() -> None:
    first = registered()
    second = request(seq=256903)
    error = refused(
        lambda: register(second, existing=[first], now=at(2026, 3, 3), actor=APPLICANT,
                         rules=RULES),
        Code.DUPLICATE_APPLICATION,
    )
    assert error.params["number"] == "UO.2026.256902.1"
    sanatorium = request(seq=256903, queue=QueueType.SANATORIUM)
    assert register(sanatorium, existing=[first], now=at(2026, 3, 3), actor=APPLICANT,
                    rules=RULES).queue_type is QueueType.SANATORIUM
    gone = withdraw(first, now=at(2026, 3, 3), actor=APPLICANT, rules=RULES, calendar=CAL)
    assert register(second, existing=[gone], now=at(2026, 3, 4), actor=APPLICANT,
                    rules=RULES).status is S.QUEUED
    other_child = request(AYAULYM, seq=256902)
    refused(lambda: register(other_child, existing=[gone], now=at(2026, 3, 4), actor=APPLICANT,
                             rules=RULES), Code.DUPLICATE_NUMBER)


def test_invalid_iins_and_birth_dates_are_refused() -> None:
    error = refused(lambda: registered(child_iin="220403520012"), Code.INVALID_IIN)
    assert dict(error.params) == {"field": "child_iin", "error": IinError.CHECKSUM}
    bad_applicant = dataclasses.replace(request(), applicant_iin="123")
    actor = Actor(ActorKind.CLERK, "clerk-7")
    error = refused(lambda: register(bad_applicant, existing=(), now=at(2026, 3, 2), actor=actor,
                                     rules=RULES), Code.INVALID_IIN)
    assert error.params["field"] == "applicant_iin"
    refused(lambda: registered(at(2026, 3, 2), born=date(2026, 3, 3)), Code.INVALID_BIRTH_DATE)


def test_only_the_applicant_or_a_clerk_registers() -> None:
    stranger = Actor(ActorKind.APPLICANT, DEMO_ADULTS[1].iin)
    refused(lambda: register(request(), existing=(), now=at(2026, 3, 2), actor=stranger,
                             rules=RULES), Code.NOT_APPLICANT)
    refused(lambda: register(request(), existing=(), now=at(2026, 3, 2), actor=GARDEN,
                             rules=RULES), Code.ACTOR_NOT_PERMITTED)


def test_times_must_be_aware() -> None:
    with pytest.raises(ValueError, match="aware"):
        registered(datetime(2026, 3, 2, 10, 0))
    with pytest.raises(ValueError, match="aware"):
        withdraw(registered(), now=datetime(2026, 3, 3), actor=APPLICANT, rules=RULES,
                 calendar=CAL)


def test_the_central_decision_refuses_with_a_reason() -> None:
    decided = decide_registration(
        request(ULAN), existing=(), now=at(2026, 3, 2), submitted_by=APPLICANT,
        decided_by=SYSTEM, rules=RULES,
    )
    assert decided.status is S.REFUSED and decided.status.is_terminal
    [entry] = decided.history
    assert (entry.action, entry.actor) == (Action.REFUSE, SYSTEM)
    assert entry.reason is Reason.CHILD_TOO_OLD
    accepted = decide_registration(
        request(), existing=(), now=at(2026, 3, 2), submitted_by=APPLICANT, decided_by=SYSTEM,
        rules=RULES,
    )
    assert accepted.status is S.QUEUED
    stranger = Actor(ActorKind.APPLICANT, DEMO_ADULTS[1].iin)
    refused(lambda: decide_registration(request(), existing=(), now=at(2026, 3, 2),
                                        submitted_by=stranger, decided_by=SYSTEM, rules=RULES),
            Code.NOT_APPLICANT)
    refused(lambda: refuse_registration(request(), now=at(2026, 3, 2), actor=APPLICANT,
                                        reason=Reason.DUPLICATE_APPLICATION),
            Code.ACTOR_NOT_PERMITTED)


# ------------------------------------------------------------------------ queue life


def test_interest_is_confirmed_within_twelve_months() -> None:
    app = registered(at(2026, 3, 2))
    assert interest_due_at(app, RULES) == at(2027, 3, 2)
    confirmed = confirm_interest(app, now=at(2027, 2, 1), actor=APPLICANT, rules=RULES,
                                 calendar=CAL)
    assert confirmed.status is S.QUEUED
    assert confirmed.interest_confirmed_at == at(2027, 2, 1)
    assert interest_due_at(confirmed, RULES) == at(2028, 2, 1)
    assert confirmed.history[-1].action is Action.CONFIRM_INTEREST
    assert len(confirmed.history) == 2


def test_unconfirmed_interest_removes_the_child() -> None:
    app = registered(at(2026, 3, 2))
    refused(lambda: confirm_interest(app, now=at(2027, 3, 2), actor=APPLICANT, rules=RULES,
                                     calendar=CAL), Code.INTEREST_LAPSED)
    refused(lambda: interest_lapsed(app, now=at(2027, 3, 2, 9, 59), actor=SYSTEM, rules=RULES,
                                    calendar=CAL), Code.INTEREST_NOT_LAPSED)
    removed = interest_lapsed(app, now=at(2027, 3, 2), actor=SYSTEM, rules=RULES, calendar=CAL)
    assert removed.status is S.REMOVED
    assert removed.history[-1].reason is Reason.INTEREST_NOT_CONFIRMED
    refused(lambda: interest_lapsed(app, now=at(2027, 3, 2), actor=APPLICANT, rules=RULES,
                                    calendar=CAL), Code.ACTOR_NOT_PERMITTED)


def test_change_of_benefit_while_queued() -> None:
    app = registered()
    orphan = Benefit(PriorityClass.FIRST_PRIORITY, "orphan")
    changed = change_benefit(app, orphan, now=at(2026, 4, 1), actor=CLERK, rules=RULES,
                             calendar=CAL)
    assert changed.benefit == orphan
    assert changed.registered_at == app.registered_at
    assert changed.history[-1].details == (
        ("benefit", "first_priority"), ("category", "orphan"), ("service_centre", "ЦОН-12"),
    )
    refused(lambda: change_benefit(changed, orphan, now=at(2026, 4, 2), actor=APPLICANT,
                                   rules=RULES, calendar=CAL), Code.BENEFIT_UNCHANGED)
    back = change_benefit(changed, NO_BENEFIT, now=at(2026, 4, 2), actor=APPLICANT, rules=RULES,
                          calendar=CAL)
    assert back.history[-1].details == (("benefit", "general"),)
    refused(lambda: change_benefit(notified(), orphan, now=at(2026, 3, 21), actor=APPLICANT,
                                   rules=RULES, calendar=CAL), Code.ILLEGAL_STATE)


def test_withdrawal_closes_the_application() -> None:
    app = withdraw(notified(), now=at(2026, 3, 21), actor=APPLICANT, rules=RULES, calendar=CAL,
                   comment="  moving to Almaty ")
    assert app.status is S.REMOVED
    assert app.turn_expires_at is None
    assert app.history[-1].comment == "moving to Almaty"
    refused(lambda: confirm_interest(app, now=at(2026, 3, 22), actor=APPLICANT, rules=RULES,
                                     calendar=CAL), Code.APPLICATION_CLOSED)


def test_a_child_who_reaches_seven_leaves_the_queue() -> None:
    app = registered(at(2026, 3, 2), born=date(2019, 6, 1))
    refused(lambda: age_limit_reached(app, now=at(2026, 5, 31), actor=SYSTEM, rules=RULES,
                                      calendar=CAL), Code.AGE_LIMIT_NOT_REACHED)
    refused(lambda: offer_turn(app, now=at(2026, 6, 1), actor=SYSTEM, rules=RULES, calendar=CAL),
            Code.CHILD_TOO_OLD)
    removed = age_limit_reached(app, now=at(2026, 6, 1), actor=SYSTEM, rules=RULES, calendar=CAL)
    assert (removed.status, removed.history[-1].reason) == (S.REMOVED, Reason.AGE_LIMIT)


# ------------------------------------------------------------------------ the turn


def test_the_turn_comes_when_the_child_is_two() -> None:
    app = registered(at(2026, 1, 5), child=AYAULYM)
    error = refused(lambda: offer_turn(app, now=at(2026, 1, 14), actor=SYSTEM, rules=RULES,
                                       calendar=CAL), Code.CHILD_TOO_YOUNG)
    assert dict(error.params) == {"age": 1, "min_age": 2}
    assert offer_turn(app, now=at(2026, 1, 15), actor=SYSTEM, rules=RULES,
                      calendar=CAL).status is S.NOTIFIED


def test_the_choose_window_is_three_working_days_across_nauryz() -> None:
    app = notified(at(2026, 3, 20, 16, 30))
    assert app.status is S.NOTIFIED
    assert app.turn_offered_at == at(2026, 3, 20, 16, 30)
    # 21–25 March are days off: the 3 working days are 26, 27 and 30 March.
    assert app.turn_expires_at == at(2026, 3, 31, 0, 0)
    assert app.history[-1].reason is Reason.TURN_CAME
    refused(lambda: turn_lapsed(app, now=at(2026, 3, 30, 23, 59), actor=SYSTEM, rules=RULES,
                                calendar=CAL), Code.CHOOSE_WINDOW_OPEN)
    back = turn_lapsed(app, now=at(2026, 3, 31, 0, 0), actor=SYSTEM, rules=RULES, calendar=CAL)
    assert back.status is S.QUEUED
    assert (back.turn_offered_at, back.turn_expires_at) == (None, None)
    assert back.history[-1].reason is Reason.CHOOSE_WINDOW_LAPSED


def test_no_turn_for_a_child_enrolled_elsewhere_or_already_notified() -> None:
    app = registered()
    refused(lambda: offer_turn(app, now=at(2026, 3, 3), actor=SYSTEM, rules=RULES, calendar=CAL,
                               situation=Situation(enrolled_elsewhere=True)),
            Code.ENROLLED_ELSEWHERE)
    refused(lambda: offer_turn(notified(), now=at(2026, 3, 21), actor=SYSTEM, rules=RULES,
                               calendar=CAL), Code.ILLEGAL_STATE)
    refused(lambda: offer_turn(app, now=at(2027, 3, 3), actor=SYSTEM, rules=RULES, calendar=CAL),
            Code.INTEREST_LAPSED)


# ------------------------------------------------------------------------ the referral


def test_choosing_a_kindergarten_issues_a_referral_for_five_working_days() -> None:
    app = with_referral(at(2026, 3, 23, 12))
    assert app.status is S.REFERRAL_ISSUED
    referral = app.referral
    assert referral is not None
    assert referral.kindergarten_id == KINDERGARTEN
    assert referral.status is ReferralStatus.NOT_ENROLLED
    assert not referral.extended and not referral.free_choice and not referral.by_benefit
    # Issued on a Nauryz day off: 26, 27, 30, 31 March and 1 April.
    assert referral.expires_at == at(2026, 4, 2, 0, 0)
    assert referral_last_day(app, RULES) == date(2026, 4, 1)
    assert app.turn_expires_at is None
    assert app.history[-1].detail("kindergarten") == KINDERGARTEN
    assert choose_kindergarten is issue_referral


def test_a_referral_needs_the_turn_or_free_choice_and_a_free_place() -> None:
    app = registered()
    refused(lambda: issue_referral(app, KINDERGARTEN, now=at(2026, 3, 3), actor=APPLICANT,
                                   rules=RULES, calendar=CAL, situation=PLACES),
            Code.TURN_NOT_COME)
    free = issue_referral(app, KINDERGARTEN, now=at(2026, 3, 3), actor=APPLICANT, rules=RULES,
                          calendar=CAL, situation=FREE_CHOICE)
    assert free.referral is not None and free.referral.free_choice
    assert free.history[-1].reason is Reason.FREE_CHOICE
    refused(lambda: issue_referral(notified(), KINDERGARTEN, now=at(2026, 3, 23), actor=APPLICANT,
                                   rules=RULES, calendar=CAL, situation=Situation()),
            Code.NO_FREE_PLACES)
    late = at(2026, 3, 31)
    refused(lambda: issue_referral(notified(), KINDERGARTEN, now=late, actor=APPLICANT,
                                   rules=RULES, calendar=CAL, situation=PLACES),
            Code.CHOOSE_WINDOW_CLOSED)
    assert issue_referral(notified(), KINDERGARTEN, now=late, actor=APPLICANT, rules=RULES,
                          calendar=CAL, situation=FREE_CHOICE).status is S.REFERRAL_ISSUED
    refused(lambda: issue_referral(notified(), KINDERGARTEN, now=at(2026, 3, 23), actor=APPLICANT,
                                   rules=RULES, calendar=CAL,
                                   situation=Situation(free_places=True, enrolled_elsewhere=True)),
            Code.ENROLLED_ELSEWHERE)
    with pytest.raises(ValueError, match="kindergarten"):
        issue_referral(notified(), " ", now=at(2026, 3, 23), actor=APPLICANT, rules=RULES,
                       calendar=CAL, situation=PLACES)


def test_a_benefit_referral_needs_fresh_benefit_documents() -> None:
    first = Benefit(PriorityClass.FIRST_PRIORITY, "large_family")
    app = notified(benefit=first)
    now = at(2026, 3, 26, 11)

    def issue(documents: date | None) -> Application:
        return issue_referral(app, KINDERGARTEN, now=now, actor=APPLICANT, rules=RULES,
                              calendar=CAL, situation=PLACES, benefit_documents_date=documents)

    refused(lambda: issue(None), Code.BENEFIT_DOCUMENTS_MISSING)
    error = refused(lambda: issue(date(2026, 3, 15)), Code.BENEFIT_DOCUMENTS_TOO_OLD)
    assert dict(error.params) == {"issued_on": date(2026, 3, 15), "max_age_days": 10}
    refused(lambda: issue(date(2026, 3, 27)), Code.BENEFIT_DOCUMENTS_AFTER_REQUEST)
    referral = issue(date(2026, 3, 16)).referral
    assert referral is not None and referral.by_benefit
    # A free-choice place is not taken by benefit: no documents needed.
    free = issue_referral(registered(benefit=first), KINDERGARTEN, now=now, actor=APPLICANT,
                          rules=RULES, calendar=CAL, situation=FREE_CHOICE)
    assert free.referral is not None and not free.referral.by_benefit


def test_a_referral_is_extended_once_by_up_to_thirty_days() -> None:
    app = with_referral()          # last valid day: 1 April 2026
    now = at(2026, 3, 27)

    def extend(target: Application, until: date, reason: str = "child is ill") -> Application:
        return extend_referral(target, until, reason, now=now, actor=APPLICANT, rules=RULES,
                               calendar=CAL)

    refused(lambda: extend(app, date(2026, 5, 2)), Code.EXTENSION_TOO_LONG)
    refused(lambda: extend(app, date(2026, 4, 1)), Code.EXTENSION_DATE_NOT_AFTER_EXPIRY)
    refused(lambda: extend(app, date(2026, 4, 10), "   "), Code.EXTENSION_REASON_REQUIRED)
    extended = extend(app, date(2026, 5, 1))
    assert extended.status is S.REFERRAL_ISSUED
    assert extended.referral is not None and extended.referral.extended
    assert referral_last_day(extended, RULES) == date(2026, 5, 1)
    assert extended.history[-1].comment == "child is ill"
    assert extended.history[-1].detail("until") == "2026-05-01"
    error = refused(lambda: extend(extended, date(2026, 5, 5)), Code.EXTENSION_LIMIT_REACHED)
    assert error.params["allowed"] == 1
    refused(lambda: extend_referral(app, date(2026, 4, 10), "ill", now=at(2026, 4, 2),
                                    actor=APPLICANT, rules=RULES, calendar=CAL),
            Code.REFERRAL_EXPIRED)


def test_a_referral_is_revoked_within_24_hours() -> None:
    app = with_referral(at(2026, 3, 26, 9))
    revoked = revoke_referral(app, now=at(2026, 3, 27, 9), actor=APPLICANT, rules=RULES,
                              calendar=CAL)
    assert revoked.status is S.QUEUED
    assert (revoked.referral, revoked.expired_referrals, revoked.stop_list_until) == (None, 0, None)
    error = refused(lambda: revoke_referral(app, now=at(2026, 3, 27, 9, 1), actor=APPLICANT,
                                            rules=RULES, calendar=CAL), Code.REVOKE_WINDOW_CLOSED)
    assert error.params["hours"] == 24


def test_an_unused_referral_is_annulled_and_the_child_stop_listed() -> None:
    app = with_referral()          # expires at 2 April 2026 00:00
    refused(lambda: referral_expired(app, now=at(2026, 4, 1, 23, 59), actor=SYSTEM, rules=RULES,
                                     calendar=CAL), Code.REFERRAL_NOT_EXPIRED)
    annulled = referral_expired(app, now=at(2026, 4, 2, 0, 0), actor=SYSTEM, rules=RULES,
                                calendar=CAL)
    assert annulled.status is S.QUEUED and annulled.referral is None
    assert annulled.expired_referrals == 1
    entry = annulled.history[-1]
    assert (entry.action, entry.reason) == (Action.REFERRAL_EXPIRED, Reason.NOT_ENROLLED)
    # Ten working days after 1 April: 2, 3, 6, 7, 8, 9, 10, 13, 14, 15 April.
    assert annulled.stop_list_until == date(2026, 4, 15)
    assert entry.detail("stop_list_until") == "2026-04-15"
    error = refused(lambda: offer_turn(annulled, now=at(2026, 4, 15, 18), actor=SYSTEM,
                                       rules=RULES, calendar=CAL), Code.STOP_LISTED)
    assert error.params["until"] == date(2026, 4, 15)
    refused(lambda: issue_referral(annulled, KINDERGARTEN, now=at(2026, 4, 10), actor=APPLICANT,
                                   rules=RULES, calendar=CAL, situation=FREE_CHOICE),
            Code.STOP_LISTED)
    again = offer_turn(annulled, now=at(2026, 4, 16), actor=SYSTEM, rules=RULES, calendar=CAL)
    assert again.status is S.NOTIFIED


def test_two_expired_referrals_remove_the_child() -> None:
    first = referral_expired(with_referral(), now=at(2026, 4, 2), actor=SYSTEM, rules=RULES,
                             calendar=CAL)
    second = issue_referral(first, KINDERGARTEN, now=at(2026, 4, 20), actor=APPLICANT,
                            rules=RULES, calendar=CAL, situation=FREE_CHOICE)
    assert second.referral is not None
    removed = referral_expired(second, now=second.referral.expires_at, actor=SYSTEM, rules=RULES,
                               calendar=CAL)
    assert removed.status is S.REMOVED
    assert removed.expired_referrals == 2
    assert removed.history[-1].reason is Reason.REFERRALS_EXPIRED


def test_no_stop_list_when_the_region_sets_none() -> None:
    lenient = RegionRules(stop_list_working_days=0)
    annulled = referral_expired(with_referral(), now=at(2026, 4, 2), actor=SYSTEM, rules=lenient,
                                calendar=CAL)
    assert annulled.stop_list_until is None


def test_the_kindergarten_enrols_the_child() -> None:
    app = with_referral()
    refused(lambda: enrol(app, now=at(2026, 3, 30), actor=Actor(ActorKind.KINDERGARTEN, "DS-9"),
                          rules=RULES, calendar=CAL), Code.WRONG_KINDERGARTEN)
    refused(lambda: enrol(app, now=at(2026, 4, 2), actor=GARDEN, rules=RULES, calendar=CAL),
            Code.REFERRAL_EXPIRED)
    refused(lambda: enrol(app, now=at(2026, 3, 30), actor=APPLICANT, rules=RULES, calendar=CAL),
            Code.ACTOR_NOT_PERMITTED)
    enrolled = enrol(app, now=at(2026, 3, 30), actor=GARDEN, rules=RULES, calendar=CAL)
    assert enrolled.status is S.ENROLLED
    assert enrolled.referral is not None
    assert enrolled.referral.status is ReferralStatus.ENROLLED
    operator = Actor(ActorKind.OPERATOR, "edu-officer")
    assert enrol(app, now=at(2026, 3, 30), actor=operator, rules=RULES,
                 calendar=CAL).status is S.ENROLLED
    refused(lambda: withdraw(enrolled, now=at(2026, 4, 1), actor=APPLICANT, rules=RULES,
                             calendar=CAL), Code.APPLICATION_CLOSED)


def test_time_does_not_run_backwards() -> None:
    app = notified(at(2026, 3, 20))
    error = refused(lambda: withdraw(app, now=at(2026, 3, 19), actor=APPLICANT, rules=RULES,
                                     calendar=CAL), Code.TIME_BEFORE_LAST_CHANGE)
    assert error.params["last_change"] == at(2026, 3, 20)


def test_another_parent_cannot_act_on_the_application() -> None:
    stranger = Actor(ActorKind.APPLICANT, DEMO_ADULTS[2].iin)
    refused(lambda: withdraw(registered(), now=at(2026, 3, 3), actor=stranger, rules=RULES,
                             calendar=CAL), Code.NOT_APPLICANT)


# ------------------------------------------------------------------------ what the UI shows


def reasons(
    app: Application, now: datetime, situation: Situation = Situation()
) -> dict[str, str | None]:
    return {
        action.value: (None if p.allowed else p.reason.value)  # type: ignore[union-attr]
        for action, p in allowed_actions(app, now=now, rules=RULES, calendar=CAL,
                                         situation=situation).items()
    }


def test_buttons_of_a_queued_application() -> None:
    assert reasons(registered(), at(2026, 3, 3)) == {
        "confirm_interest": None,
        "change_benefit": None,
        "withdraw": None,
        "issue_referral": "turn_not_come",
        "extend_referral": "illegal_state",
        "revoke_referral": "illegal_state",
    }
    assert reasons(registered(), at(2026, 3, 3), FREE_CHOICE)["issue_referral"] is None
    young = registered(at(2026, 1, 5), child=AYAULYM)
    assert reasons(young, at(2026, 1, 6), FREE_CHOICE)["issue_referral"] == "child_too_young"


def test_buttons_of_a_notified_application() -> None:
    app = notified()
    assert reasons(app, at(2026, 3, 23), PLACES) == {
        "confirm_interest": None,
        "change_benefit": "illegal_state",
        "withdraw": None,
        "issue_referral": None,
        "extend_referral": "illegal_state",
        "revoke_referral": "illegal_state",
    }
    assert reasons(app, at(2026, 3, 23))["issue_referral"] == "no_free_places"


def test_buttons_of_a_referral() -> None:
    app = with_referral(at(2026, 3, 26, 9))
    shown = reasons(app, at(2026, 3, 26, 10))
    assert shown["extend_referral"] is None and shown["revoke_referral"] is None
    assert shown["withdraw"] == "illegal_state"
    later = reasons(app, at(2026, 3, 27, 10))
    assert later["revoke_referral"] == "revoke_window_closed"
    permission = allowed_actions(app, now=at(2026, 3, 27, 10), rules=RULES, calendar=CAL)[
        Action.REVOKE_REFERRAL
    ]
    assert not permission.allowed and permission.error is not None
    assert permission.error.params["hours"] == 24


def test_buttons_of_a_closed_application() -> None:
    app = withdraw(registered(), now=at(2026, 3, 3), actor=APPLICANT, rules=RULES, calendar=CAL)
    assert set(reasons(app, at(2026, 3, 4)).values()) == {"application_closed"}


def test_due_system_actions() -> None:
    assert due_system_actions(registered(), now=at(2026, 3, 3), rules=RULES, calendar=CAL) == ()
    assert due_system_actions(notified(), now=at(2026, 3, 31), rules=RULES, calendar=CAL) == (
        Action.TURN_LAPSED,
    )
    assert due_system_actions(notified(), now=at(2027, 3, 2), rules=RULES, calendar=CAL) == (
        Action.TURN_LAPSED, Action.INTEREST_LAPSED,
    )
    assert due_system_actions(with_referral(), now=at(2026, 4, 2), rules=RULES, calendar=CAL) == (
        Action.REFERRAL_EXPIRED,
    )
    old = registered(born=date(2019, 6, 1))
    assert due_system_actions(old, now=at(2026, 6, 1), rules=RULES, calendar=CAL) == (
        Action.AGE_LIMIT_REACHED,
    )
    with pytest.raises(ValueError, match="aware"):
        due_system_actions(old, now=datetime(2026, 6, 1), rules=RULES, calendar=CAL)


def test_a_service_centre_number_written_before_the_rule_is_tidied_not_refused() -> None:
    from kiosk.domain.history import is_service_centre, tidy_service_centre

    assert is_service_centre("ЦОН №7 (Есиль), окно 3") and not is_service_centre("ЦОН <7>")
    assert tidy_service_centre("  ЦОН <7>\tАстана  ") == "ЦОН 7 Астана"
    assert tidy_service_centre("<>") == "" and len(tidy_service_centre("7 " * 40)) <= 40
    assert is_service_centre(tidy_service_centre("x" * 39 + " y"))
