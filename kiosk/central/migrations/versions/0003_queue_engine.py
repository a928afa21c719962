"""queue engine: places, allocation log, interleave cursors, notification outbox and
message texts, queue events, queue-number views; the applicant's language, stop-list date
and departure on applications; kindergartens' BIN; indexes for the allocation and the
deadlines

Revision ID: 0003_queue_engine
Revises: 0002_official_documents
Create Date: 2026-11-27 12:00:00

Data: the notification texts (kk/ru, e-mail and SMS), the stop-list date copied out of
``state_json``, and one ``places`` row per free place counted on a group so far.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision: str = '0003_queue_engine'
down_revision: str | None = '0002_official_documents'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (code, language, channel, subject, body): the messages to applicants. Placeholders are
# filled from the notification's parameters; dates come formatted as dd.mm.yyyy.
MESSAGES: tuple[tuple[str, str, str, str, str], ...] = (
    ("turn_came", "kk", "email", "Кезегіңіз келді: {number} өтініш",
     "Құрметті өтініш беруші!\n\n"
     "Кезегіңіз келді: {number} өтініштің мәртебесі «Хабарлама жіберілді» болып өзгертілді. "
     "{until} қоса алғанда ({days} жұмыс күні ішінде) мектепке дейінгі ұйымды таңдап, "
     "жолдаманы алыңыз. Әйтпесе орын {year} жылы туған барлық кезектегі балаларға "
     "қолжетімді болады, ал Сіз кезекте қаласыз.\n\nBalabaqsha"),
    ("turn_came", "ru", "email", "Ваша очередь подошла: заявление {number}",
     "Уважаемый заявитель!\n\n"
     "Ваша очередь подошла: статус заявления {number} изменён на «Направлено уведомление». "
     "Выберите детский сад и получите направление до {until} включительно (в течение "
     "{days} рабочих дней). Иначе место станет доступно всем детям группы {year} года "
     "рождения, стоящим в очереди, а Вы останетесь в очереди.\n\nBalabaqsha"),
    ("turn_came", "kk", "sms", "",
     "Кезегіңіз келді: {number}. Балабақшаны таңдап, жолдаманы {until} дейін алыңыз."),
    ("turn_came", "ru", "sms", "",
     "Ваша очередь подошла: {number}. Выберите детский сад и получите направление до {until}."),
    ("turn_lapsed", "kk", "email", "Таңдау мерзімі өтті: {number} өтініш",
     "Құрметті өтініш беруші!\n\n"
     "{number} өтініш бойынша балабақшаны таңдау мерзімі өтті. Орын еркін таңдауға "
     "берілді; Сіз кезекте қаласыз.\n\nBalabaqsha"),
    ("turn_lapsed", "ru", "email", "Срок выбора истёк: заявление {number}",
     "Уважаемый заявитель!\n\n"
     "Срок выбора детского сада по заявлению {number} истёк. Место передано в свободный "
     "выбор; Вы остаётесь в очереди.\n\nBalabaqsha"),
    ("turn_lapsed", "kk", "sms", "",
     "{number}: балабақшаны таңдау мерзімі өтті. Сіз кезекте қаласыз."),
    ("turn_lapsed", "ru", "sms", "",
     "{number}: срок выбора детского сада истёк. Вы остаётесь в очереди."),
    ("referral_expired", "kk", "email", "Жолдама жойылды: {number} өтініш",
     "Құрметті өтініш беруші!\n\n"
     "{number} өтініш бойынша жолдама жойылды: бала {days} жұмыс күні ішінде балабақшаға "
     "қабылданбады. Бала {until} қоса алғанда стоп-тізімде, бұл уақытта жолдаманы алу "
     "мүмкіндігі бұғатталады. Одан кейін жолдаманы бос орын болған жағдайда ғана алуға "
     "болады.\n\nBalabaqsha"),
    ("referral_expired", "ru", "email", "Направление аннулировано: заявление {number}",
     "Уважаемый заявитель!\n\n"
     "Направление по заявлению {number} аннулировано: ребёнок не зачислен в течение {days} "
     "рабочих дней. Ребёнок находится в стоп-листе до {until} включительно, на это время "
     "получение направления заблокировано. После этого направление можно получить только "
     "при наличии свободных мест.\n\nBalabaqsha"),
    ("referral_expired", "kk", "sms", "",
     "{number}: жолдама жойылды. Бала {until} дейін стоп-тізімде."),
    ("referral_expired", "ru", "sms", "",
     "{number}: направление аннулировано. Ребёнок в стоп-листе до {until}."),
    ("removed_referrals_expired", "kk", "email", "Кезектен алынды: {number} өтініш",
     "Құрметті өтініш беруші!\n\n"
     "{number} өтініш бойынша бала кезектен алынды: берілген жолдаманың әрекет ету "
     "мерзімі {count} рет өткізіп алынды.\n\nBalabaqsha"),
    ("removed_referrals_expired", "ru", "email", "Снят с очереди: заявление {number}",
     "Уважаемый заявитель!\n\n"
     "Ребёнок по заявлению {number} снят с очереди: срок действия выданного направления "
     "пропущен {count} раза.\n\nBalabaqsha"),
    ("removed_referrals_expired", "kk", "sms", "",
     "{number}: бала кезектен алынды, жолдама мерзімі {count} рет өткізілді."),
    ("removed_referrals_expired", "ru", "sms", "",
     "{number}: ребёнок снят с очереди, срок направления пропущен {count} раза."),
    ("removed_interest", "kk", "email", "Кезектен алынды: {number} өтініш",
     "Құрметті өтініш беруші!\n\n"
     "{number} өтініш бойынша бала кезектен алынды: мүдделілік {months} ай ішінде "
     "расталмады.\n\nBalabaqsha"),
    ("removed_interest", "ru", "email", "Снят с очереди: заявление {number}",
     "Уважаемый заявитель!\n\n"
     "Ребёнок по заявлению {number} снят с очереди: заинтересованность не подтверждена в "
     "течение {months} месяцев.\n\nBalabaqsha"),
    ("removed_interest", "kk", "sms", "",
     "{number}: бала кезектен алынды, мүдделілік {months} ай ішінде расталмады."),
    ("removed_interest", "ru", "sms", "",
     "{number}: ребёнок снят с очереди, заинтересованность не подтверждена."),
    ("removed_age", "kk", "email", "Кезектен алынды: {number} өтініш",
     "Құрметті өтініш беруші!\n\n"
     "{number} өтініш бойынша бала кезектен алынды: бала {age} жасқа толды.\n\nBalabaqsha"),
    ("removed_age", "ru", "email", "Снят с очереди: заявление {number}",
     "Уважаемый заявитель!\n\n"
     "Ребёнок по заявлению {number} снят с очереди: ребёнку исполнилось {age} лет."
     "\n\nBalabaqsha"),
    ("removed_age", "kk", "sms", "", "{number}: бала {age} жасқа толып, кезектен алынды."),
    ("removed_age", "ru", "sms", "",
     "{number}: ребёнку исполнилось {age} лет, он снят с очереди."),
    ("benefit_referral_refused", "kk", "email",
     "Жеңілдік бойынша жолдамадан бас тартылды: {number} өтініш",
     "Құрметті өтініш беруші!\n\n"
     "{number} өтініш бойынша жеңілдік санаты бойынша жолдама берілмеді: жеңілдікті "
     "растайтын құжаттың берілген күні жолдама сұралған күннен {days} күнтізбелік күннен "
     "ерте болмауы тиіс ({reason}).\n\nBalabaqsha"),
    ("benefit_referral_refused", "ru", "email",
     "Отказ в направлении по льготе: заявление {number}",
     "Уважаемый заявитель!\n\n"
     "В направлении по льготной категории по заявлению {number} отказано: дата выдачи "
     "документа, подтверждающего льготу, должна быть не позднее {days} календарных дней с "
     "даты запроса на получение направления ({reason}).\n\nBalabaqsha"),
    ("benefit_referral_refused", "kk", "sms", "",
     "{number}: жеңілдік бойынша жолдамадан бас тартылды, құжат {days} күннен ескі."),
    ("benefit_referral_refused", "ru", "sms", "",
     "{number}: отказ в направлении по льготе, документ старше {days} дней."),
)

def upgrade() -> None:
    op.create_table('allocation_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('trigger', sa.String(length=20), nullable=False),
    sa.Column('offers', sa.Integer(), nullable=False),
    sa.Column('record', sa.LargeBinary(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('previous_digest', sa.String(length=64), nullable=False),
    sa.Column('notified_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_allocation_runs'))
    )
    with op.batch_alter_table('allocation_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_allocation_runs_at'), ['at'], unique=False)

    op.create_table('interleave_cursors',
    sa.Column('district_kato', sa.String(length=9), nullable=False),
    sa.Column('queue_type', sa.String(length=4), nullable=False),
    sa.Column('profile', sa.String(length=40), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('district_kato', 'queue_type', 'profile', 'birth_year', name=op.f('pk_interleave_cursors'))
    )
    op.create_table('message_templates',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('code', 'language', 'channel', name=op.f('pk_message_templates'))
    )
    op.create_table('notification_outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('recipient', sa.String(length=200), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('template', sa.String(length=40), nullable=False),
    sa.Column('params_json', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=False),
    sa.Column('lease_until', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notification_outbox')),
    sa.UniqueConstraint('key', name=op.f('uq_notification_outbox_key'))
    )
    with op.batch_alter_table('notification_outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notification_outbox_application_id'), ['application_id'], unique=False)
        batch_op.create_index('ix_notification_outbox_due', ['status', 'next_attempt_at'], unique=False)

    op.create_table('places',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('kindergarten_id', sa.Integer(), nullable=False),
    sa.Column('district_kato', sa.String(length=9), nullable=False),
    sa.Column('queue_type', sa.String(length=4), nullable=False),
    sa.Column('sanatorium_profile', sa.String(length=40), nullable=True),
    sa.Column('birth_year', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('place_type', sa.String(length=20), nullable=False),
    sa.Column('release_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('holder_id', sa.Integer(), nullable=True),
    sa.Column('via', sa.String(length=20), nullable=True),
    sa.Column('offered_at', sa.DateTime(), nullable=True),
    sa.Column('offer_expires_at', sa.DateTime(), nullable=True),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('published_at', sa.DateTime(), nullable=False),
    sa.Column('published_by', sa.String(length=64), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['kindergarten_groups.id'], name=op.f('fk_places_group_id_kindergarten_groups')),
    sa.ForeignKeyConstraint(['kindergarten_id'], ['kindergartens.id'], name=op.f('fk_places_kindergarten_id_kindergartens')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_places'))
    )
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_places_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_places_holder_id'), ['holder_id'], unique=False)
        batch_op.create_index('ix_places_pool', ['status', 'district_kato', 'queue_type', 'birth_year'], unique=False)

    op.create_table('queue_counts',
    sa.Column('district_kato', sa.String(length=9), nullable=False),
    sa.Column('queue_type', sa.String(length=4), nullable=False),
    sa.Column('profile', sa.String(length=40), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=False),
    sa.Column('priority', sa.String(length=20), nullable=False),
    sa.Column('bucket', sa.Integer(), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('district_kato', 'queue_type', 'profile', 'birth_year', 'priority', 'bucket', name=op.f('pk_queue_counts'))
    )
    op.create_table('queue_position_views',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('seen_at', sa.DateTime(), nullable=False),
    sa.Column('overall', sa.Integer(), nullable=False),
    sa.Column('in_category', sa.Integer(), nullable=False),
    sa.Column('priority', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_queue_position_views_application_id_applications')),
    sa.PrimaryKeyConstraint('application_id', name=op.f('pk_queue_position_views'))
    )
    op.create_table('queue_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('actor_kind', sa.String(length=20), nullable=False),
    sa.Column('actor_ident', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=False),
    sa.Column('details_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_queue_events_application_id_applications')),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_queue_events_place_id_places')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_events'))
    )
    with op.batch_alter_table('queue_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_queue_events_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_queue_events_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_queue_events_place_id'), ['place_id'], unique=False)

    with op.batch_alter_table('application_history', schema=None) as batch_op:
        batch_op.create_index('ix_application_history_at', ['at'], unique=False)

    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('applicant_language', sa.String(length=2), server_default='kk', nullable=False))
        batch_op.add_column(sa.Column('stop_list_until', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('departed_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('birth_year', sa.Integer(), nullable=True))
        batch_op.create_index('ix_applications_rank', ['district_kato', 'queue_type', 'sanatorium_profile', 'birth_year', 'priority', 'registered_at', 'number_year', 'number_seq'], unique=False)
        # replaced by ix_applications_rank (same leading columns); no index names status
        batch_op.drop_index('ix_applications_queue')

    with op.batch_alter_table('kindergartens', schema=None) as batch_op:
        batch_op.add_column(sa.Column('bin', sa.String(length=12), nullable=True))
        batch_op.create_index(batch_op.f('ix_kindergartens_bin'), ['bin'], unique=False)

    _data()
    _create_triggers()
    if op.get_bind().dialect.name == "postgresql":
        # room on each page for the new version of a row a turn updates (a HOT update)
        op.execute("ALTER TABLE applications SET (fillfactor = 80)")



# The queue counters (``queue_counts``) follow ``applications`` through triggers: a row counts
# while its status is queued or notified, under its group, benefit class, and month and day
# of registration (two counter rows each). The same statements on both dialects, written in
# each one's trigger syntax.
_IN_QUEUE = "('queued', 'notified')"
_KEY = ("district_kato", "queue_type", "profile", "birth_year", "priority", "bucket")


def _buckets(prefix: str, dialect: str) -> tuple[str, str]:
    """The month (yyyymm) and day (yyyymmdd) of the registration time (UTC)."""
    if dialect == "postgresql":
        year = f"EXTRACT(YEAR FROM {prefix}.registered_at)::int"
        month = f"EXTRACT(MONTH FROM {prefix}.registered_at)::int"
        day = f"EXTRACT(DAY FROM {prefix}.registered_at)::int"
    else:
        year = f"CAST(substr({prefix}.registered_at, 1, 4) AS INTEGER)"
        month = f"CAST(substr({prefix}.registered_at, 6, 2) AS INTEGER)"
        day = f"CAST(substr({prefix}.registered_at, 9, 2) AS INTEGER)"
    return f"({year} * 100 + {month})", f"({year} * 10000 + {month} * 100 + {day})"


def _values(prefix: str, bucket: str) -> list[str]:
    return [f"{prefix}.district_kato", f"{prefix}.queue_type",
            f"COALESCE({prefix}.sanatorium_profile, '')", f"{prefix}.birth_year",
            f"{prefix}.priority", bucket]


def _match(prefix: str, bucket: str) -> str:
    return " AND ".join(f"{k} = {v}" for k, v in zip(_KEY, _values(prefix, bucket)))


def _changed(dialect: str) -> str:
    differ = "IS DISTINCT FROM" if dialect == "postgresql" else "IS NOT"
    pairs = ["district_kato", "queue_type", "sanatorium_profile", "birth_year", "priority",
             "registered_at"]
    moved = " OR ".join(f"OLD.{c} {differ} NEW.{c}" for c in pairs)
    return (f"(OLD.status IN {_IN_QUEUE}) {differ} (NEW.status IN {_IN_QUEUE}) "
            f"OR {moved}")


def _create_triggers() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    columns = ", ".join((*_KEY, "n"))
    if dialect == "postgresql":
        removes = " ".join(f"UPDATE queue_counts SET n = n - 1 WHERE {_match('OLD', b)};"
                           for b in _buckets("OLD", dialect))
        adds = " ".join(
            f"INSERT INTO queue_counts ({columns}) VALUES ({', '.join(_values('NEW', b))}, 1) "
            f"ON CONFLICT ({', '.join(_KEY)}) DO UPDATE SET n = queue_counts.n + 1;"
            for b in _buckets("NEW", dialect))
        op.execute(f"""
