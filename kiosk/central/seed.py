"""Reference data and the demo region.

:func:`seed_reference` loads what every installation needs: the regions served (Astana,
Almaty and Aktobe run their own portals and are not in the list), the benefit categories
of SPEC §8 and the sanatorium profiles. :func:`seed_demo` adds a demo region (Karaganda
region's districts, dozens of kindergartens with groups and free places, a synthetic
register of persons and thousands of applications at realistic states) plus the persons of
:mod:`kiosk.domain.demo_register`, for demos and benchmarks. Both are idempotent.

The demo is generated deterministically (a fixed random seed); names and addresses are
invented, IINs are valid but synthetic. District KATO codes of the demo follow the national
scheme for the Karaganda region (35…) but are demo data, not an authoritative KATO extract.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.central import models, places
from kiosk.central.mapping import store
from kiosk.central.register import load_demo_persons
from kiosk.domain import transitions
from kiosk.domain.application import Application, RegistrationRequest, interest_due_at
from kiosk.domain.benefit import NO_BENEFIT, Benefit, PriorityClass
from kiosk.domain.demo_region import DEMO_DISTRICTS, DEMO_REGION
from kiosk.domain.errors import TransitionError
from kiosk.domain.history import SYSTEM, Actor, ActorKind
from kiosk.domain.iin import Sex, build_iin, check_digit
from kiosk.domain.numbers import ApplicationNumber, QueueType
from kiosk.domain.calendar import WorkingCalendar
from kiosk.domain.rules import RegionRules

# (KATO, Kazakh, Russian)
REGIONS: tuple[tuple[str, str, str], ...] = (
    ("100000000", "Абай облысы", "Область Абай"),
    ("110000000", "Ақмола облысы", "Акмолинская область"),
    ("190000000", "Алматы облысы", "Алматинская область"),
    ("230000000", "Атырау облысы", "Атырауская область"),
    ("270000000", "Батыс Қазақстан облысы", "Западно-Казахстанская область"),
    ("310000000", "Жамбыл облысы", "Жамбылская область"),
    ("330000000", "Жетісу облысы", "Область Жетісу"),
    ("350000000", "Қарағанды облысы", "Карагандинская область"),
    ("390000000", "Қостанай облысы", "Костанайская область"),
    ("430000000", "Қызылорда облысы", "Кызылординская область"),
    ("470000000", "Маңғыстау облысы", "Мангистауская область"),
    ("510000000", "Түркістан облысы", "Туркестанская область"),
    ("550000000", "Павлодар облысы", "Павлодарская область"),
    ("590000000", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область"),
    ("620000000", "Ұлытау облысы", "Область Ұлытау"),
    ("630000000", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область"),
    ("790000000", "Шымкент қаласы", "Город Шымкент"),
)
"""Regions served by this product. Astana (71), Almaty (75) and Aktobe (15) have their own portals."""

EXCLUDED_REGIONS = ("710000000", "750000000", "150000000")

# (code, priority class, Kazakh, Russian)
BENEFIT_CATEGORIES: tuple[tuple[str, PriorityClass, str, str], ...] = (
    ("servicemen_children", PriorityClass.OUT_OF_TURN,
     "Әскери қызметшілердің балалары",
     "Дети военнослужащих"),
    ("special_bodies_children", PriorityClass.OUT_OF_TURN,
     "Арнаулы мемлекеттік органдар қызметкерлерінің балалары",
     "Дети сотрудников специальных государственных органов"),
    ("fallen_on_duty_children", PriorityClass.OUT_OF_TURN,
     "Қызметтік міндеттерін атқару кезінде қаза тапқан немесе хабарсыз кеткен әскери "
     "қызметшілер мен арнаулы мемлекеттік органдар қызметкерлерінің балалары",
     "Дети военнослужащих и сотрудников специальных государственных органов, погибших или "
     "пропавших без вести при исполнении служебных обязанностей"),
    ("orphans", PriorityClass.FIRST_PRIORITY,
     "Жетім балалар және ата-анасының қамқорлығынсыз қалған балалар",
     "Дети-сироты и дети, оставшиеся без попечения родителей"),
    ("disabled_children", PriorityClass.FIRST_PRIORITY,
     "Мүгедектігі бар балалар",
     "Дети с инвалидностью"),
    ("disabled_parents_children", PriorityClass.FIRST_PRIORITY,
     "Мүгедектігі бар ата-аналардың балалары",
     "Дети родителей с инвалидностью"),
    ("large_families", PriorityClass.FIRST_PRIORITY,
     "Көпбалалы отбасылардың балалары",
     "Дети из многодетных семей"),
    ("special_educational_needs", PriorityClass.FIRST_PRIORITY,
     "Ерекше білім берілуіне қажеттілігі бар балалар",
     "Дети с особыми образовательными потребностями"),
)

SANATORIUM_PROFILES: dict[str, tuple[str, str]] = {
    "tuberculosis": ("Туберкулез инфекциясын жұқтырған балалар",
                     "Для детей с туберкулезной инфекцией"),
    "respiratory": ("Тыныс алу ағзалары жиі ауыратын балалар",
                    "Для часто болеющих детей (органы дыхания)"),
    "musculoskeletal": ("Тірек-қимыл аппараты бұзылған балалар",
                        "Для детей с нарушениями опорно-двигательного аппарата"),
}
"""Sanatorium kindergarten profiles: code → (Kazakh, Russian)."""

_DISTRICT_WEIGHTS = (40, 6, 4, 14, 5, 6, 6, 3, 3, 4, 3)
_CENTRES = {
    "351010000": (49.806, 73.085), "351610000": (46.848, 74.995), "352210000": (49.790, 72.853),
    "352410000": (50.059, 72.964), "352610000": (49.711, 72.587), "353200000": (49.631, 72.859),
    "353400000": (49.983, 73.756), "353600000": (49.410, 75.474), "354400000": (49.923, 69.114),
    "354800000": (50.557, 72.569), "355200000": (48.397, 73.104),
}

_KINDERGARTEN_NAMES = (
    ("Балдәурен", "Балдаурен"), ("Айгөлек", "Айголек"), ("Ақбота", "Акбота"),
    ("Балапан", "Балапан"), ("Қарлығаш", "Карлыгаш"), ("Еркетай", "Еркетай"),
    ("Күншуақ", "Куншуак"), ("Шапағат", "Шапагат"), ("Болашақ", "Болашак"),
    ("Нұрсәт", "Нурсат"), ("Ақниет", "Акниет"), ("Гүлдер", "Гульдер"),
    ("Жұлдыз", "Жулдыз"), ("Арай", "Арай"), ("Ертегі", "Сказка"), ("Күн сәулесі", "Солнышко"),
    ("Қызғалдақ", "Тюльпан"), ("Аққу", "Лебёдушка"), ("Бөбек", "Бобек"), ("Самал", "Самал"),
)
_STREETS = (
    ("Бұқар жырау даңғылы", "проспект Бухар-Жырау"), ("Ерубаев көшесі", "улица Ерубаева"),
    ("Гоголь көшесі", "улица Гоголя"), ("Абай көшесі", "улица Абая"),
    ("Республика даңғылы", "проспект Республики"), ("Шахтерлер даңғылы", "проспект Шахтеров"),
    ("Қазыбек би көшесі", "улица Казыбек би"), ("Жамбыл көшесі", "улица Жамбыла"),
)
_SURNAMES = (("Ахметов", "Ахметова"), ("Серікбаев", "Серікбаева"), ("Жақсылықов", "Жақсылықова"),
             ("Омаров", "Омарова"), ("Нұрланов", "Нұрланова"), ("Иванов", "Иванова"),
             ("Ким", "Ким"), ("Сейітов", "Сейітова"), ("Тоқтаров", "Тоқтарова"),
             ("Қасымов", "Қасымова"), ("Петров", "Петрова"), ("Бекмұхамбетов", "Бекмұхамбетова"),
             ("Әбілов", "Әбілова"), ("Мұқанов", "Мұқанова"), ("Смагулов", "Смагулова"))
_MALE_NAMES = ("Нұрислам", "Алихан", "Әли", "Ерасыл", "Данияр", "Айсұлтан", "Максим", "Арсен",
               "Темірлан", "Ернұр", "Иван", "Мирас", "Əмір", "Рамазан", "Санжар")
_FEMALE_NAMES = ("Айару", "Аяулым", "Томирис", "Медина", "Әмина", "Айша", "Дарья", "Інжу",
                 "Сафия", "Жансая", "Анна", "Аружан", "Мадина", "Камила", "Ясмина")
_FATHER_NAMES = ("Ерлан", "Қайрат", "Дәурен", "Асхат", "Сергей", "Нұрлан", "Бауыржан", "Ғалым")


@dataclass(frozen=True)
class SeedReport:
    """What a seeding added."""

    regions: int = 0
    districts: int = 0
    benefit_categories: int = 0
    kindergartens: int = 0
    groups: int = 0
    persons: int = 0
    applications: int = 0


def seed_reference(session: Session) -> SeedReport:
    """Regions and benefit categories (those missing)."""
    regions = categories = 0
    for kato, kk, ru in REGIONS:
        if session.get(models.Region, kato) is None:
            session.add(models.Region(kato=kato, name_kk=kk, name_ru=ru))
            regions += 1
    for order, (code, priority, kk, ru) in enumerate(BENEFIT_CATEGORIES):
        if session.get(models.BenefitCategory, code) is None:
            session.add(models.BenefitCategory(code=code, priority=priority.value, name_kk=kk,
                                               name_ru=ru, active=True, sort_order=order))
            categories += 1
    session.flush()
    return SeedReport(regions=regions, benefit_categories=categories)


def seed_districts(session: Session) -> int:
    """The demo region's districts (those missing); how many were added."""
    added = 0
    for kato, kk, ru in DEMO_DISTRICTS:
        if session.get(models.District, kato) is None:
            session.add(models.District(kato=kato, region_kato=DEMO_REGION, name_kk=kk,
                                        name_ru=ru))
            added += 1
    session.flush()
    return added


def _seed_kindergartens(session: Session, rng: random.Random, count: int,
                        today: date) -> tuple[int, int]:
    if session.scalar(select(func.count(models.Kindergarten.id))):
        return 0, 0
    districts = [d[0] for d in DEMO_DISTRICTS]
    profiles = list(SANATORIUM_PROFILES)
    groups = 0
    for n in range(1, count + 1):
        district = rng.choices(districts, weights=_DISTRICT_WEIGHTS)[0]
        if n <= 2:
            district = "351010000"  # the demo families' city gets the first ones
        kk_name, ru_name = _KINDERGARTEN_NAMES[n % len(_KINDERGARTEN_NAMES)]
        sanatorium = profiles[n % len(profiles)] if n % 9 == 0 else None
        district_kk, district_ru = next((d[1], d[2]) for d in DEMO_DISTRICTS if d[0] == district)
        street_kk, street_ru = rng.choice(_STREETS)
        house = rng.randint(1, 150)
        lat, lon = _CENTRES[district]
        languages = rng.choice(("kk,ru", "kk", "kk,ru", "ru"))
        if sanatorium:
            name_kk = f"№ {n} «{kk_name}» санаторлық бөбекжай-бақшасы"
            name_ru = f"Санаторный ясли-сад № {n} «{ru_name}»"
        else:
            name_kk = f"№ {n} «{kk_name}» бөбекжай-бақшасы"
            name_ru = f"Ясли-сад № {n} «{ru_name}»"
        garden = models.Kindergarten(
            code=f"DS-{n:03d}", district_kato=district, name_kk=name_kk, name_ru=name_ru,
            address_kk=f"{district_kk}, {street_kk}, {house}",
            address_ru=f"{district_ru}, {street_ru}, {house}",
            phone=f"8721{rng.randint(2000000, 5999999)}",
            latitude=round(lat + rng.uniform(-0.03, 0.03), 5),
            longitude=round(lon + rng.uniform(-0.05, 0.05), 5),
            languages=languages, sanatorium_profile=sanatorium, bin=demo_bin(n))
        for year in range(today.year - 6, today.year - 1):
            for language in languages.split(","):
                capacity = rng.choice((20, 25, 30))
                free = rng.choice((0, 0, 0, 1, 2, 3)) if n > 2 else 3
                garden.groups.append(models.KindergartenGroup(
                    birth_year=year, language=language, capacity=capacity, free_places=free,
                    place_type="ordinary",
                    release_date=None if free == 0 else today - timedelta(days=rng.randint(0, 20)),
                    free_choice=free > 0 and (n <= 2 or rng.random() < 0.3)))
                groups += 1
        session.add(garden)
    session.flush()
    return count, groups