CREATE FUNCTION queue_counts_follow() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status IN {_IN_QUEUE} THEN
    {removes}
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status IN {_IN_QUEUE} THEN
    {adds}
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql""")
        op.execute("CREATE TRIGGER queue_counts_insert_delete AFTER INSERT OR DELETE ON "
                   "applications FOR EACH ROW EXECUTE FUNCTION queue_counts_follow()")
        op.execute(f"CREATE TRIGGER queue_counts_update AFTER UPDATE ON applications "
                   f"FOR EACH ROW WHEN ({_changed(dialect)}) EXECUTE FUNCTION queue_counts_follow()")
    else:
        def add(prefix: str) -> str:
            return " ".join(
                f"INSERT INTO queue_counts ({columns}) SELECT {', '.join(_values(prefix, b))}, 0 "
                f"WHERE {prefix}.status IN {_IN_QUEUE} ON CONFLICT DO NOTHING; "
                f"UPDATE queue_counts SET n = n + 1 WHERE {prefix}.status IN {_IN_QUEUE} "
                f"AND {_match(prefix, b)};" for b in _buckets(prefix, dialect))

        def remove(prefix: str) -> str:
            return " ".join(
                f"UPDATE queue_counts SET n = n - 1 WHERE {prefix}.status IN {_IN_QUEUE} "
                f"AND {_match(prefix, b)};" for b in _buckets(prefix, dialect))

        op.execute(f"CREATE TRIGGER queue_counts_insert AFTER INSERT ON applications "
                   f"BEGIN {add('NEW')} END")
        op.execute(f"CREATE TRIGGER queue_counts_delete AFTER DELETE ON applications "
                   f"BEGIN {remove('OLD')} END")
        op.execute(f"CREATE TRIGGER queue_counts_update AFTER UPDATE ON applications "
                   f"WHEN {_changed(dialect)} BEGIN {remove('OLD')} {add('NEW')} END")
    for bucket in _buckets("a", dialect):
        key = ", ".join(_values("a", bucket))
        bind.execute(sa.text(
            f"INSERT INTO queue_counts ({columns}) SELECT {key}, count(*) FROM applications a "
            f"WHERE a.status IN {_IN_QUEUE} GROUP BY {key}"))


def _drop_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS queue_counts_update ON applications")
        op.execute("DROP TRIGGER IF EXISTS queue_counts_insert_delete ON applications")
        op.execute("DROP FUNCTION IF EXISTS queue_counts_follow()")
    else:
        for name in ("queue_counts_insert", "queue_counts_delete", "queue_counts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")


def _data() -> None:
    bind = op.get_bind()
    templates = sa.table("message_templates", sa.column("code", sa.String),
                         sa.column("language", sa.String), sa.column("channel", sa.String),
                         sa.column("subject", sa.String), sa.column("body", sa.Text))
    op.bulk_insert(templates, [
        {"code": code, "language": language, "channel": channel, "subject": subject,
         "body": body} for code, language, channel, subject, body in MESSAGES])
    year = ("EXTRACT(YEAR FROM child_birth_date)::int" if bind.dialect.name == "postgresql"
            else "CAST(substr(child_birth_date, 1, 4) AS INTEGER)")
    bind.execute(sa.text(f"UPDATE applications SET birth_year = {year}"))
    rows = bind.execute(sa.text(
        "SELECT id, state_json FROM applications WHERE state_json LIKE :pattern"),
        {"pattern": '%"stop_list_until": "%'}).all()
    for app_id, state in rows:
        until = json.loads(state).get("stop_list_until")
        if until:
            bind.execute(sa.text("UPDATE applications SET stop_list_until = :until "
                                 "WHERE id = :id"),
                         {"until": datetime.fromisoformat(until).date(), "id": app_id})
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    groups = bind.execute(sa.text(
        "SELECT g.id, g.kindergarten_id, g.birth_year, g.language, g.place_type, "
        "g.release_date, g.free_places, g.free_choice, k.district_kato, k.sanatorium_profile "
        "FROM kindergarten_groups g JOIN kindergartens k ON k.id = g.kindergarten_id "
        "WHERE g.free_places > 0 ORDER BY g.id")).all()
    places = sa.table("places", *(sa.column(name) for name in (
        "group_id", "kindergarten_id", "district_kato", "queue_type", "sanatorium_profile",
        "birth_year", "language", "place_type", "release_date", "status", "published_at",
        "published_by", "changed_at", "version")))
    seats = []
    for (group, garden, year, language, place_type, release, free, free_choice, district,
         profile) in groups:
        seats += [{"group_id": group, "kindergarten_id": garden, "district_kato": district,
                   "queue_type": "SDDO" if profile else "UO", "sanatorium_profile": profile,
                   "birth_year": year, "language": language, "place_type": place_type,
                   "release_date": release, "status": "free_choice" if free_choice else "open",
                   "published_at": now, "published_by": "migration", "changed_at": now,
                   "version": 1} for _ in range(free)]
    if seats:
        op.bulk_insert(places, seats)

def downgrade() -> None:
    _drop_triggers()
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE applications RESET (fillfactor)")
    # Columns go with a plain ALTER TABLE … DROP COLUMN (PostgreSQL, SQLite 3.35+): SQLite's
    # batch mode would recreate the tables, which their rows' references forbid.
    with op.batch_alter_table('kindergartens', schema=None, recreate='never') as batch_op:
        batch_op.drop_index(batch_op.f('ix_kindergartens_bin'))
    op.execute("ALTER TABLE kindergartens DROP COLUMN bin")

    with op.batch_alter_table('applications', schema=None, recreate='never') as batch_op:
        batch_op.create_index('ix_applications_queue', ['district_kato', 'queue_type', 'active', 'status'], unique=False)
        batch_op.drop_index('ix_applications_rank')
    for column in ('birth_year', 'departed_at', 'stop_list_until', 'applicant_language'):
        op.execute(f"ALTER TABLE applications DROP COLUMN {column}")

    with op.batch_alter_table('application_history', schema=None) as batch_op:
        batch_op.drop_index('ix_application_history_at')

    with op.batch_alter_table('queue_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_queue_events_place_id'))
        batch_op.drop_index(batch_op.f('ix_queue_events_at'))
        batch_op.drop_index(batch_op.f('ix_queue_events_application_id'))

    op.drop_table('queue_events')
    op.drop_table('queue_position_views')
    op.drop_table('queue_counts')
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.drop_index('ix_places_pool')
        batch_op.drop_index(batch_op.f('ix_places_holder_id'))
        batch_op.drop_index(batch_op.f('ix_places_group_id'))

    op.drop_table('places')
    with op.batch_alter_table('notification_outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_notification_outbox_due')
        batch_op.drop_index(batch_op.f('ix_notification_outbox_application_id'))

    op.drop_table('notification_outbox')
    op.drop_table('message_templates')
    op.drop_table('interleave_cursors')
    with op.batch_alter_table('allocation_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_allocation_runs_at'))

    op.drop_table('allocation_runs')