def demo_bin(n: int) -> str:
    """The synthetic BIN of the ``n``-th demo kindergarten (its staff's certificates carry
    it): 12 digits, checksum as for an IIN."""
    body = f"0{n % 100000:05d}4{n % 100000:05d}"[:11]
    digit = check_digit(body)
    return body + str(digit if digit is not None else 0)


def _person(iin: str, surname: str, name: str, patronymic: str, born: date, sex: Sex,
            district: str, rng: random.Random, phone: str = "") -> models.Person:
    street_kk, _ = rng.choice(_STREETS)
    city = next(d[1] for d in DEMO_DISTRICTS if d[0] == district)
    return models.Person(iin=iin, surname=surname, name=name, patronymic=patronymic,
                         birth_date=born, sex=sex.value, phone=phone, city=city,
                         district=city, street=street_kk, house=str(rng.randint(1, 150)),
                         flat=str(rng.randint(1, 200)) if rng.random() < 0.7 else "")


def _iin(born: date, sex: Sex, serial: int) -> str:
    for candidate in range(serial, serial + 30):
        iin = build_iin(born, sex, candidate % 10000)
        if iin is not None:
            return iin
    raise AssertionError("no valid IIN")  # pragma: no cover


def _seed_applications(session: Session, rng: random.Random, count: int,
                       now: datetime, rules: RegionRules) -> tuple[int, int]:
    if session.scalar(select(func.count(models.Application.id))):
        return 0, 0
    categories = [(c[0], c[1]) for c in BENEFIT_CATEGORIES]
    districts = [d[0] for d in DEMO_DISTRICTS]
    gardens = list(session.scalars(select(models.Kindergarten)
                                   .where(models.Kindergarten.sanatorium_profile.is_(None))))
    calendar = rules.working_calendar()
    persons = 0
    used: set[str] = set(session.scalars(select(models.Person.iin)))
    sequences: dict[tuple[QueueType, int], int] = {}
    serial = 3000
    created: list[tuple[datetime, models.Application]] = []
    for _ in range(count):
        district = rng.choices(districts, weights=_DISTRICT_WEIGHTS)[0]
        born = now.date() - timedelta(days=rng.randint(60, int(6.5 * 365)))
        age_days = (now.date() - born).days
        registered = now - timedelta(days=rng.randint(1, age_days - 30),
                                     minutes=rng.randint(0, 1440))
        sex = rng.choice((Sex.MALE, Sex.FEMALE))
        serial += 1
        child_iin = _iin(born, sex, serial)
        if child_iin in used:
            continue
        used.add(child_iin)
        male_surname, female_surname = rng.choice(_SURNAMES)
        father = rng.choice(_FATHER_NAMES)
        parent_born = born - timedelta(days=rng.randint(22 * 365, 38 * 365))
        serial += 1
        parent_iin = _iin(parent_born, Sex.FEMALE, serial)
        if parent_iin in used:
            continue
        used.add(parent_iin)
        session.add(_person(parent_iin, female_surname, rng.choice(_FEMALE_NAMES),
                            f"{father}қызы", parent_born, Sex.FEMALE, district, rng,
                            f"+7701{rng.randint(1000000, 9999999)}"))
        child_name = rng.choice(_MALE_NAMES if sex is Sex.MALE else _FEMALE_NAMES)
        session.add(_person(child_iin, male_surname if sex is Sex.MALE else female_surname,
                            child_name, f"{father}{'ұлы' if sex is Sex.MALE else 'қызы'}",
                            born, sex, district, rng))
        session.add(models.PersonLink(parent_iin=parent_iin, child_iin=child_iin))
        persons += 2
        roll = rng.random()
        benefit = NO_BENEFIT
        if roll < 0.04:
            benefit = Benefit(PriorityClass.OUT_OF_TURN,
                              rng.choice([c for c, p in categories if p is PriorityClass.OUT_OF_TURN]))
        elif roll < 0.16:
            benefit = Benefit(PriorityClass.FIRST_PRIORITY,
                              rng.choice([c for c, p in categories
                                          if p is PriorityClass.FIRST_PRIORITY]))
        key = (QueueType.ORDINARY, registered.year)
        sequences[key] = sequences.get(key, 0) + 1
        number = ApplicationNumber(QueueType.ORDINARY, registered.year, sequences[key], 1)
        request = RegistrationRequest(number=number, child_iin=child_iin, child_birth_date=born,
                                      applicant_iin=parent_iin, benefit=benefit,
                                      district=district)
        try:
            app = transitions.register(request, existing=(), now=registered,
                                       actor=Actor(ActorKind.APPLICANT, parent_iin), rules=rules)
        except TransitionError:  # pragma: no cover - the generator keeps children young
            continue
        app = _advance_demo(app, rng, now, rules, calendar, gardens, district)
        row = models.Application(region_kato=DEMO_REGION, district_kato=district,
                                 sanatorium_profile=None, language=None,
                                 phone=f"+7701{rng.randint(1000000, 9999999)}",
                                 device_id="seed")
        store(row, app)
        session.add(row)
        created.append((registered, row))
    for (queue_type, year), last in sequences.items():
        session.merge(models.NumberSequence(queue_type=queue_type.value, year=year, last=last))
    session.flush()
    return len(created), persons


def _advance_demo(app: Application, rng: random.Random, now: datetime,
                  rules: RegionRules, calendar: WorkingCalendar,
                  gardens: list[models.Kindergarten], district: str) -> Application:
    """Give a demo application a realistic life: confirmations, turns, referrals, removals."""
    moment = app.registered_at
    try:
        while True:
            due = interest_due_at(app, rules)
            if due > now:
                break
            if rng.random() < 0.85:
                moment = due - timedelta(days=rng.randint(1, 60))
                app = transitions.confirm_interest(app, now=max(moment, app.last_change_at),
                                                   actor=Actor(ActorKind.APPLICANT,
                                                               app.applicant_iin),
                                                   rules=rules, calendar=calendar)
            else:
                return transitions.interest_lapsed(app, now=due, actor=SYSTEM, rules=rules,
                                                   calendar=calendar)
        roll = rng.random()
        age_now = (now.date() - app.child_birth_date).days // 365
        local = [g for g in gardens if g.district_kato == district] or gardens
        if age_now >= 3 and roll < 0.10:
            turn = now - timedelta(days=rng.randint(10, 200))
            if turn <= app.last_change_at:
                return app
            app = transitions.offer_turn(app, now=turn, actor=SYSTEM, rules=rules,
                                         calendar=calendar,
                                         situation=transitions.Situation(free_places=True))
            garden = rng.choice(local)
            app = transitions.issue_referral(
                app, garden.code, now=turn + timedelta(hours=3),
                actor=Actor(ActorKind.APPLICANT, app.applicant_iin), rules=rules,
                calendar=calendar, situation=transitions.Situation(free_places=True),
                benefit_documents_date=(turn + timedelta(hours=3)).date())
            return transitions.enrol(app, now=turn + timedelta(days=1),
                                     actor=Actor(ActorKind.KINDERGARTEN, garden.code),
                                     rules=rules, calendar=calendar)
        if roll < 0.13:
            moment = max(app.last_change_at, now - timedelta(days=rng.randint(1, 100)))
            return transitions.withdraw(app, now=moment,
                                        actor=Actor(ActorKind.APPLICANT, app.applicant_iin),
                                        rules=rules, calendar=calendar)
        if age_now >= 2 and roll < 0.15:
            turn = now - timedelta(hours=rng.randint(1, 20))
            if turn > app.last_change_at:
                return transitions.offer_turn(app, now=turn, actor=SYSTEM, rules=rules,
                                              calendar=calendar,
                                              situation=transitions.Situation(free_places=True))
    except TransitionError:
        pass  # a state the demo cannot reach for this child: keep what it has
    return app


def seed_demo(session: Session, *, applications: int = 3000, kindergartens: int = 40,
              now: datetime | None = None, rules: RegionRules | None = None,
              seed: int = 2026) -> SeedReport:
    """The demo region with its kindergartens, persons and applications (idempotent)."""
    now = now or datetime.now(timezone.utc)
    rules = rules or RegionRules()
    rng = random.Random(seed)
    reference = seed_reference(session)
    districts = seed_districts(session)
    today = now.astimezone(rules.tz).date()
    gardens, groups = _seed_kindergartens(session, rng, kindergartens, today)
    if gardens:
        places.seed_from_groups(session, now)
    demo_persons = load_demo_persons(session)
    count, persons = _seed_applications(session, rng, applications, now, rules)
    return SeedReport(regions=reference.regions, districts=districts,
                      benefit_categories=reference.benefit_categories, kindergartens=gardens,
                      groups=groups, persons=persons + demo_persons, applications=count)

